// Screenshots of the mail log summary as a person sees it: the packaged extension (.vsix) in code-server,
// driven through headless Chromium. A day of a busy Postfix server (sample-day-log.mjs) is summarized from
// the explorer's context menu ("Summarize mail log" on mail.log, without opening it), the report's totals
// are read from the webview and checked against `smtp-codes summary --json` on the same file, the chart must
// have drawn its bars, the failures by reason must be those of the CLI (a table row and a bar per reason),
// and a click on a row must open the log at that line. In the dark pass a 600 MB log
// shows the progress notification, which Cancel stops. Screenshots in dark, light and high-contrast themes
// and once in Indonesian go to test-results/screenshots/summary-*.png.
//
//   node test/ui/summary-shot.mjs        (SMTP_UI_VSIX=path uses a given .vsix; SMTP_SHOT_PASSES=dark,light picks passes)
// Prints "N passed, N failed". Exit 77 = skipped (code-server or Chromium missing, outside CI).
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshProfile, installExtension, launchChromium, removeProfile, requireCodeServer, root, skipTier, startCodeServer } from '../vscode/code-server.mjs';
import { findWebviewFrame, openFromExplorer, openWorkbench, runCommand } from './driver.mjs';
import { assert, check, exitWithTally, packagedVsixOrExit, stopAll, stopOnSignals, tally, track } from './harness.mjs';
import { sampleDayLog } from './sample-day-log.mjs';
import { generateLog } from '../bench/generate.mjs';

const shots = join(root, 'test-results', 'screenshots');
const skip = (why) => skipTier('summary screenshots', why);

requireCodeServer('summary screenshots');

const TEXT = {
  en: { heading: 'Mail log summary', command: 'Summarize mail log', tab: 'Summary: mail.log', goTo: 'Go to line', dialog: 'Pick a mail log to summarize', byReason: 'Failures by reason' },
  id: { heading: 'Ringkasan log email', command: 'Ringkas log email', tab: 'Ringkasan: mail.log', goTo: 'Buka baris', dialog: 'Pilih log email yang akan diringkas', byReason: 'Kegagalan menurut alasan' },
};
const ALL_PASSES = [
  { name: 'dark', locale: 'en', theme: 'Default Dark Modern', colorScheme: 'dark', progress: true },
  { name: 'light', locale: 'en', theme: 'Default Light Modern', colorScheme: 'light' },
  { name: 'hc', locale: 'en', theme: 'Default High Contrast', colorScheme: 'dark' },
  { name: 'id-dark', locale: 'id', theme: 'Default Dark Modern', colorScheme: 'dark' },
];
const wanted = process.env.SMTP_SHOT_PASSES?.split(',');
const passes = wanted ? ALL_PASSES.filter((p) => wanted.includes(p.name)) : ALL_PASSES;

/** A log big enough that reading it takes a few seconds: the progress notification has time to show. */
const BIG_MB = 600;
async function writeBigLog(path) {
  const out = createWriteStream(path);
  await generateLog(BIG_MB * 2 ** 20, (chunk) => (out.write(chunk) ? undefined : new Promise((r) => out.once('drain', r))));
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
}


stopOnSignals();

/** Right-click on a file in the explorer, then the command in the context menu. */
async function summarizeFromExplorer(page, name, command) {
  const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) });
  await row.first().click({ button: 'right' });
  const item = page.locator('.monaco-menu .action-item').filter({ hasText: command });
  await item.first().waitFor({ state: 'visible', timeout: 20_000 });
  // A menu ignores a click that comes right as it opens (the right button's release): click until it closes.
  const deadline = Date.now() + 15_000;
  for (;;) {
    await item.first().click();
    const closed = await page.waitForSelector('.monaco-menu', { state: 'hidden', timeout: 2_000 }).then(() => true, () => false);
    if (closed) return;
    if (Date.now() > deadline) throw new Error(`the context menu did not take the click on "${command}"`);
  }
}

/** Whether the "Summarizing <file>: n / m MB" notification is gone (polled for up to 10 s: it fades out). */
async function progressToastGone(page) {
  const visible = () => [...document.querySelectorAll('.notification-toast')].some((n) => n.offsetParent !== null && /\d+ \/ [\d.,]+ MB/.test(n.textContent ?? ''));
  return page.waitForFunction(`!(${visible.toString()})()`, null, { timeout: 10_000 }).then(() => true, () => false);
}

/** The report's totals as the webview shows them: label -> number (digits only). */
async function readTotals(frame) {
  return frame.$$eval('.totals .total', (cards) =>
    Object.fromEntries(cards.map((c) => [c.classList[1], Number((c.querySelector('.number')?.textContent ?? '').replace(/\D/g, ''))])),
  );
}

