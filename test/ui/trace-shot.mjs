// Following a message as a person does it: the packaged extension (.vsix) in code-server, driven through
// headless Chromium. mail.log opens from the explorer; a click on the queue id 4B1C2D3E4F lights up every
// line of that message (document highlights); Find All References lists them; "Trace message" from the
// palette opens the timeline, which names each recipient's fate and explains each reply in one line; a click
// on a step puts the cursor on its line. Passes in a dark and a light theme and in Indonesian; screenshots
// in test-results/screenshots/trace-<pass>-*.png.
//
//   node test/ui/trace-shot.mjs        (SMTP_UI_VSIX=path uses a given .vsix; SMTP_TRACE_PASSES=dark,light picks passes)
// Prints "N passed, N failed". Exit 77 = skipped (code-server or Chromium missing, outside CI).
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshProfile, installExtension, launchChromium, removeProfile, requireCodeServer, root, startCodeServer } from '../vscode/code-server.mjs';
import { findWebviewFrame, openFromExplorer, openWorkbench, runCommand, waitForSquiggles } from './driver.mjs';
import { assert, check, exitWithTally, packagedVsixOrExit, stopAll, stopOnSignals, tally, track } from './harness.mjs';

const shots = join(root, 'test-results', 'screenshots');

requireCodeServer('trace screenshots');

const TEXT = {
  en: { command: 'Trace message', heading: 'Message trace: 4B1C2D3E4F', bounced: 'bounced, 1 attempt', deferred: 'deferred, still in the queue', goTo: 'Go to line 7', explain: 'Full explanation of 550 5.1.1' },
  id: { command: 'Lacak pesan', heading: 'Pelacakan pesan: 4B1C2D3E4F', bounced: 'dipentalkan, 1 percobaan', deferred: 'ditunda, masih di antrean', goTo: 'Buka baris 7', explain: 'Penjelasan lengkap 550 5.1.1' },
};
const ALL_PASSES = [
  { name: 'dark', locale: 'en', theme: 'Default Dark Modern', colorScheme: 'dark' },
  { name: 'light', locale: 'en', theme: 'Default Light Modern', colorScheme: 'light' },
  { name: 'id-dark', locale: 'id', theme: 'Default Dark Modern', colorScheme: 'dark' },
];
const wanted = process.env.SMTP_TRACE_PASSES?.split(',');
const passes = wanted ? ALL_PASSES.filter((p) => wanted.includes(p.name)) : ALL_PASSES;
const started = Date.now();

stopOnSignals();

/** The screen point of the first occurrence of `needle` in a rendered editor line, or null. */
async function textPoint(page, needle) {
  return page.evaluate((c) => {
    for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
      const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
      const at = text.indexOf(c);
      if (at < 0) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let offset = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent.length;
        if (at < offset + len) {
          const range = document.createRange();
          range.setStart(n, at - offset);
          range.setEnd(n, Math.min(len, at - offset + 1));
          const r = range.getBoundingClientRect();
          return { x: r.x + r.width * 3, y: r.y + r.height / 2 };
        }
        offset += len;
      }
    }
    return null;
  }, needle);
}

