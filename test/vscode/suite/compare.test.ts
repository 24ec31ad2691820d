// "Compare SMTP codes" with both codes as arguments: one webview panel, reused by the next call, its model
// from the server in the display language. The tab model updates asynchronously: poll window.tabGroups.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, expected, expectedLocale, poll, smtpApi } from './helpers';

function compareTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('smtp.compare'));
}

function tabLabels(): string[] {
  return compareTabs().map((t) => t.label);
}

describe('compare command', () => {
  let api: Awaited<ReturnType<typeof smtpApi>>;

  before(async () => {
    api = await smtpApi();
    await closeAllEditors();
  });
  after(closeAllEditors);

  it('451 vs 550 opens one webview panel titled "451 vs 550"', async () => {
    await vscode.commands.executeCommand('smtp.compare', '451', '550');
    await poll('a compare tab "451 vs 550"', () => tabLabels().includes('451 vs 550'), 20_000, tabLabels);
    assert.equal(compareTabs().length, 1);
    const panel = await poll('the webview script to load and the comparison to arrive', () => {
      const p = api.comparePanel();
      return p?.webviewReady && p.comparison ? p : undefined;
    }, 30_000, () => api.comparePanel());
    assert.equal(panel.a, '451');
    assert.equal(panel.b, '550');
    assert.equal(panel.error, undefined);
    assert.equal(panel.comparison?.locale, expectedLocale);
    assert.ok(panel.comparison!.summary.length > 20, 'a one-sentence summary');
  });

  it('has its headings in the display language', async () => {
    await vscode.commands.executeCommand('smtp.compare', '451', '550');
    const headings = (await poll('the comparison', () => api.comparePanel()?.comparison)).headings;
    for (const [key, want] of Object.entries(expected.headings)) {
      assert.equal(headings[key]?.toLowerCase(), want.toLowerCase(), `heading ${key}`);
    }
  });

  it('a second call reuses the panel: still one tab, now "421 vs 554"', async () => {
    await vscode.commands.executeCommand('smtp.compare', '421', '554');
    await poll('the tab to read "421 vs 554"', () => tabLabels().includes('421 vs 554'), 20_000, tabLabels);
    assert.deepEqual(tabLabels(), ['421 vs 554']);
    const panel = await poll('the new comparison', () => api.comparePanel()?.comparison?.a.label === '421' && api.comparePanel());
    assert.equal(panel.comparison?.b.label, '554');
  });

  it('accepts pairs and enhanced codes: "451 4.7.1" vs 5.7.1', async () => {
    await vscode.commands.executeCommand('smtp.compare', '451 4.7.1', '5.7.1');
    await poll('the tab "451 4.7.1 vs 5.7.1"', () => tabLabels().includes('451 4.7.1 vs 5.7.1'), 20_000, tabLabels);
    assert.equal(compareTabs().length, 1);
  });

  it('a code that is not one is refused and leaves the panel as it was', async () => {
    const result = await vscode.commands.executeCommand('smtp.compare', 'not-a-code', '550');
    assert.equal(result, undefined);
    assert.deepEqual(tabLabels(), ['451 4.7.1 vs 5.7.1']);
  });

  it('the panel\'s own controls (swap) go through the same checks: a good message swaps, a forged one is ignored', async () => {
    assert.equal(await api.sendToComparePanel({ type: 'compare', a: '5.7.1', b: '451 4.7.1' }), true);
    await poll('the swapped tab', () => tabLabels().includes('5.7.1 vs 451 4.7.1'), 20_000, tabLabels);
    assert.equal(await api.sendToComparePanel({ type: 'openReference', url: 'command:workbench.action.quit' }), true);
    assert.equal(await api.sendToComparePanel({ type: 'compare', a: { toString: 'x' }, b: 1 }), false);
    assert.equal(await api.sendToComparePanel('<img src=x onerror=alert(1)>'), false);
    assert.deepEqual(tabLabels(), ['5.7.1 vs 451 4.7.1']);
  });

  it('after a window reload the panel comes back with its two codes; a saved state that is not two codes gives an empty panel', async () => {
    // What VS Code does on reload: a new panel handed to the serializer with the state the webview saved.
    await api.restorePanel('compare', { a: '452', b: '552' });
    const panel = await poll('the restored comparison', () => {
      const p = api.comparePanel();
      return p?.webviewReady && p.comparison?.a.label === '452' ? p : undefined;
    }, 30_000, () => api.comparePanel());
    assert.equal(panel.b, '552');
    assert.equal(panel.comparison?.b.label, '552');
    assert.equal(panel.comparison?.locale, expectedLocale);
    await poll('one tab "452 vs 552"', () => tabLabels().length === 1 && tabLabels()[0] === '452 vs 552', 20_000, tabLabels);

    for (const state of [{ a: '<img src=x onerror=alert(1)>', b: '550' }, 'not an object', { a: 451, b: null }]) {
      await api.restorePanel('compare', state);
      const empty = await poll('an empty restored panel', () => {
        const p = api.comparePanel();
        return p?.webviewReady ? p : undefined;
      }, 30_000, () => api.comparePanel());
      assert.equal(empty.comparison, undefined, `no comparison from ${JSON.stringify(state)}`);
      await poll('one compare tab: the restored panel replaces the old one', () => compareTabs().length === 1, 20_000, tabLabels);
    }
  });

  it('closing the tab disposes the panel; the next call opens a new one', async () => {
    await closeAllEditors();
    await poll('no compare tab', () => compareTabs().length === 0);
    await poll('the panel to be gone', () => api.comparePanel() === undefined);
    await vscode.commands.executeCommand('smtp.compare', '250', '550');
    await poll('a new tab "250 vs 550"', () => tabLabels().includes('250 vs 550'), 20_000, tabLabels);
    assert.equal(compareTabs().length, 1);
  });
});
