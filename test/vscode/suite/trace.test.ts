// Following a message in a real VS Code: on the queue id of mail.log's message 4B1C2D3E4F, Find All
// References (the reference provider behind it) lists its eight lines, the highlights light them, Go to
// Definition lands on the line where it entered, the hover tells its story in the display language; "Trace
// message" opens the trace panel, whose step click reveals its line; "Show only this message" opens its
// lines as a read-only SMTP log. The server answers once it has read the document: poll with a deadline.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, indonesian, openFixture, poll, smtpApi, waitForDiagnosticCount, type SmtpCodesApi } from './helpers';

// mail.log: 0 connect (no queue id), 1 client=, 2 message-id, 3 qmgr from=, 4-7 four deliveries,
// 8 a NOQUEUE reject of another client, 9 removed
const MESSAGE_LINES = [1, 2, 3, 4, 5, 6, 7, 9];
const WAIT_MS = 15_000;

interface TraceSnapshot {
  title: string;
  source: string;
  webviewReady: boolean;
  view: {
    key: string;
    stories: Array<{
      hops: Array<{ queueId: string }>;
      recipients: Array<{ address: string; fate: string; fateText: string }>;
      steps: Array<{ line: number; label: string; code: string | null; title: string | null }>;
    }>;
  };
}

type Api = SmtpCodesApi & { tracePanel(): TraceSnapshot | undefined; sendToTracePanel(message: unknown): Promise<boolean> };

describe('following a message (queue id 4B1C2D3E4F in mail.log)', () => {
  let api: Api;
  let editor: vscode.TextEditor;
  let onId: vscode.Position;

  before(async () => {
    api = (await smtpApi()) as Api;
    editor = await openFixture('mail.log');
    await waitForDiagnosticCount(editor.document.uri, 4);
    onId = new vscode.Position(3, editor.document.lineAt(3).text.indexOf('4B1C2D3E4F') + 3);
  });
  after(closeAllEditors);

  it('Find All References on the queue id lists every line of the message, and only those', async () => {
    const refs = await poll(
      'references of the queue id',
      async () => {
        const list = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, onId)) ?? [];
        return list.length > 0 ? list : undefined;
      },
      WAIT_MS,
    );
    assert.deepEqual(
      refs.map((r) => r.range.start.line).sort((a, b) => a - b),
      MESSAGE_LINES,
    );
    assert.ok(refs.every((r) => r.uri.toString() === editor.document.uri.toString()));
    const first = refs.find((r) => r.range.start.line === 1)!;
    assert.equal(editor.document.getText(first.range), '4B1C2D3E4F', 'the reference is the id where the line writes it');
  });

  it('the highlights light every line of the message; the definition is the line where it entered', async () => {
    const highlights = await poll('highlights', async () => {
      const list = (await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', editor.document.uri, onId)) ?? [];
      return list.length > 0 ? list : undefined;
    });
    assert.deepEqual(
      highlights.map((h) => h.range.start.line).sort((a, b) => a - b),
      MESSAGE_LINES,
    );
    const onRecipient = new vscode.Position(6, editor.document.lineAt(6).text.indexOf('dave@') + 2);
    const defs = (await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', editor.document.uri, onRecipient)) ?? [];
    const lines = defs.map((d) => ('targetRange' in d ? d.targetRange : d.range).start.line);
    assert.deepEqual(lines, [1]);
  });

  it(`the hover on the queue id tells the message's story (${indonesian ? 'Indonesian' : 'English'})`, async () => {
    const text = await poll('a hover on the queue id', async () => {
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, onId)) ?? [];
      return hovers.map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n')).find((t) => t.includes('4B1C2D3E4F'));
    });
    const plain = text.replace(/\\([\\`*_{}[\]()#+\-.!|<>&~:])/g, '$1');
    if (indonesian) {
      assert.match(plain, /^\*\*Pesan 4B1C2D3E4F\*\*/);
      assert.match(plain, /Dari: ` alice@example\.com `/);
      assert.match(plain, /` carol@slow\.example\.org `: \*\*ditunda, masih di antrean, 1 percobaan\*\*/);
      assert.match(plain, /` dave@example\.net `: \*\*dipentalkan, 1 percobaan\*\*/);
    } else {
      assert.match(plain, /^\*\*Message 4B1C2D3E4F\*\*/);
      assert.match(plain, /From: ` alice@example\.com ` · Size: 2,048 bytes/);
      assert.match(plain, /` bob@example\.net `: \*\*delivered, 1 attempt\*\*/);
      assert.match(plain, /` carol@slow\.example\.org `: \*\*deferred, still in the queue, 1 attempt\*\*/);
      assert.match(plain, /` dave@example\.net `: \*\*bounced, 1 attempt\*\*/);
      assert.match(plain, /550 5\.1\.1 Bad destination mailbox address/);
      assert.match(plain, /In the queue: 7 s, left the queue/);
    }
  });

  it('Trace message opens the timeline; a step click reveals its line', async () => {
    editor = await vscode.window.showTextDocument(editor.document, { preview: false });
    editor.selection = new vscode.Selection(onId, onId);
    await vscode.commands.executeCommand('smtp.traceMessage');
    const panel = await poll('the trace panel, loaded', () => {
      const p = api.tracePanel();
      return p?.webviewReady ? p : undefined;
    }, WAIT_MS, () => api.tracePanel());
    assert.equal(panel.title, indonesian ? 'Lacak: 4B1C2D3E4F' : 'Trace: 4B1C2D3E4F');
    const story = panel.view.stories[0];
    assert.deepEqual(story.hops.map((h) => h.queueId), ['4B1C2D3E4F']);
    assert.deepEqual(story.steps.map((s) => s.line), MESSAGE_LINES);
    assert.deepEqual(story.recipients.map((r) => [r.address, r.fate]), [
      ['bob@example.net', 'delivered'],
      ['carol@slow.example.org', 'deferred'],
      ['dave@example.net', 'bounced'],
      ['erin@gmail.com', 'bounced'],
    ]);
    const bounce = story.steps.find((s) => s.line === 6)!;
    assert.equal(bounce.code, '550');
    assert.equal(bounce.label, indonesian ? 'dipentalkan' : 'bounced');
    assert.ok(await api.sendToTracePanel({ type: 'reveal', story: 0, step: story.steps.indexOf(bounce) }));
    await poll('line 7 revealed in mail.log', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === editor.document.uri.toString() && e.selection.start.line === 6 ? true : undefined;
    });
    assert.equal(await api.sendToTracePanel({ type: 'reveal', story: 0, step: -1 }), false, 'a malformed message is refused');
  });

  it('Show only this message opens its lines as a read-only SMTP log, with hovers', async () => {
    editor = await vscode.window.showTextDocument(editor.document, { preview: false });
    editor.selection = new vscode.Selection(onId, onId);
    const uri = await vscode.commands.executeCommand<string | undefined>('smtp.showMessageOnly');
    assert.ok(uri, 'the command resolves to the document it opened');
    const doc = await poll('the message document', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri));
    assert.equal(doc.languageId, 'smtp-log');
    assert.deepEqual(
      doc.getText().trimEnd().split('\n'),
      MESSAGE_LINES.map((l) => editor.document.lineAt(l).text),
    );
    const at = new vscode.Position(5, doc.lineAt(5).text.indexOf('said: 550') + 7);
    const hover = await poll('a hover on the 550 of the message document', async () => {
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at)) ?? [];
      return hovers.length > 0 ? hovers : undefined;
    }, WAIT_MS);
    assert.ok(hover.length > 0);
  });
});