/** "Ln 4, Col 42" from the status bar: [line, column]. */
async function cursorAt(page) {
  const seen = (await page.locator('[id="status.editor.selection"]').innerText().catch(() => '')).trim();
  const m = /(\d+)\D+(\d+)/.exec(seen);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

async function runPass(pass, vsix) {
  const t = TEXT[pass.locale];
  console.log(`\n--- trace pass ${pass.name} (display language ${pass.locale}, ${pass.theme})`);
  const profile = freshProfile({
    locale: pass.locale,
    settings: { 'workbench.colorTheme': pass.theme, 'editor.wordWrap': 'on', 'window.commandCenter': false, 'workbench.layoutControl.enabled': false, 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'editor.minimap.enabled': false },
  });
  const work = mkdtempSync(join(tmpdir(), 'smtp-trace-ws-'));
  cpSync(join(root, 'test', 'fixtures', 'workspace'), work, { recursive: true });
  let page;
  try {
    await check(`${pass.name}: the .vsix installs`, () => assert(/smtp-codes/.test(installExtension(profile, vsix)), 'not installed'));
    const server = await check(`${pass.name}: code-server starts`, async () => {
      const s = await startCodeServer(profile, [], { locale: pass.locale === 'en' ? undefined : pass.locale });
      track(s.stop);
      return s;
    });
    const browser = await launchChromium({ colorScheme: pass.colorScheme });
    track(browser.close);
    page = browser.ctx.pages()[0] ?? (await browser.ctx.newPage());
    await page.setViewportSize({ width: 1600, height: 1000 });
    await check(`${pass.name}: mail.log opens from the explorer and is read`, async () => {
      await openWorkbench(page, server.url, work);
      await openFromExplorer(page, 'mail.log', 'Greylisted');
      await waitForSquiggles(page, 'error', 3);
    });

    await check(`${pass.name}: a click on the queue id lights up the 8 lines of its message`, async () => {
      // line 4: "... qmgr[2103]: 4B1C2D3E4F: from=<alice@example.com> ..."
      const deadline = Date.now() + 15_000;
      let at = null;
      while (Date.now() < deadline) {
        const p = await textPoint(page, '4B1C2D3E4F: from=');
        if (p) {
          await page.mouse.click(p.x, p.y);
          at = await cursorAt(page);
          if (at && at[0] === 4) break;
        }
        await page.waitForTimeout(100); // a relayout can move the text between measuring and clicking
      }
      assert(at && at[0] === 4, `the cursor did not land on line 4 (${JSON.stringify(at)})`);
      // document highlights of kind Text: one decoration per highlighted (possibly wrapped) line
      await page.waitForFunction(() => new Set([...document.querySelectorAll('.editor-instance .view-overlays .wordHighlightText')].map((d) => d.parentElement?.style.top)).size >= 8, null, { timeout: 20_000 });
      const n = await page.evaluate(() => new Set([...document.querySelectorAll('.editor-instance .view-overlays .wordHighlightText')].map((d) => d.parentElement?.style.top)).size);
      console.log(`      highlighted rows: ${n}`);
      await page.screenshot({ path: join(shots, `trace-${pass.name}-highlights.png`) });
    });

    await check(`${pass.name}: Find All References lists the 8 lines`, async () => {
      await runCommand(page, 'Find All References');
      await page.waitForFunction(() => /8 results in 1 file|8 hasil/.test(document.body.innerText), null, { timeout: 20_000 });
      // the tree fills in a moment later: wait for its 8 rows (each shows the id where its line writes it)
      await page.waitForFunction(() => [...document.querySelectorAll('.monaco-list-row')].filter((r) => (r.textContent ?? '').includes('4B1C2D3E4F')).length >= 8, null, { timeout: 20_000 });
      await page.screenshot({ path: join(shots, `trace-${pass.name}-references.png`) });
      await page.keyboard.press('Control+B'); // hide the side bar again: the panel gets the room
    }, { fatal: false });

    await check(`${pass.name}: "${t.command}" opens the timeline of the message`, async () => {
      // back to the editor, cursor still on the queue id
      const p = await textPoint(page, '4B1C2D3E4F: from=');
      if (p) await page.mouse.click(p.x, p.y);
      await runCommand(page, t.command);
      const { text } = await findWebviewFrame(page, t.heading);
      for (const want of [t.bounced, t.deferred, 'carol@slow.example.org', '550 5.1.1', t.explain]) assert(text.includes(want), `the panel does not show "${want}":\n${text.slice(0, 1500)}`);
      await page.screenshot({ path: join(shots, `trace-${pass.name}.png`) });
      console.log(`      panel: ${text.replace(/\s+/g, ' ').slice(0, 240)}`);
    });

    await check(`${pass.name}: a click on a step puts the cursor on its line`, async () => {
      const { frame } = await findWebviewFrame(page, t.heading);
      await frame.click(`button.step-main[title="${t.goTo}"]`);
      await page.waitForFunction(() => /Ln 7\b|Baris 7\b/.test(document.querySelector('[id="status.editor.selection"]')?.textContent ?? ''), null, { timeout: 15_000 });
    });
  } catch (e) {
    if (page) await page.screenshot({ path: join(shots, `trace-${pass.name}-failure.png`) }).catch(() => {});
    if (!e?.counted) {
      tally.failed++;
      console.log(`  ✘ ${pass.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    console.log(`      (the rest of pass ${pass.name} is skipped; screenshot trace-${pass.name}-failure.png)`);
  } finally {
    await stopAll();
    removeProfile(profile);
    rmSync(work, { recursive: true, force: true });
  }
}

mkdirSync(shots, { recursive: true });
const vsix = await packagedVsixOrExit();
for (const pass of passes) await runPass(pass, vsix);
console.log(`\ntrace screenshots: ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${shots}`);
exitWithTally();
