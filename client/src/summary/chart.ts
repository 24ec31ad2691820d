// The numbers behind the deferrals-and-bounces chart, apart from the drawing: which buckets (clock hours,
// or days for a long log), with the empty hours in between filled in, and a y axis of round numbers. Pure:
// the webview draws what this returns, the unit tests check it.
import type { HourRowView } from './messages';

/** One bar of the chart. */
export interface Bucket {
  /** The summary's hour key ("2026-11-28 06", "Nov 28 06"), or the day ("2026-11-28", "Nov 28"). */
  key: string;
  /** When the bucket starts, when its key could be read: month 0-11, hour 0-23 (0 for a day). */
  date: { year: number | null; month: number; day: number; hour: number } | null;
  deferred: number;
  bounced: number;
}

export interface Series {
  unit: 'hour' | 'day';
  buckets: Bucket[];
  /** Sums over every bucket. */
  deferred: number;
  bounced: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HOUR_MS = 3_600_000;
/** Up to this many hours (8 days: a week-long rotated log) the chart has a bar per hour; past it, per day. */
export const MAX_HOURLY_BARS = 8 * 24;
/** Gaps are filled only up to this many buckets: a log with a year-long hole is drawn without the hole. */
const MAX_FILLED = 800;

interface ParsedHour {
  year: number | null;
  month: number;
  day: number;
  hour: number;
}

/** "2026-11-28 06" or "Nov 28 06" (syslog, no year); null for anything else. */
export function parseHourKey(key: string): ParsedHour | null {
  let m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2})$/.exec(key);
  if (m) {
    const [year, month, day, hour] = [Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4])];
    return month <= 11 && day >= 1 && day <= 31 && hour <= 23 ? { year, month, day, hour } : null;
  }
  m = /^([A-Z][a-z]{2}) ([ \d]\d) (\d{2})$/.exec(key);
  if (m) {
    const month = MONTHS.indexOf(m[1]);
    const [day, hour] = [Number(m[2].trim()), Number(m[3])];
    return month >= 0 && day >= 1 && day <= 31 && hour <= 23 ? { year: null, month, day, hour } : null;
  }
  return null;
}

/**
 * Hours since the epoch for each key, in the order given (the log's order). Syslog keys carry no year: they
 * count from a nominal year, and a step back of more than half a year (Dec 31 -> Jan 1) starts the next.
 */
function ordinals(parsed: ParsedHour[]): number[] {
  let year = 2000;
  let prevMonth = -1;
  return parsed.map((p) => {
    if (p.year === null) {
      if (prevMonth >= 0 && p.month + 6 < prevMonth) year++;
      prevMonth = p.month;
    }
    return Date.UTC(p.year ?? year, p.month, p.day, p.hour) / HOUR_MS;
  });
}

function dateOf(ordinal: number, nominalYear: boolean): Bucket['date'] {
  const d = new Date(ordinal * HOUR_MS);
  return { year: nominalYear ? null : d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), hour: d.getUTCHours() };
}

function keyOf(date: NonNullable<Bucket['date']>, unit: 'hour' | 'day'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = date.year === null ? `${MONTHS[date.month]} ${pad(date.day)}` : `${date.year}-${pad(date.month + 1)}-${pad(date.day)}`;
  return unit === 'hour' ? `${day} ${pad(date.hour)}` : day;
}

/**
 * The chart's buckets: one per clock hour from the first to the last (empty hours included) for a log of
 * up to MAX_HOURLY_BARS hours, else one per day. Rows whose keys cannot be read are kept as they come.
 */
export function chartSeries(rows: readonly HourRowView[]): Series {
  const deferred = rows.reduce((n, r) => n + r.deferred, 0);
  const bounced = rows.reduce((n, r) => n + r.bounced, 0);
  const parsed = rows.map((r) => parseHourKey(r.hour));
  if (rows.length === 0 || parsed.some((p) => p === null)) {
    return { unit: 'hour', deferred, bounced, buckets: rows.map((r, i) => ({ key: r.hour, date: parsed[i], deferred: r.deferred, bounced: r.bounced })) };
  }
  const known = parsed as ParsedHour[];
  const nominalYear = known.some((p) => p.year === null);
  const hours = ordinals(known);
  const first = Math.min(...hours);
  const last = Math.max(...hours);
  const unit = last - first < MAX_HOURLY_BARS ? 'hour' : 'day';
  const step = unit === 'hour' ? 1 : 24;
  const start = unit === 'hour' ? first : Math.floor(first / 24) * 24;
  const count = Math.floor((last - start) / step) + 1;
  const byIndex = new Map<number, Bucket>();
  const bucketAt = (index: number): Bucket => {
    let b = byIndex.get(index);
    if (!b) {
      const date = dateOf(start + index * step, nominalYear);
      b = { key: keyOf(date!, unit), date, deferred: 0, bounced: 0 };
      byIndex.set(index, b);
    }
    return b;
  };
  rows.forEach((r, i) => {
    const b = bucketAt(Math.floor((hours[i] - start) / step));
    b.deferred += r.deferred;
    b.bounced += r.bounced;
  });
  let buckets: Bucket[];
  if (count <= MAX_FILLED) buckets = Array.from({ length: count }, (_, i) => bucketAt(i));
  else buckets = [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b);
  return { unit, buckets, deferred, bounced };
}

/** A y axis from 0 in round steps (1, 2 or 5 times a power of ten) with about `target` steps to the top. */
export interface Scale {
  max: number;
  step: number;
  ticks: number[];
}

export function niceScale(maxValue: number, target = 4): Scale {
  if (!(maxValue > 0)) return { max: 1, step: 1, ticks: [0, 1] };
  const raw = maxValue / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
  step = Math.max(1, Math.round(step)); // counts: whole numbers
  const max = Math.ceil(maxValue / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= max; v += step) ticks.push(v);
  return { max, step, ticks };
}

/**
 * Which buckets get a label under the x axis: the most that stay within `maxLabels`, on round hours (every
 * 1, 2, 3, 4, 6, 12 or 24 hours, midnight included) or every 1, 2, 7, 14 or 28 days.
 */
export function labelledBuckets(series: Series, maxLabels: number): number[] {
  const n = series.buckets.length;
  if (n === 0) return [];
  const limit = Math.max(1, maxLabels);
  const steps = series.unit === 'hour' ? [1, 2, 3, 4, 6, 12, 24, 48, 96] : [1, 2, 7, 14, 28, 56, 112, 224];
  const at = (every: number): number[] => {
    const out: number[] = [];
    series.buckets.forEach((b, i) => {
      let on: boolean;
      if (b.date === null || series.unit === 'day') on = i % every === 0;
      else if (every <= 24) on = b.date.hour % every === 0;
      else on = b.date.hour === 0 && Math.round(Date.UTC(2000, b.date.month, b.date.day) / (24 * HOUR_MS)) % (every / 24) === 0;
      if (on) out.push(i);
    });
    return out;
  };
  for (const every of steps) {
    const labels = at(every);
    if (labels.length <= limit) return labels;
  }
  return at(Math.ceil(n / limit));
}

/** The busiest bucket by deferrals plus bounces (the first of equals); undefined when all are empty. */
export function peakBucket(series: Series): Bucket | undefined {
  let best: Bucket | undefined;
  for (const b of series.buckets) if (b.deferred + b.bounced > 0 && (!best || b.deferred + b.bounced > best.deferred + best.bounced)) best = b;
  return best;
}
