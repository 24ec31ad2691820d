// The summary panel's script. DOM only: it renders the view the extension sends and reports a click on a
// row. Every text goes in with textContent, the chart is SVG built with createElementNS, every message is
// checked on arrival; colours come from the theme through CSS classes.
import './summary.css';
import { chartSeries, labelledBuckets, niceScale, peakBucket, type Bucket, type Series } from '../src/summary/chart';
import {
  fill,
  isToWebview,
  type FromWebview,
  type HostRowView,
  type NamedCountView,
  type ReasonRowView,
  type ReplyRowView,
  type ReplyTable,
  type SummaryPanelState,
  type SummaryUiStrings,
  type SummaryView,
  type ToWebview,
} from '../src/summary/messages';
import { el, onMessage, vscodeApi } from './dom';

const vscode = vscodeApi<FromWebview, SummaryPanelState>();
const app = document.getElementById('app') as HTMLElement;
const SVG = 'http://www.w3.org/2000/svg';

let strings: SummaryUiStrings | undefined;
let locale = 'en';
let numbers = new Intl.NumberFormat('en-US');
let status: HTMLElement | undefined;
let refresh: HTMLButtonElement | undefined;
let chartBox: HTMLElement | undefined;
let series: Series | undefined;
let chartWidth = 0;
let reasonBox: HTMLElement | undefined;
let reasonRows: ReasonRowView[] = [];
let reasonWidth = 0;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

const n = (value: number): string => numbers.format(value);

// ---- dates of the chart's buckets, in the display language

function dayText(date: NonNullable<Bucket['date']>): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(date.year ?? 2000, date.month, date.day));
}

