// "Summarize mail log": on the active mail.log (a saved file, so the server reads it from disk), on a file
// from the explorer, on an unsaved editor; one webview panel, reused; a row leads to its first line; the
// panel checks what its webview sends. The tab model updates asynchronously: poll window.tabGroups.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, fixtureUri, indonesian, openFixture, poll, reasonOf, smtpApi, waitForDiagnosticCount, type SmtpCodesApi } from './helpers';

interface ReplyRow {
  code: string | null;
  enhanced: string | null;
  count: number;
  title: string | null;
  line: number | null;
}

/** The parts of the summary panel's snapshot (client/src/summary/summaryPanel.ts) this suite reads. */
interface SummarySnapshot {
  title: string;
  target: string | undefined;
  key: string | null;
  webviewReady: boolean;
  view:
    | {
        source: string;
        lines: number;
        totals: { received: number; delivered: number; deferred: number; bounced: number; rejected: number };
        topTransient: ReplyRow[];
        topPermanent: ReplyRow[];
        hosts: Array<{ name: string; total: number }>;
        reasons?: Array<{
          reason: string;
          name: string;
          deferred: number;
          bounced: number;
          rejected: number;
          total: number;
          topDomains: Array<{ name: string; count: number }>;
          topRecipients: Array<{ name: string; count: number }>;
        }>;
        perHour: Array<{ hour: string; deferred: number; bounced: number }>;
      }
    | undefined;
}

type Api = SmtpCodesApi & { summaryPanel(): SummarySnapshot | undefined; sendToSummaryPanel(message: unknown): Promise<boolean> };

const titleOf = (name: string) => (indonesian ? `Ringkasan: ${name}` : `Summary: ${name}`);

function summaryTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('smtp.summary'));
}

const tabLabels = () => summaryTabs().map((t) => t.label);

/** The report of mail.log, shown and loaded in its webview: what a test that needs one starts from. */
async function reportOfMailLog(api: Api): Promise<SummarySnapshot> {
  await openFixture('mail.log');
  await vscode.commands.executeCommand('smtp.summarize');
  return poll('the report of mail.log', () => {
    const p = api.summaryPanel();
    return p?.webviewReady && p.view?.source === 'mail.log' && p.target === fixtureUri('mail.log').toString() ? p : undefined;
  }, 30_000, () => api.summaryPanel());
}

