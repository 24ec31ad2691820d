// The extension's own strings in the display language: the manifest (package.nls.id.json) and the problems'
// messages. English in the first pass of the tier, Indonesian in the second (VS Code started with --locale id).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, expected, indonesian, openFixture, smtpApi, waitForDiagnosticCount } from './helpers';

describe(`display language (${indonesian ? 'Indonesian' : 'English'})`, () => {
  before(() => smtpApi());
  after(closeAllEditors);

  it('vscode.env.language matches the run', () => {
    assert.equal(vscode.env.language, indonesian ? 'id' : 'en');
  });

  it('the problems read in that language', async () => {
    const { document } = await openFixture('maillog');
    const ds = await waitForDiagnosticCount(document.uri, 3);
    const warning = ds.find((d) => d.severity === vscode.DiagnosticSeverity.Warning);
    assert.ok(warning?.message.endsWith(expected.transient), warning?.message);
    const errors = ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.ok(errors.every((d) => d.message.endsWith(expected.permanent)), JSON.stringify(errors.map((d) => d.message)));
  });

  it('the compare command and its category in the manifest are localized', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    // A translated manifest string arrives as {value, original}; an English one as the plain string.
    type Text = string | { value: string; original: string };
    const commands = (ext?.packageJSON?.contributes?.commands ?? []) as Array<{ command: string; title: Text; category: Text }>;
    const text = (t: Text) => (typeof t === 'string' ? t : t.value);
    const compare = commands.find((c) => c.command === 'smtp.compare');
    assert.ok(compare, 'smtp.compare is contributed');
    assert.equal(text(compare.title), indonesian ? 'Bandingkan kode SMTP' : 'Compare SMTP codes');
    assert.equal(text(compare.category), 'SMTP');
  });
});
