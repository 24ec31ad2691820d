// What a person does in VS Code (code-server in headless Chromium), one function per gesture. Each waits
// for what the person would wait for (a row, a squiggle, a widget) with a deadline; none sleeps.

/** Loads the workbench on a folder and waits for the explorer to list its files. */
export async function openWorkbench(page, url, folder) {
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 90_000 });
}

/** Clicks a file in the explorer and waits until its editor shows `expectText`. */
export async function openFromExplorer(page, name, expectText) {
  const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) });
  await row.first().click();
  await page.waitForSelector(`.editor-instance .view-line:has-text("${expectText}")`, { timeout: 30_000 });
}

/**
 * The screen rectangle of the first `code` standing as a word of its own (spaces or the line's ends around
 * it: "said: 451 4.7.1", not "smtp[451]") in a rendered editor line, or null when none is on screen.
 * Searching a word rather than a phrase keeps it working when word wrap splits a phrase across lines.
 */
export async function tokenBox(page, code) {
  return page.evaluate((c) => {
    for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
      // Monaco renders spaces as no-break spaces; the replacement keeps every offset.
      const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
      let at = -1;
      for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
        const before = i === 0 ? ' ' : text[i - 1];
        const after = i + c.length >= text.length ? ' ' : text[i + c.length];
        if (before === ' ' && after === ' ') {
          at = i;
          break;
        }
      }
      if (at < 0) continue;
      // Walk the line's text nodes to the one holding the code's first character.
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let offset = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent.length;
        if (at < offset + len) {
          const start = at - offset;
          const range = document.createRange();
          range.setStart(n, start);
          range.setEnd(n, Math.min(len, start + c.length));
          const r = range.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2, width: r.width };
        }
        offset += len;
      }
    }
    return null;
  }, code);
}

/** Waits for the language server's squiggles of a given kind ("warning", "error") in the editor. */
export async function waitForSquiggles(page, kind, count = 1) {
  await page.waitForFunction(
    ([k, n]) => document.querySelectorAll(`.editor-instance .squiggly-${k}`).length >= n,
    [kind, count],
    { timeout: 60_000 },
  );
  return page.evaluate((k) => document.querySelectorAll(`.editor-instance .squiggly-${k}`).length, kind);
}

/** Moves the mouse onto `code` and returns the hover widget's text once it mentions `expect`. */
export async function hoverOn(page, code, expect) {
  const box = await tokenBox(page, code);
  if (!box) throw new Error(`${code} is not on screen`);
  await page.mouse.move(box.x - 40, box.y);
  await page.mouse.move(box.x, box.y, { steps: 6 });
  try {
    await page.waitForFunction(
      (e) => [...document.querySelectorAll('.monaco-hover')].some((h) => h.innerText.includes(e)),
      expect,
      { timeout: 20_000 },
    );
  } catch {
    const shown = await page.evaluate(() => [...document.querySelectorAll('.monaco-hover')].map((h) => h.innerText.trim()).filter(Boolean).join('\n---\n'));
    throw new Error(`no hover mentioning "${expect}" within 20 s; the hover showed:\n${shown || '(nothing)'}`);
  }
  return page.evaluate((e) => [...document.querySelectorAll('.monaco-hover')].map((h) => h.innerText).find((t) => t.includes(e)) ?? '', expect);
}

/** Moves the mouse away and closes any hover. */
export async function dismissHover(page) {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => ![...document.querySelectorAll('.monaco-hover')].some((h) => h.offsetParent !== null && h.innerText.includes('SMTP')), null, { timeout: 10_000 }).catch(() => {});
}

/** Ctrl+Shift+M, then the rows of the Problems panel (aria-labels) once there are at least `count`. */
export async function readProblems(page, count) {
  await page.keyboard.press('Control+Shift+M');
  await page.waitForFunction((n) => document.querySelectorAll('.markers-panel .monaco-list-row').length >= n, count, { timeout: 30_000 });
  return page.$$eval('.markers-panel .monaco-list-row', (rows) => rows.map((r) => r.getAttribute('aria-label') || r.innerText));
}

/**
 * Clicks into a code in the editor, which puts the cursor there, and checks where the cursor landed in the
 * status bar ("Ln 6, Col 224"). A relayout (a panel closing, the scrollbar going away) can move the text
 * between measuring and clicking, so it measures and clicks again until the cursor is on the code.
 */