describe('summarize command', () => {
  let api: Api;

  before(async () => {
    api = (await smtpApi()) as Api;
    await closeAllEditors();
  });
  after(closeAllEditors);

  it('on the active mail.log: one report tab "Summary: mail.log" with the totals counted by hand', async () => {
    await openFixture('mail.log');
    const result = (await vscode.commands.executeCommand('smtp.summarize')) as SummarySnapshot | undefined;
    assert.ok(result?.view, 'the command resolves to what the panel shows');
    await poll(`a summary tab "${titleOf('mail.log')}"`, () => tabLabels().includes(titleOf('mail.log')), 20_000, tabLabels);
    assert.equal(summaryTabs().length, 1);
    const panel = await poll('the webview script to load', () => (api.summaryPanel()?.webviewReady ? api.summaryPanel() : undefined), 30_000, () => api.summaryPanel());
    // A saved file is read from disk by the server (smtp/summarizeFile), not taken from the editor.
    assert.equal(panel.target, fixtureUri('mail.log').toString());
    const view = panel.view!;
    assert.equal(view.source, 'mail.log');
    assert.equal(view.lines, 10);
    const { received, delivered, deferred, bounced, rejected } = view.totals;
    // mail.log: one client= arrival, one status=sent, one status=deferred, two status=bounced, one NOQUEUE reject.
    assert.deepEqual({ received, delivered, deferred, bounced, rejected }, { received: 1, delivered: 1, deferred: 1, bounced: 2, rejected: 1 });
    assert.deepEqual(
      view.topTransient.map((r) => [r.code, r.enhanced, r.count]),
      [['451', '4.7.1', 1]],
    );
    assert.deepEqual(view.topPermanent.map((r) => `${r.code} ${r.enhanced}`).sort(), ['550 5.1.1', '550 5.7.26', '554 5.7.1']);
    assert.ok(view.topPermanent.every((r) => r.title && r.title.length > 3), 'each row has its explanation title');
    assert.deepEqual(view.perHour, [{ hour: 'Nov 28 09', deferred: 1, bounced: 2 }], 'one hour of the chart');
  });

  it('shows the failures by reason, named in the display language, and they are the reasons of the Problems', async () => {
    const view = api.summaryPanel()!.view!;
    // mail.log: 451 greylisted (deferred), 550 5.1.1 unknown user and 550 5.7.26 DMARC (bounced), 554 relay denied (rejected).
    assert.deepEqual(
      view.reasons?.map((r) => [r.reason, r.deferred, r.bounced, r.rejected, r.total]),
      [
        ['authfailure', 0, 1, 0, 1],
        ['greylisted', 1, 0, 0, 1],
        ['norelaying', 0, 0, 1, 1],
        ['userunknown', 0, 1, 0, 1],
      ],
    );
    const unknown = view.reasons!.find((r) => r.reason === 'userunknown')!;
    assert.equal(unknown.name, indonesian ? 'Penerima tidak dikenal' : 'Unknown recipient');
    assert.deepEqual(unknown.topDomains, [{ name: 'example.net', count: 1 }]);
    assert.deepEqual(unknown.topRecipients, [{ name: 'dave@example.net', count: 1 }]);
    // Each reason of the report, by id or by name, is a Problems filter that lists that reason's problems.
    const problems = await waitForDiagnosticCount(fixtureUri('mail.log'), 4);
    for (const r of view.reasons!) {
      const mine = problems.filter((d) => reasonOf(d) === r.reason);
      assert.equal(mine.length, r.total, `${r.reason}: as many problems as failures in the report`);
      for (const d of mine) assert.ok(d.message.includes(`${r.name} [${r.reason}]`), d.message);
    }
  });

  it('a click on a row shows its first line in the log', async () => {
    const row = api.summaryPanel()!.view!.topPermanent.find((r) => r.code === '554')!;
    assert.equal(row.line, 9, 'the NOQUEUE reject is on line 9');
    assert.equal(await api.sendToSummaryPanel({ type: 'reveal', table: 'permanent', index: api.summaryPanel()!.view!.topPermanent.indexOf(row) }), true);
    const editor = await poll(
      'mail.log shown with the cursor on line 9',
      () => {
        const e = vscode.window.activeTextEditor;
        return e?.document.uri.toString() === fixtureUri('mail.log').toString() && e.selection.active.line === 8 ? e : undefined;
      },
      20_000,
      () => [vscode.window.activeTextEditor?.document.uri.toString(), vscode.window.activeTextEditor?.selection.active.line],
    );
    assert.match(editor.document.lineAt(8).text, /NOQUEUE: reject: .* 554 5\.7\.1/);
  });

  it('after a window reload the report comes back, and its rows still lead to the log', async () => {
    const saved = await reportOfMailLog(api);
    assert.ok(saved.key, 'a report of a file on disk keeps a key for a reload');
    // What VS Code does on reload: a new panel handed to the serializer with the state the webview saved.
    await api.restorePanel('summary', { view: saved.view, key: saved.key });
    const panel = await poll('the restored report', () => (api.summaryPanel()?.webviewReady && api.summaryPanel()?.view ? api.summaryPanel() : undefined), 30_000, () => api.summaryPanel());
    assert.equal(panel.title, titleOf('mail.log'));
    assert.equal(panel.target, fixtureUri('mail.log').toString());
    assert.deepEqual(panel.view!.totals, saved.view!.totals);
    await poll('one summary tab: the restored panel replaces the old one', () => summaryTabs().length === 1, 20_000, tabLabels);
    await vscode.commands.executeCommand('workbench.action.closeOtherEditors');
    const row = panel.view!.topPermanent.findIndex((r) => r.code === '554');
    assert.equal(await api.sendToSummaryPanel({ type: 'reveal', table: 'permanent', index: row }), true);
    await poll('mail.log reopened at line 9', () => vscode.window.activeTextEditor?.document.uri.toString() === fixtureUri('mail.log').toString() && vscode.window.activeTextEditor.selection.active.line === 8, 20_000, () => vscode.window.activeTextEditor?.document.uri.toString());
  });

  it('a reload with a key this window did not store shows the report without leading anywhere; a broken state, an empty panel', async () => {
    const saved = await reportOfMailLog(api);
    await api.restorePanel('summary', { view: saved.view, key: 'a-key-from-elsewhere' });
    const panel = await poll('the restored report', () => (api.summaryPanel()?.view ? api.summaryPanel() : undefined), 30_000, () => api.summaryPanel());
    assert.equal(panel.target, undefined, 'no file to reopen: the webview cannot name one');
    assert.deepEqual(panel.view!.totals, saved.view!.totals);
    assert.ok([...panel.view!.topTransient, ...panel.view!.topPermanent].every((r) => r.line === null), 'rows no longer lead to a line');

    for (const state of ['<img src=x onerror=alert(1)>', { view: { totals: 5 }, key: null }, null]) {
      await api.restorePanel('summary', state);
      const empty = await poll('an empty restored panel', () => (api.summaryPanel()?.webviewReady ? api.summaryPanel() : undefined), 30_000, () => api.summaryPanel());
      assert.equal(empty.view, undefined, `no report from ${JSON.stringify(state)}`);
      await poll('one summary tab', () => summaryTabs().length === 1, 20_000, tabLabels);
    }
    // The tests after this one start from the report of mail.log, as they did before these two.
    await reportOfMailLog(api);
  });

  it('checks what the webview sends: a forged row or message changes nothing', async () => {
    const before = vscode.window.activeTextEditor?.selection.active.line;
    assert.equal(await api.sendToSummaryPanel({ type: 'reveal', table: 'hosts', index: 0 }), false);
    assert.equal(await api.sendToSummaryPanel({ type: 'reveal', table: 'permanent', index: -1 }), false);
    assert.equal(await api.sendToSummaryPanel({ type: 'open', uri: 'file:///etc/passwd' }), false);
    assert.equal(await api.sendToSummaryPanel('<img src=x onerror=alert(1)>'), false);
    assert.equal(await api.sendToSummaryPanel({ type: 'reveal', table: 'permanent', index: 50 }), true, 'well formed, but no such row: ignored');
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, before);
    assert.equal(summaryTabs().length, 1);
  });

  it('on a file from the explorer (a Uri argument): the same panel, now "Summary: mainlog"', async () => {
    const result = (await vscode.commands.executeCommand('smtp.summarize', fixtureUri('mainlog'))) as SummarySnapshot | undefined;
    assert.equal(result?.view?.source, 'mainlog');
    await poll(`the tab to read "${titleOf('mainlog')}"`, () => tabLabels().includes(titleOf('mainlog')), 20_000, tabLabels);
    assert.deepEqual(tabLabels(), [titleOf('mainlog')]);
    assert.ok(result.view.totals.delivered + result.view.totals.bounced + result.view.totals.deferred > 0, JSON.stringify(result.view.totals));
  });

  it('on an unsaved editor: summarized as the editor holds it', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'smtp-log',
      content: [
        'Nov 29 07:00:01 mx1 postfix/smtp[9]: 1A2B3C4D5E: to=<a@example.net>, relay=mx.example.net[192.0.2.20]:25, delay=1, delays=0/0/0/1, dsn=4.2.2, status=deferred (host mx.example.net[192.0.2.20] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))',
        'Nov 29 07:00:02 mx1 postfix/smtp[9]: 2A2B3C4D5E: to=<b@example.net>, relay=mx.example.net[192.0.2.20]:25, delay=1, delays=0/0/0/1, dsn=4.2.2, status=deferred (host mx.example.net[192.0.2.20] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))',
      ].join('\n'),
    });
    await vscode.window.showTextDocument(doc);
    const result = (await vscode.commands.executeCommand('smtp.summarize')) as SummarySnapshot | undefined;
    assert.equal(result?.target, doc.uri.toString());
    assert.equal(result.view?.totals.deferred, 2);
    assert.deepEqual(
      result.view?.topTransient.map((r) => [r.code, r.count, r.line]),
      [['452', 2, 1]],
    );
    assert.equal(summaryTabs().length, 1);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('"Summarize again" reads the log again: a line added since shows in the totals', async () => {
    const uri = vscode.Uri.joinPath(fixtureUri('mail.log'), '..', 'grown.maillog');
    const bounce = (n: number) =>
      `Nov 29 08:00:0${n} mx1 postfix/smtp[9]: ${n}A2B3C4D5E: to=<u${n}@example.net>, relay=mx.example.net[192.0.2.20]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.20] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\n`;
    await vscode.workspace.fs.writeFile(uri, Buffer.from(bounce(1)));
    try {
      const first = (await vscode.commands.executeCommand('smtp.summarize', uri)) as SummarySnapshot | undefined;
      assert.equal(first?.view?.totals.bounced, 1);
      await vscode.workspace.fs.writeFile(uri, Buffer.from(bounce(1) + bounce(2)));
      assert.equal(await api.sendToSummaryPanel({ type: 'refresh' }), true);
      await poll('the report to count 2 bounces', () => api.summaryPanel()?.view?.totals.bounced === 2, 20_000, () => api.summaryPanel()?.view?.totals);
      assert.equal(summaryTabs().length, 1);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('a file that cannot be read is refused with a message and leaves the report as it was', async () => {
    const before = api.summaryPanel()?.title;
    const result = await vscode.commands.executeCommand('smtp.summarize', vscode.Uri.joinPath(fixtureUri('mail.log'), '..', 'no-such-mail.log'));
    assert.equal(result, undefined);
    assert.equal(api.summaryPanel()?.title, before);
  });

  it('closing the tab disposes the panel; the next run opens a new one', async () => {
    await closeAllEditors();
    await poll('no summary tab', () => summaryTabs().length === 0);
    await poll('the panel to be gone', () => api.summaryPanel() === undefined);
    await vscode.commands.executeCommand('smtp.summarize', fixtureUri('mail.log'));
    await poll('a new summary tab', () => tabLabels().includes(titleOf('mail.log')), 20_000, tabLabels);
    assert.equal(summaryTabs().length, 1);
  });
});