async function runPass(pass, vsix, log, expected) {
  const t = TEXT[pass.locale];
  console.log(`\n--- summary pass ${pass.name} (${pass.theme}, display language ${pass.locale})`);
  const profile = freshProfile({
    locale: pass.locale,
    settings: { 'workbench.colorTheme': pass.theme, 'window.commandCenter': false, 'workbench.layoutControl.enabled': false, 'workbench.secondarySideBar.defaultVisibility': 'hidden' },
  });
  const work = mkdtempSync(join(tmpdir(), 'smtp-shot-ws-'));
  writeFileSync(join(work, 'mail.log'), log);
  if (pass.progress) await writeBigLog(join(work, 'mail.log.1'));
  let page;
  try {
    installExtension(profile, vsix);
    const server = await startCodeServer(profile, [], { locale: pass.locale === 'en' ? undefined : pass.locale });
    track(server.stop);
    const browser = await launchChromium({ colorScheme: pass.colorScheme });
    track(browser.close);
    page = browser.ctx.pages()[0] ?? (await browser.ctx.newPage());
    await page.setViewportSize({ width: 1440, height: 960 });
    await openWorkbench(page, server.url, work);

    await check(`${pass.name}: mail.log opens from the explorer as "SMTP Log" (the extension is loaded)`, async () => {
      await openFromExplorer(page, 'mail.log', 'postfix');
      await page.waitForFunction(() => /SMTP Log/.test(document.querySelector('[id="status.editor.mode"]')?.textContent ?? ''), null, { timeout: 60_000 });
      // The report is to have the window: the log's editor closes again.
      await runCommand(page, 'View: Close All Editors');
      await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 10_000 });
      await page.waitForFunction(() => document.querySelectorAll('.tabs-container .tab').length === 0, null, { timeout: 10_000 });
    });

    await check(`${pass.name}: with no log open, "${t.command}" asks for one in the open dialog; mail.log picked there opens the report`, async () => {
      await runCommand(page, t.command);
      // code-server's open dialog is the workbench's own file picker, a quick input holding a path.
      await page.waitForFunction((title) => (document.querySelector('.quick-input-widget .quick-input-title')?.textContent ?? '').includes(title), t.dialog, { timeout: 20_000 });
      // It starts in the workspace folder (the value settles once the folder is listed).
      const folder = `${work}/`;
      const started = await page.waitForFunction((f) => document.querySelector('.quick-input-widget input')?.value === f, folder, { timeout: 20_000 }).then(() => true, () => false);
      const start = await page.inputValue('.quick-input-widget input');
      assert(started, `the dialog starts in the workspace folder ${folder}, not "${start}"`);
      // As a person does: a click on mail.log in the folder's listing (typing races the dialog's completion).
      const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: /^mail\.log$/ }) });
      await row.first().waitFor({ state: 'visible', timeout: 20_000 }).catch(async (e) => {
        const rows = await page.$$eval('.quick-input-list .monaco-list-row', (rs) => rs.map((r) => JSON.stringify(r.textContent)));
        throw new Error(`${e.message.split('\n')[0]}; rows: ${rows.join(', ')}`);
      });
      await row.first().click();
      const chosen = await page.waitForFunction(() => {
        const input = document.querySelector('.quick-input-widget input');
        return input === null || input.offsetParent === null ? 'accepted' : input.value.endsWith('/mail.log') ? 'selected' : false;
      }, null, { timeout: 10_000 }).then((h) => h.jsonValue());
      if (chosen === 'selected') await page.keyboard.press('Enter');
      await page.waitForFunction((tab) => [...document.querySelectorAll('.tab')].some((x) => x.textContent?.includes(tab)), t.tab, { timeout: 60_000 });
      await findWebviewFrame(page, t.heading, 60_000);
      console.log(`      dialog opened at ${start}`);
      assert(await progressToastGone(page), 'the progress notification closes once the report is there');
    });

    const frame = await check(`${pass.name}: "${t.command}" from the explorer's context menu on mail.log opens the report`, async () => {
      await summarizeFromExplorer(page, 'mail.log', t.command);
      await page.waitForFunction((tab) => [...document.querySelectorAll('.tab')].some((x) => x.textContent?.includes(tab)), t.tab, { timeout: 60_000 });
      const { frame: f } = await findWebviewFrame(page, t.heading, 60_000);
      await f.waitForSelector('svg.chart-svg .bars rect', { timeout: 30_000 });
      return f;
    });

    await check(`${pass.name}: the totals read in the report are those of "smtp-codes summary --json"`, async () => {
      const totals = await readTotals(frame);
      const want = { delivered: expected.delivered, deferred: expected.deferred, bounced: expected.bounced, rejected: expected.rejected };
      assert(JSON.stringify(totals) === JSON.stringify(want), `report ${JSON.stringify(totals)}, CLI ${JSON.stringify(want)}`);
      console.log(`      totals: ${JSON.stringify(totals)}`);
    });

    await check(`${pass.name}: the chart drew a bar for each hour with deferrals or bounces, and says so to a screen reader`, async () => {
      const info = await frame.evaluate(() => ({
        bars: document.querySelectorAll('.chart-section svg.chart-svg .bars .bar').length,
        label: document.querySelector('svg.chart-svg')?.getAttribute('aria-label') ?? '',
        role: document.querySelector('svg.chart-svg')?.getAttribute('role'),
        hiddenRows: document.querySelectorAll('.chart-section table.visually-hidden tbody tr').length,
      }));
      assert(info.bars === expected.hoursWithFailures, `${info.bars} bars, ${expected.hoursWithFailures} hours with failures`);
      assert(info.role === 'img' && info.label.length > 40, `role ${info.role}, label "${info.label}"`);
      assert(info.hiddenRows === info.bars, `${info.hiddenRows} rows in the hidden table`);
      console.log(`      chart: ${info.label}`);
    });

    await check(`${pass.name}: failures by reason: a table row and a bar per reason, as "smtp-codes summary --json" counts them, named in the display language`, async () => {
      const info = await frame.evaluate(() => ({
        heading: document.querySelector('#reasons-heading')?.textContent ?? '',
        rows: [...document.querySelectorAll('.reasons table.reason-table tbody tr')].map((tr) => ({
          reason: tr.getAttribute('data-reason'),
          name: tr.querySelector('.reason-name span')?.textContent ?? '',
          total: Number((tr.querySelector('td.count .count-value')?.textContent ?? '').replace(/\D/g, '')),
          domains: tr.querySelectorAll('td.names')[0]?.querySelectorAll('li').length ?? 0,
          recipients: tr.querySelectorAll('td.names')[1]?.querySelectorAll('li').length ?? 0,
        })),
        bars: document.querySelectorAll('svg.reason-svg .bars .bar').length,
        rects: document.querySelectorAll('svg.reason-svg .bars rect').length,
        label: document.querySelector('svg.reason-svg')?.getAttribute('aria-label') ?? '',
      }));
      const want = expected.byReason[pass.locale];
      assert(info.heading === t.byReason, `heading "${info.heading}"`);
      const got = info.rows.map((r) => `${r.reason} ${r.name} ${r.total}`);
      const cli = want.map((r) => `${r.reason} ${r.name} ${r.total}`);
      assert(JSON.stringify(got) === JSON.stringify(cli), `report ${JSON.stringify(got)}, CLI ${JSON.stringify(cli)}`);
      assert(info.rows.every((r) => r.domains > 0 && r.recipients > 0), `every reason lists its domains and recipients: ${JSON.stringify(info.rows)}`);
      assert(info.bars === want.length && info.rects >= want.length, `${info.bars} bars (${info.rects} parts) for ${want.length} reasons`);
      assert(info.label.includes(want[0].name), `chart label "${info.label}"`);
      console.log(`      reasons: ${got.join(', ')}`);
    });

    // Sidebar closed: the report gets the whole window, as a person reading it would have it.
    await page.keyboard.press('Control+B');
    await page.waitForSelector('.part.sidebar', { state: 'hidden', timeout: 10_000 });
    await frame.waitForFunction(() => {
      const drawn = document.querySelector('svg.chart-svg');
      const box = document.querySelector('.chart');
      return drawn !== null && box !== null && Number(drawn.getAttribute('width')) === Math.max(320, Math.floor(box.clientWidth));
    }, null, { timeout: 10_000 });
    await progressToastGone(page);
    await page.screenshot({ path: join(shots, `summary-${pass.name}.png`) });
    await page.setViewportSize({ width: 1440, height: 1800 });
    await page.waitForFunction(() => window.innerHeight === 1800);
    await frame.waitForFunction(() => document.querySelector('.hosts table') !== null);
    await page.screenshot({ path: join(shots, `summary-${pass.name}-full.png`) });
    await page.setViewportSize({ width: 1440, height: 960 });
    await page.waitForFunction(() => window.innerHeight === 960);
    // The failures by reason, scrolled to the top of the panel: its chart and the start of its table.
    await frame.evaluate(() => document.querySelector('.reasons')?.scrollIntoView({ block: 'start' }));
    await frame.waitForFunction(() => {
      const drawn = document.querySelector('svg.reason-svg');
      const box = document.querySelector('.reason-chart');
      return drawn !== null && box !== null && Number(drawn.getAttribute('width')) === Math.max(320, Math.floor(box.clientWidth)) && (Math.abs(document.querySelector('.reasons').getBoundingClientRect().top) < 2 || window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2);
    }, null, { timeout: 10_000 });
    await page.screenshot({ path: join(shots, `summary-${pass.name}-reasons.png`) });
    await frame.evaluate(() => window.scrollTo(0, 0));

    await check(`${pass.name}: "First seen" of the top permanent reply opens mail.log at its line`, async () => {
      const link = frame.locator('.replies.permanent tbody tr .row-link').first();
      const title = (await link.getAttribute('title')) ?? '';
      const line = Number(/(\d[\d.,]*)$/.exec(title)?.[1].replace(/\D/g, ''));
      assert(title.startsWith(t.goTo) && line > 0, `link title "${title}"`);
      await link.click();
      await page.waitForFunction((l) => new RegExp(`\\b${l}\\b`).test(document.querySelector('[id="status.editor.selection"]')?.textContent ?? ''), line, { timeout: 30_000 });
      console.log(`      opened at line ${line}`);
    });

    if (pass.progress) {
      await check(`${pass.name}: a ${BIG_MB} MB log shows a progress notification with the MB read, and Cancel stops it`, async () => {
        await page.keyboard.press('Control+B');
        await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 10_000 });
        await summarizeFromExplorer(page, 'mail.log.1', t.command);
        const toast = page.locator('.notification-toast').filter({ hasText: 'mail.log.1' });
        await toast.first().waitFor({ state: 'visible', timeout: 20_000 });
        await page.waitForFunction(() => [...document.querySelectorAll('.notification-toast')].some((n) => /\d+ \/ \d+ MB/.test(n.textContent ?? '')), null, { timeout: 30_000 });
        const text = (await toast.first().innerText()).replace(/\s+/g, ' ');
        // the toast fades in: the picture waits until it is fully there
        await page.waitForFunction(() => [...document.querySelectorAll('.notification-toast-container, .notification-toast')].every((n) => getComputedStyle(n).opacity === '1'), null, { timeout: 5_000 }).catch(() => {});
        await page.screenshot({ path: join(shots, `summary-${pass.name}-progress.png`) });
        await toast.first().getByRole('button', { name: /cancel/i }).click();
        await toast.first().waitFor({ state: 'hidden', timeout: 20_000 });
        const title = await page.locator('.tab.active').first().innerText();
        assert(title.includes(t.tab), `the report of mail.log stays after a cancel (tab "${title}")`);
        console.log(`      notification: ${text}`);
      });
    }
  } catch (e) {
    if (page) await page.screenshot({ path: join(shots, `summary-${pass.name}-failure.png`) }).catch(() => {});
    if (!e?.counted) {
      tally.failed++;
      console.log(`  ✘ ${pass.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  } finally {
    await stopAll();
    removeProfile(profile);
    rmSync(work, { recursive: true, force: true });
  }
}

mkdirSync(shots, { recursive: true });
const log = sampleDayLog().join('\n') + '\n';
const tmpLog = join(mkdtempSync(join(tmpdir(), 'smtp-shot-log-')), 'mail.log');
writeFileSync(tmpLog, log);
const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'summary', '--json', tmpLog], { encoding: 'utf8', maxBuffer: 1 << 26 });
if (cli.status !== 0) skip(`smtp-codes summary failed: ${cli.stderr}`);
const summary = JSON.parse(cli.stdout);
const byReasonIn = (locale) => {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'summary', '--json', '--locale', locale, tmpLog], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) skip(`smtp-codes summary --locale ${locale} failed: ${r.stderr}`);
  return JSON.parse(r.stdout).byReason;
};
const expected = {
  ...summary.totals,
  hoursWithFailures: summary.perHour.filter((h) => h.deferred + h.bounced > 0).length,
  byReason: { en: byReasonIn('en'), id: byReasonIn('id') },
};
rmSync(join(tmpLog, '..'), { recursive: true, force: true });

const vsix = await packagedVsixOrExit();
for (const pass of passes) await runPass(pass, vsix, log, expected);
console.log(`\nscreenshots in ${shots}`);
exitWithTally();
