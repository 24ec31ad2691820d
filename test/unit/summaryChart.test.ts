// The numbers behind the summary panel's chart (client/src/summary/chart.ts): which bars, the empty hours
// between them, when it switches to days, and a y axis of round numbers a person can read.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { chartSeries, labelledBuckets, niceScale, parseHourKey, peakBucket, MAX_HOURLY_BARS } from '../../client/src/summary/chart';

const row = (hour: string, deferred: number, bounced: number) => ({ hour, deferred, bounced });

describe('summary chart: hour keys', () => {
  it('reads ISO/Exim keys with their year and syslog keys without one', () => {
    assert.deepEqual(parseHourKey('2026-11-28 06'), { year: 2026, month: 10, day: 28, hour: 6 });
    assert.deepEqual(parseHourKey('Nov 28 06'), { year: null, month: 10, day: 28, hour: 6 });
    assert.deepEqual(parseHourKey('Dec  1 23'), { year: null, month: 11, day: 1, hour: 23 });
  });

  it('refuses what is not an hour key', () => {
    for (const key of ['', '06', 'Foo 28 06', '2026-13-28 06', '2026-11-28 24', 'Nov 28 6', '2026-11-28T06']) assert.equal(parseHourKey(key), null, key);
  });
});

describe('summary chart: the bars', () => {
  it('fills the quiet hours between busy ones with empty bars, in order', () => {
    const s = chartSeries([row('Nov 28 06', 3, 1), row('Nov 28 09', 0, 2)]);
    assert.equal(s.unit, 'hour');
    assert.deepEqual(
      s.buckets.map((b) => [b.key, b.deferred, b.bounced]),
      [
        ['Nov 28 06', 3, 1],
        ['Nov 28 07', 0, 0],
        ['Nov 28 08', 0, 0],
        ['Nov 28 09', 0, 2],
      ],
    );
    assert.equal(s.deferred, 3);
    assert.equal(s.bounced, 3);
  });

  it('goes from Dec 31 to Jan 1 in a syslog log without a year', () => {
    const s = chartSeries([row('Dec 31 22', 1, 0), row('Jan  1 01', 0, 1)]);
    assert.deepEqual(
      s.buckets.map((b) => b.key),
      ['Dec 31 22', 'Dec 31 23', 'Jan 01 00', 'Jan 01 01'],
    );
  });

  it('keeps a bar per hour for a week-long log and switches to days past that', () => {
    const week = chartSeries([row('2026-11-21 00', 1, 0), row('2026-11-28 23', 1, 0)]);
    assert.equal(week.unit, 'hour');
    assert.equal(week.buckets.length, MAX_HOURLY_BARS);
    const month = chartSeries([row('2026-11-01 05', 2, 1), row('2026-11-01 17', 1, 0), row('2026-11-30 23', 0, 4)]);
    assert.equal(month.unit, 'day');
    assert.equal(month.buckets.length, 30);
    assert.deepEqual([month.buckets[0].key, month.buckets[0].deferred, month.buckets[0].bounced], ['2026-11-01', 3, 1]);
    assert.deepEqual([month.buckets[29].key, month.buckets[29].bounced], ['2026-11-30', 4]);
    assert.equal(month.buckets.slice(1, 29).every((b) => b.deferred + b.bounced === 0), true, 'the days between are empty');
  });

  it('keeps rows whose keys it cannot read as they come, without filling', () => {
    const s = chartSeries([row('first', 1, 0), row('Nov 28 06', 0, 1)]);
    assert.deepEqual(
      s.buckets.map((b) => [b.key, b.date === null]),
      [
        ['first', true],
        ['Nov 28 06', false],
      ],
    );
  });

  it('finds the busiest bar (deferrals and bounces together), none when all are empty', () => {
    const s = chartSeries([row('Nov 28 06', 3, 1), row('Nov 28 07', 2, 3), row('Nov 28 08', 5, 0)]);
    assert.equal(peakBucket(s)?.key, 'Nov 28 07', 'the first of the two with 5');
    assert.equal(peakBucket(chartSeries([row('Nov 28 06', 0, 0)])), undefined);
    assert.equal(peakBucket(chartSeries([])), undefined);
  });
});

describe('summary chart: axes', () => {
  it('counts up the y axis in steps of 1, 2 or 5 times a power of ten, from 0 past the tallest bar', () => {
    assert.deepEqual(niceScale(178), { max: 200, step: 50, ticks: [0, 50, 100, 150, 200] });
    assert.deepEqual(niceScale(7), { max: 8, step: 2, ticks: [0, 2, 4, 6, 8] });
    assert.deepEqual(niceScale(1), { max: 1, step: 1, ticks: [0, 1] });
    assert.deepEqual(niceScale(0), { max: 1, step: 1, ticks: [0, 1] });
    const big = niceScale(1_234_567);
    assert.equal(big.step, 500_000);
    assert.equal(big.max, 1_500_000);
    for (const v of [3, 10, 99, 101, 4321, 98_765]) {
      const s = niceScale(v);
      assert.ok(s.max >= v && s.ticks.length >= 2 && s.ticks.length <= 7, `${v}: ${JSON.stringify(s)}`);
      assert.ok([1, 2, 5].includes(s.step / 10 ** Math.floor(Math.log10(s.step))), `${v}: step ${s.step}`);
    }
  });

  it('labels round hours under the x axis, as many as fit', () => {
    const day = chartSeries(Array.from({ length: 24 }, (_, h) => row(`Nov 28 ${String(h).padStart(2, '0')}`, 1, 0)));
    assert.equal(labelledBuckets(day, 30).length, 24);
    const every3 = labelledBuckets(day, 8).map((i) => day.buckets[i].date?.hour);
    assert.deepEqual(every3, [0, 3, 6, 9, 12, 15, 18, 21]);
    const fromFive = chartSeries([row('Nov 28 05', 1, 0), row('Nov 28 23', 1, 0)]);
    assert.deepEqual(
      labelledBuckets(fromFive, 3).map((i) => fromFive.buckets[i].date?.hour),
      [6, 12, 18],
      'round hours, not the first bar',
    );
  });

  it('labels a week of hours at midnights and a month of days every few days', () => {
    const week = chartSeries([row('2026-11-21 00', 1, 0), row('2026-11-27 23', 1, 0)]);
    const labels = labelledBuckets(week, 10).map((i) => week.buckets[i].date);
    assert.equal(labels.length, 7);
    assert.ok(labels.every((d) => d?.hour === 0));
    const month = chartSeries([row('2026-11-01 00', 1, 0), row('2026-11-30 00', 1, 0)]);
    assert.ok(labelledBuckets(month, 6).length <= 6);
  });
});