export async function placeCursorOn(page, code, line, firstColumn) {
  const deadline = Date.now() + 15_000;
  let seen = '';
  while (Date.now() < deadline) {
    const box = await tokenBox(page, code);
    if (box) {
      await page.mouse.click(box.x, box.y);
      seen = (await page.locator('[id="status.editor.selection"]').innerText().catch(() => '')).trim();
      const m = /(\d+)\D+(\d+)/.exec(seen);
      if (m && Number(m[1]) === line && Number(m[2]) >= firstColumn && Number(m[2]) <= firstColumn + code.length) return seen;
    }
    await page.waitForTimeout(100); // let the layout settle before measuring again
  }
  throw new Error(`could not put the cursor on ${code} at line ${line} (status bar: "${seen}")`);
}

/** F1, type a command's title, Enter (waits for the palette row first, and for the palette to close). */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 15_000 });
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${title}")`, { timeout: 20_000 });
  await page.keyboard.press('Enter');
  // The palette's input shows ">" + the title; wait until it has gone (closed, or replaced by the command's picker).
  // (A closed palette keeps its value, so "closed" is the widget hidden.)
  await page.waitForFunction(() => {
    const widget = document.querySelector('.quick-input-widget');
    return widget === null || widget.offsetParent === null || !(widget.querySelector('input')?.value ?? '').startsWith('>');
  }, null, { timeout: 10_000 });
}

/**
 * In the quick pick titled `title`: type a value, wait until the first row shows it, Enter. Returns the
 * picker's title and placeholder as they were before typing.
 */
export async function pickInQuickInput(page, title, value) {
  await page.waitForFunction(
    (t) => {
      const widget = document.querySelector('.quick-input-widget');
      return widget !== null && widget.offsetParent !== null && (widget.querySelector('.quick-input-title')?.textContent ?? '').includes(t);
    },
    title,
    { timeout: 20_000 },
  );
  // The picker loads the code list from the server (busy until then): wait until rows are listed.
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 20_000 });
  const info = await page.evaluate(() => ({
    title: document.querySelector('.quick-input-widget .quick-input-title')?.textContent ?? '',
    placeholder: document.querySelector('.quick-input-widget input')?.getAttribute('placeholder') ?? '',
  }));
  await page.keyboard.type(value);
  await page.waitForFunction(
    (v) => {
      const first = document.querySelector('.quick-input-list .monaco-list-row');
      return first !== null && (first.getAttribute('aria-label') ?? first.textContent ?? '').trim().startsWith(v);
    },
    value,
    { timeout: 20_000 },
  );
  await page.keyboard.press('Enter');
  return info;
}

/**
 * The webview's document: VS Code nests it in two iframes; scan every frame for the body that holds `expect`.
 * Returns the frame and its text.
 */
export async function findWebviewFrame(page, expect, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      const text = await frame.evaluate(() => (document.body ? document.body.innerText : '')).catch(() => '');
      if (text.includes(expect)) return { frame, text };
    }
    if (Date.now() > deadline) throw new Error(`no webview frame shows "${expect}"`);
    await page.waitForTimeout(200); // polling the frame list: a new frame has no event we can await here
  }
}

/** The text of the language status hover (the "{ }" item beside the language name in the status bar). */
export async function readLanguageStatus(page, expect) {
  const item = page.locator('[id="status.languageStatus"] a, [id="status.languageStatus"]').first();
  await item.click();
  await page.waitForFunction(
    (e) => [...document.querySelectorAll('.monaco-hover, .hover-language-status')].some((h) => h.innerText.includes(e)),
    expect,
    { timeout: 20_000 },
  );
  const text = await page.evaluate((e) => [...document.querySelectorAll('.monaco-hover')].map((h) => h.innerText).find((t) => t.includes(e)) ?? '', expect);
  await page.keyboard.press('Escape');
  return text;
}

/**
 * The colour the editor paints a code in: the first token span whose text is `code`, skipping those right
 * after `notAfter` (so the reply code 451 and not the PID in "smtp[451]"). Null when none is rendered.
 */
export async function tokenColor(page, code, notAfter = null) {
  return page.evaluate(
    ([c, p]) => {
      for (const span of document.querySelectorAll('.editor-instance .view-line span span')) {
        if ((span.textContent ?? '').replace(/\u00a0/g, ' ').trim() !== c) continue;
        const before = span.previousSibling?.textContent ?? '';
        if (p !== null && before.endsWith(p)) continue;
        return getComputedStyle(span).color;
      }
      return null;
    },
    [code, notAfter],
  );
}