function hourText(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** "Nov 28, 06:00–07:00" or "Nov 28"; the key as the log wrote it when it could not be read. */
function bucketText(b: Bucket, unit: Series['unit']): string {
  if (!b.date) return b.key;
  return unit === 'hour' ? `${dayText(b.date)}, ${hourText(b.date.hour)}–${hourText((b.date.hour + 1) % 24)}` : dayText(b.date);
}

// ---- the header and the totals

function header(view: SummaryView, s: SummaryUiStrings, canRefresh: boolean): HTMLElement {
  const head = el('header', 'report-head');
  const titles = el('div');
  const h1 = el('h1', undefined, s.heading);
  const meta = el('p', 'meta');
  const parts: string[] = [];
  if (view.firstTime !== null && view.lastTime !== null) parts.push(fill(s.timeSpan, view.firstTime, view.lastTime));
  parts.push(fill(s.lines, n(view.lines)), fill(s.replies, n(view.replies)));
  meta.append(el('span', 'source', view.source));
  for (const p of parts) meta.append(el('span', 'sep', ' · '), el('span', undefined, p));
  titles.append(h1, meta);
  head.append(titles);
  refresh = el('button', 'secondary', s.summarizeAgain);
  refresh.type = 'button';
  refresh.hidden = !canRefresh;
  refresh.addEventListener('click', () => post({ type: 'refresh' }));
  head.append(refresh);
  return head;
}

function totalCard(kind: string, label: string, value: number, notes: string[]): HTMLElement {
  const card = el('li', `total ${kind}`);
  const number = el('span', 'number', n(value));
  card.append(el('span', 'label', label), number);
  for (const note of notes) card.append(el('span', 'note', note));
  return card;
}

function totals(view: SummaryView, s: SummaryUiStrings): HTMLElement {
  const t = view.totals;
  const section = el('section', 'totals-section');
  const heading = el('h2', 'visually-hidden', s.totals);
  heading.id = 'totals-heading';
  section.setAttribute('aria-labelledby', heading.id);
  const list = el('ul', 'totals');
  const attempts = t.delivered + t.bounced;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  list.append(
    totalCard('delivered', s.delivered, t.delivered, t.received > 0 ? [fill(s.deliveredNote, n(t.received))] : []),
    totalCard('deferred', s.deferred, t.deferred, t.deferrals > 0 ? [fill(s.deferredNote, n(t.deferrals))] : []),
    totalCard('bounced', s.bounced, t.bounced, [
      ...(attempts > 0 ? [fill(s.bouncedNote, percent.format(t.bounced / attempts))] : []),
      ...(t.expired > 0 ? [fill(s.expiredNote, n(t.expired))] : []),
    ]),
    totalCard('rejected', s.rejected, t.rejected, [s.rejectedNote]),
  );
  section.append(heading, list);
  return section;
}

// ---- the chart: plain SVG, redrawn to the width it has

function chartSection(view: SummaryView, s: SummaryUiStrings): HTMLElement {
  series = chartSeries(view.perHour);
  const section = el('section', 'chart-section');
  const heading = el('h2', undefined, series.unit === 'hour' ? s.chartPerHour : s.chartPerDay);
  heading.id = 'chart-heading';
  section.setAttribute('aria-labelledby', heading.id);
  const legend = el('ul', 'legend');
  legend.setAttribute('aria-hidden', 'true');
  for (const [cls, label, total] of [
    ['deferred', s.deferrals, series.deferred],
    ['bounced', s.bounces, series.bounced],
  ] as const) {
    const item = el('li', cls);
    item.append(el('span', 'swatch'), el('span', undefined, `${label} (${n(total)})`));
    legend.append(item);
  }
  const head = el('div', 'section-head');
  head.append(heading, legend);
  section.append(head);
  if (peakBucket(series) === undefined) {
    section.append(el('p', 'muted', s.chartEmpty));
    chartBox = undefined;
    return section;
  }
  chartBox = el('div', 'chart');
  section.append(chartBox, dataTable(series, s));
  return section;
}

/** The chart's numbers for a screen reader: a table the eye does not see. */
function dataTable(data: Series, s: SummaryUiStrings): HTMLElement {
  const table = el('table', 'visually-hidden');
  table.setAttribute('aria-labelledby', 'chart-heading');
  const head = el('tr');
  for (const text of [data.unit === 'hour' ? s.hour : s.day, s.deferrals, s.bounces]) {
    const th = el('th', undefined, text);
    th.scope = 'col';
    head.append(th);
  }
  const thead = el('thead');
  thead.append(head);
  const body = el('tbody');
  for (const b of data.buckets) {
    if (b.deferred + b.bounced === 0) continue;
    const tr = el('tr');
    const th = el('th', undefined, bucketText(b, data.unit));
    th.scope = 'row';
    tr.append(th, el('td', undefined, n(b.deferred)), el('td', undefined, n(b.bounced)));
    body.append(tr);
  }
  table.append(thead, body);
  return table;
}

function drawChart(): void {
  if (!chartBox || !series || !strings) return;
  const s = strings;
  const data = series;
  const width = Math.max(320, Math.floor(chartBox.clientWidth));
  if (width === chartWidth && chartBox.firstChild) return;
  chartWidth = width;
  const height = 240;
  const scale = niceScale(Math.max(...data.buckets.map((b) => b.deferred + b.bounced)));
  const tickWidth = Math.max(...scale.ticks.map((t) => n(t).length)) * 7.5;
  const margin = { top: 10, right: 8, bottom: data.unit === 'hour' ? 44 : 28, left: Math.ceil(tickWidth) + 14 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const band = plotW / data.buckets.length;
  const barW = band >= 4 ? Math.max(1, band * 0.74) : band;
  const y = (v: number) => margin.top + plotH - (v / scale.max) * plotH;

  const peak = peakBucket(data)!;
  const first = data.buckets[0];
  const last = data.buckets[data.buckets.length - 1];
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart-svg' });
  chart.setAttribute(
    'aria-label',
    fill(s.chartSummary, bucketText(first, data.unit), bucketText(last, data.unit), n(data.deferred), n(data.bounced), bucketText(peak, data.unit), n(peak.deferred + peak.bounced)),
  );

  const grid = svg('g', { class: 'grid', 'aria-hidden': 'true' });
  for (const t of scale.ticks) {
    const ty = Math.round(y(t)) + 0.5;
    grid.append(svg('line', { x1: margin.left, x2: width - margin.right, y1: ty, y2: ty, class: t === 0 ? 'axis' : 'gridline' }));
    grid.append(svg('text', { x: margin.left - 8, y: ty, class: 'tick', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, n(t)));
  }
  chart.append(grid);

  const bars = svg('g', { class: 'bars' });
  data.buckets.forEach((b, i) => {
    if (b.deferred + b.bounced === 0) return;
    const x = margin.left + i * band + (band - barW) / 2;
    const group = svg('g', { class: 'bar' });
    group.append(svg('title', {}, `${bucketText(b, data.unit)}: ${n(b.deferred)} ${s.deferrals.toLowerCase()}, ${n(b.bounced)} ${s.bounces.toLowerCase()}`));
    const bounceTop = y(b.bounced);
    if (b.bounced > 0) group.append(svg('rect', { x, y: bounceTop, width: barW, height: y(0) - bounceTop, class: 'bounced' }));
    if (b.deferred > 0) {
      const top = y(b.bounced + b.deferred);
      group.append(svg('rect', { x, y: top, width: barW, height: bounceTop - top, class: 'deferred' }));
    }
    bars.append(group);
  });
  chart.append(bars);

  // The busiest bar carries its number: the first thing a person looks for.
  const peakIndex = data.buckets.indexOf(peak);
  const peakTop = y(peak.deferred + peak.bounced);
  chart.append(
    svg('text', { x: margin.left + peakIndex * band + band / 2, y: Math.max(margin.top + 9, peakTop - 4), class: 'tick peak', 'text-anchor': 'middle', 'aria-hidden': 'true' }, n(peak.deferred + peak.bounced)),
  );

  const labels = svg('g', { class: 'x-labels', 'aria-hidden': 'true' });
  const every = labelledBuckets(data, Math.floor(plotW / (data.unit === 'hour' ? 46 : 64)));
  let lastDay = '';
  for (const i of every) {
    const b = data.buckets[i];
    const cx = margin.left + i * band + band / 2;
    const baseline = margin.top + plotH;
    labels.append(svg('line', { x1: cx, x2: cx, y1: baseline, y2: baseline + 4, class: 'axis' }));
    if (data.unit === 'hour' && b.date) {
      labels.append(svg('text', { x: cx, y: baseline + 16, class: 'tick', 'text-anchor': 'middle' }, hourText(b.date.hour)));
      const day = dayText(b.date);
      if (day !== lastDay) {
        labels.append(svg('text', { x: cx, y: baseline + 32, class: 'tick day', 'text-anchor': 'middle' }, day));
        lastDay = day;
      }
    } else {
      labels.append(svg('text', { x: cx, y: baseline + 16, class: 'tick', 'text-anchor': 'middle' }, b.date ? dayText(b.date) : b.key));
    }
  }
  chart.append(labels);
  chartBox.replaceChildren(chart);
}

// ---- failures by reason: a bar per reason (the chart's style, laid on its side) and a table

const REASON_PARTS = ['deferred', 'bounced', 'rejected'] as const;

function reasonSection(rows: ReasonRowView[], s: SummaryUiStrings): HTMLElement {
  reasonRows = rows;
  const section = el('section', 'reasons');
  const heading = el('h2', undefined, s.byReason);
  heading.id = 'reasons-heading';
  section.setAttribute('aria-labelledby', heading.id);
  const legend = el('ul', 'legend');
  legend.setAttribute('aria-hidden', 'true');
  for (const [cls, label] of [
    ['deferred', s.deferrals],
    ['bounced', s.bounces],
    ['rejected', s.rejects],
  ] as const) {
    const sum = rows.reduce((total, r) => total + r[cls], 0);
    const item = el('li', cls);
    item.append(el('span', 'swatch'), el('span', undefined, `${label} (${n(sum)})`));
    legend.append(item);
  }
  const head = el('div', 'section-head');
  head.append(heading, legend);
  section.append(head);
  if (rows.length === 0) {
    section.append(el('p', 'muted', s.noReasons));
    reasonBox = undefined;
    return section;
  }
  reasonBox = el('div', 'chart reason-chart');
  section.append(reasonBox, reasonTable(rows, s));
  return section;
}

/** Names with their counts, "mx1.example.net (2)", one a line; log text, so text nodes only. */
function namedCounts(list: NamedCountView[], s: SummaryUiStrings): HTMLElement {
  const ul = el('ul', 'named-counts');
  for (const item of list) {
    const li = el('li');
    if (item.name === '(other)') li.append(el('span', 'other', s.other));
    else li.append(...breakableName(item.name));
    li.append(el('span', 'muted', ` (${n(item.count)})`));
    ul.append(li);
  }
  return ul;
}

function reasonTable(rows: ReasonRowView[], s: SummaryUiStrings): HTMLElement {
  const wrap = el('div', 'table-wrap');
  const t = el('table', 'data reason-table');
  t.setAttribute('aria-labelledby', 'reasons-heading');
  t.append(headRow([[s.reason], [s.deferred, 'num'], [s.bounced, 'num'], [s.rejected, 'num'], [s.total, 'num'], [s.topDomains], [s.topRecipients]]));
  const body = el('tbody');
  const max = Math.max(...rows.map((r) => r.total));
  for (const r of rows) {
    const tr = el('tr');
    tr.dataset.reason = r.reason;
    const name = el('th', 'reason-name');
    name.scope = 'row';
    // The id is what the Problems filter takes: "userunknown" lists those failures in the editor.
    name.append(el('span', undefined, r.name), el('code', 'reason-id', r.reason));
    const num = (v: number, cls: string) => el('td', `num ${cls}${v === 0 ? ' zero' : ''}`, n(v));
    const domains = el('td', 'names');
    domains.append(namedCounts(r.topDomains, s));
    const recipients = el('td', 'names');
    recipients.append(namedCounts(r.topRecipients, s));
    tr.append(name, num(r.deferred, 'deferred'), num(r.bounced, 'bounced'), num(r.rejected, 'rejected'), countCell(r.total, max, 'count all'), domains, recipients);
    body.append(tr);
  }
  t.append(body);
  wrap.append(t);
  return wrap;
}

function drawReasonChart(): void {
  if (!reasonBox || !strings || reasonRows.length === 0) return;
  const s = strings;
  const rows = reasonRows;
  const width = Math.max(320, Math.floor(reasonBox.clientWidth));
  if (width === reasonWidth && reasonBox.firstChild) return;
  reasonWidth = width;
  const rowH = 22;
  const scale = niceScale(Math.max(...rows.map((r) => r.total)));
  // Room for the names on the left: as long as the longest, within a third of the width.
  const labelW = Math.min(Math.floor(width / 3), Math.max(...rows.map((r) => r.name.length)) * 7 + 16);
  const margin = { top: 8, right: 36, bottom: 24, left: labelW };
  const plotW = width - margin.left - margin.right;
  const height = margin.top + rows.length * rowH + margin.bottom;
  const x = (v: number) => margin.left + (v / scale.max) * plotW;
  const top = rows[0];
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart-svg reason-svg' });
  chart.setAttribute('aria-label', fill(s.byReasonSummary, n(total), top.name, n(top.total)));

  const grid = svg('g', { class: 'grid', 'aria-hidden': 'true' });
  const bottom = margin.top + rows.length * rowH;
  for (const t of scale.ticks) {
    const tx = Math.round(x(t)) + 0.5;
    grid.append(svg('line', { x1: tx, x2: tx, y1: margin.top, y2: bottom, class: t === 0 ? 'axis' : 'gridline' }));
    grid.append(svg('text', { x: tx, y: bottom + 15, class: 'tick', 'text-anchor': 'middle' }, n(t)));
  }
  chart.append(grid);

  const bars = svg('g', { class: 'bars' });
  rows.forEach((r, i) => {
    const y = margin.top + i * rowH;
    const group = svg('g', { class: 'bar' });
    const parts = REASON_PARTS.map((p) => `${n(r[p])} ${(p === 'deferred' ? s.deferrals : p === 'bounced' ? s.bounces : s.rejects).toLowerCase()}`);
    group.append(svg('title', {}, `${r.name} (${r.reason}): ${parts.join(', ')}`));
    const fits = Math.max(4, Math.floor((labelW - 16) / 7));
    const label = r.name.length <= fits ? r.name : r.name.slice(0, fits - 1) + '…';
    group.append(svg('text', { x: margin.left - 8, y: y + rowH / 2, class: 'tick reason-label', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, label));
    let from = 0;
    for (const p of REASON_PARTS) {
      if (r[p] === 0) continue;
      const x0 = x(from);
      from += r[p];
      group.append(svg('rect', { x: x0, y: y + 4, width: Math.max(1, x(from) - x0), height: rowH - 8, class: p }));
    }
    group.append(svg('text', { x: x(r.total) + 5, y: y + rowH / 2, class: 'tick peak', 'dominant-baseline': 'middle' }, n(r.total)));
    bars.append(group);
  });
  chart.append(bars);
  reasonBox.replaceChildren(chart);
}

// ---- the tables

function patternText(pattern: string, s: SummaryUiStrings): HTMLElement {
  const cell = el('span', 'pattern');
  if (pattern === '(other)') {
    cell.classList.add('other');
    cell.textContent = s.other;
    return cell;
  }
  // The masked parts (addresses, IPs, numbers, ids) read differently from the server's own words.
  for (const part of pattern.split(/(\bADDRESS\b|\[IP\]|\bIP\b|\bID\b|\bHOST\b|\bN\b)/)) {
    if (part === '') continue;
    if (/^(ADDRESS|\[IP\]|IP|ID|HOST|N)$/.test(part)) cell.append(el('span', 'placeholder', part));
    else cell.append(document.createTextNode(part));
  }
  return cell;
}

function countCell(value: number, max: number, className = 'count'): HTMLTableCellElement {
  const td = el('td', className);
  const bar = el('span', 'count-bar');
  bar.setAttribute('aria-hidden', 'true');
  // CSSOM, not a style attribute: the CSP allows no inline styles.
  bar.style.width = `${max > 0 ? Math.max(2, Math.round((value / max) * 100)) : 0}%`;
  td.append(bar, el('span', 'count-value', n(value)));
  return td;
}

function headRow(columns: Array<[string, string?]>): HTMLTableSectionElement {
  const thead = el('thead');
  const tr = el('tr');
  for (const [text, cls] of columns) {
    const th = el('th', cls, text);
    th.scope = 'col';
    tr.append(th);
  }
  thead.append(tr);
  return thead;
}

function repliesTable(id: string, table: ReplyTable, title: string, empty: string, rows: ReplyRowView[], s: SummaryUiStrings): HTMLElement {
  const section = el('section', `replies ${table}`);
  const heading = el('h2', undefined, title);
  heading.id = id;
  section.setAttribute('aria-labelledby', id);
  section.append(heading);
  if (rows.length === 0) {
    section.append(el('p', 'muted', empty));
    return section;
  }
  const wrap = el('div', 'table-wrap');
  const t = el('table', 'data');
  t.setAttribute('aria-labelledby', id);
  t.append(headRow([[s.count, 'num'], [s.code], [s.enhanced], [s.reply], [s.meaning], [s.first], [s.last, 'last']]));
  const body = el('tbody');
  const max = Math.max(...rows.map((r) => r.count));
  rows.forEach((r, index) => {
    const tr = el('tr');
    const code = el('td', `code ${r.replyClass ?? ''}`, r.code ?? '—');
    const enhanced = el('td', `code enhanced ${r.replyClass ?? ''}`, r.enhanced ?? '—');
    const pattern = el('td', 'reply-text');
    pattern.append(patternText(r.pattern, s));
    const meaning = el('td', 'meaning', r.title ?? '');
    // "First seen" leads to the first occurrence: a button for the keyboard, the whole row for the mouse.
    const first = el('td', 'time');
    if (r.line !== null) {
      const label = fill(s.goToLine, n(r.line));
      const go = el('button', 'row-link', r.first ?? label);
      go.type = 'button';
      go.title = label;
      go.setAttribute('aria-label', `${r.first ?? ''} ${label}`.trim());
      go.addEventListener('click', (event) => {
        event.stopPropagation();
        post({ type: 'reveal', table, index });
      });
      first.append(go);
      tr.classList.add('clickable');
      tr.title = label;
      tr.addEventListener('click', () => post({ type: 'reveal', table, index }));
    } else {
      first.textContent = r.first ?? '—';
    }
    tr.append(countCell(r.count, max), code, enhanced, pattern, meaning, first, el('td', 'time last', r.last ?? '—'));
    body.append(tr);
  });
  t.append(body);
  wrap.append(t);
  section.append(wrap);
  return section;
}

/** A host name that may wrap after its dots (mx.example.com), never inside a label. */
function breakableName(name: string): Node[] {
  const nodes: Node[] = [];
  name.split(/(?<=\.)/).forEach((part, i) => {
    if (i > 0) nodes.push(document.createElement('wbr'));
    nodes.push(document.createTextNode(part));
  });
  return nodes;
}

function hostsTable(id: string, title: string, nameHeading: string, rows: HostRowView[], s: SummaryUiStrings): HTMLElement {
  const section = el('section', 'hosts');
  const heading = el('h2', undefined, title);
  heading.id = id;
  section.setAttribute('aria-labelledby', id);
  section.append(heading);
  if (rows.length === 0) {
    section.append(el('p', 'muted', s.noFailures));
    return section;
  }
  const t = el('table', 'data');
  t.setAttribute('aria-labelledby', id);
  t.append(headRow([[nameHeading], [s.deferred, 'num'], [s.bounced, 'num'], [s.rejected, 'num'], [s.total, 'num']]));
  const body = el('tbody');
  const max = Math.max(...rows.map((r) => r.total));
  for (const r of rows) {
    const tr = el('tr');
    const name = el('td', 'host-name');
    if (r.name === '(other)') {
      name.classList.add('other');
      name.textContent = s.other;
    } else name.append(...breakableName(r.name));
    const num = (v: number, cls: string) => el('td', `num ${cls}${v === 0 ? ' zero' : ''}`, n(v));
    tr.append(name, num(r.deferred, 'deferred'), num(r.bounced, 'bounced'), num(r.rejected, 'rejected'), countCell(r.total, max, 'count all'));
    body.append(tr);
  }
  t.append(body);
  section.append(t);
  return section;
}

// ---- the whole report

function render(view: SummaryView, canRefresh: boolean): void {
  if (!strings) return;
  const s = strings;
  chartWidth = 0;
  reasonWidth = 0;
  status = el('p', 'status');
  status.setAttribute('role', 'status');
  const columns = el('div', 'columns');
  columns.append(hostsTable('hosts-heading', s.hosts, s.host, view.hosts, s), hostsTable('domains-heading', s.domains, s.domain, view.domains, s));
  app.replaceChildren(
    header(view, s, canRefresh),
    status,
    totals(view, s),
    chartSection(view, s),
    reasonSection(view.reasons ?? [], s),
    repliesTable('transient-heading', 'transient', s.topTransient, s.noTransient, view.topTransient, s),
    repliesTable('permanent-heading', 'permanent', s.topPermanent, s.noPermanent, view.topPermanent, s),
    columns,
  );
  if (view.overflow > 0) app.append(el('p', 'muted overflow', fill(s.overflow, n(view.overflow))));
  app.removeAttribute('aria-busy');
  drawChart();
  drawReasonChart();
}

function receive(message: ToWebview): void {
  switch (message.type) {
    case 'init':
      strings = message.strings;
      locale = message.locale === 'id' ? 'id-ID' : 'en-US';
      numbers = new Intl.NumberFormat(locale);
      if (!app.firstChild) app.append(el('p', 'muted', strings.loading));
      return;
    case 'summary':
      vscode.setState({ view: message.view, key: message.key });
      render(message.view, message.canRefresh);
      return;
    case 'loading':
      app.setAttribute('aria-busy', 'true');
      if (status && strings) status.textContent = strings.loading;
      if (refresh) refresh.disabled = true;
      return;
  }
}

onMessage(isToWebview, receive);

// The chart is drawn for the width it has: again when the panel is resized.
let pending = false;
new ResizeObserver(() => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    drawChart();
    drawReasonChart();
  });
}).observe(app);

post({ type: 'ready' });
