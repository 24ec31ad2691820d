// The Problems panel as a person reads it: one problem per negative reply, at the code, warnings for 4xx and
// errors for 5xx (per settings), nothing for successes, PIDs, ports or message bodies. The expectations were
// counted by hand from the fixtures; `codeIn` only turns "the 451 after 'said: '" into columns.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  codeIn,
  describeDiagnostics,
  expected,
  fixtureUri,
  indonesian,
  openFixture,
  reasonOf,
  smtpApi,
  smtpDiagnostics,
  sortByPosition,
  summarize,
  waitForDiagnosticCount,
  waitForDiagnostics,
  withSetting,
  type DiagnosticSummary,
} from './helpers';

type Expectation = (doc: vscode.TextDocument) => DiagnosticSummary[];

const fixtures: Array<[file: string, expect: Expectation]> = [
  [
    'mail.log', // Postfix: 250 sent (no problem), 451 deferred, 550 bounced, Gmail 550 5.7.26, smtpd 554 reject
    (doc) => [
      codeIn(doc, 5, 'said: 451', '451', 'warning'),
      codeIn(doc, 6, 'said: 550', '550', 'error'),
      codeIn(doc, 7, 'said: 550', '550', 'error'),
      codeIn(doc, 8, '[192.0.2.50]: 554', '554', 'error'),
    ],
  ],
  [
    'maillog', // Sendmail: stat=Sent, Deferred: 452, dsn=5.1.1 alone, reject=550
    (doc) => [
      codeIn(doc, 2, 'Deferred: 452', '452', 'warning'),
      codeIn(doc, 3, 'dsn=5.1.1', '5.1.1', 'error'),
      codeIn(doc, 4, 'reject=550', '550', 'error'),
    ],
  ],
  [
    'mainlog', // Exim: C="250 ..." delivered, 451 deferred, 550 failed, a local reject without a code
    (doc) => [codeIn(doc, 2, '>: 451', '451', 'warning'), codeIn(doc, 3, '>: 550', '550', 'error')],
  ],
  [
    'session.smtp', // a transcript: the codes in the message body are data, not replies
    (doc) => [codeIn(doc, 11, 'S: 550', '550', 'error'), codeIn(doc, 13, 'S: 450', '450', 'warning')],
  ],
  [
    'app.log', // VS Code's Log language: SMTP lines among HTTP statuses, ports and PIDs
    (doc) => [codeIn(doc, 2, 'said: 535', '535', 'error'), codeIn(doc, 4, 'replied: 421', '421', 'warning')],
  ],
];

describe('diagnostics', () => {
  before(() => smtpApi());
  afterEach(closeAllEditors);

  for (const [file, expect] of fixtures) {
    it(`${file}: exactly the negative replies, at their codes, warning for 4xx and error for 5xx`, async () => {
      const { document } = await openFixture(file);
      const want = sortByPosition(expect(document));
      const got = await waitForDiagnosticCount(document.uri, want.length);
      assert.deepEqual(sortByPosition(got.map(summarize)), want);
      for (const d of got) {
        const transient = d.severity === vscode.DiagnosticSeverity.Warning;
        assert.ok(d.message.includes(transient ? expected.transient : expected.permanent), `message says what happens next: ${d.message}`);
        const code = summarize(d).code;
        assert.ok(d.message.startsWith(code), `message starts with the code ${code}: ${d.message}`);
      }
    });
  }

  it('mail.log: each problem\'s code is why it failed, and its message names the reason', async () => {
    const { document } = await openFixture('mail.log');
    const got = await waitForDiagnosticCount(document.uri, 4);
    const ordered = [...got].sort((a, b) => a.range.start.line - b.range.start.line);
    assert.deepEqual(ordered.map(reasonOf), ['greylisted', 'userunknown', 'authfailure', 'norelaying']);
    for (const d of ordered) assert.ok(d.message.includes(`[${reasonOf(d)}]`), d.message);
  });

  // The Problems panel's filter box cannot be typed into through the API. What it matches on can be read:
  // VS Code lists a problem when the filter text is in its message (a case-insensitive substring) or
  // matches its code. So each reason, by id or by its name in the display language, must pick out exactly
  // its own problems.
  it('mail.log: the Problems filter selects one reason, by its id or by its name in the display language', async () => {
    const names: Record<string, [en: string, id: string]> = {
      greylisted: ['Greylisted', 'Greylisting'],
      userunknown: ['Unknown recipient', 'Penerima tidak dikenal'],
      authfailure: ['SPF, DKIM or DMARC failure', 'Gagal SPF, DKIM atau DMARC'],
      norelaying: ['Relaying denied', 'Relay ditolak'],
    };
    const { document } = await openFixture('mail.log');
    const got = await waitForDiagnosticCount(document.uri, 4);
    const listed = (filter: string) => got.filter((d) => d.message.toLowerCase().includes(filter.toLowerCase()) || reasonOf(d).toLowerCase().includes(filter.toLowerCase()));
    for (const [reason, [en, id]] of Object.entries(names)) {
      const name = indonesian ? id : en;
      const mine = got.filter((d) => reasonOf(d) === reason);
      assert.equal(mine.length, 1, `one ${reason} problem in mail.log`);
      assert.ok(mine[0].message.includes(`${name} [${reason}]`), `the message names the reason "${name}": ${mine[0].message}`);
      assert.deepEqual(listed(reason), mine, `filter "${reason}" lists only the ${reason} problem`);
      assert.deepEqual(listed(name), mine, `filter "${name}" lists only the ${reason} problem`);
    }
  });

  it('notes.txt (plain text) gets no diagnostics, and does once plaintext is added to smtp.languages', async () => {
    const { document } = await openFixture('notes.txt');
    // Prove the server is up and publishing before concluding "none": mail.log gets its problems.
    const mail = await vscode.workspace.openTextDocument(fixtureUri('mail.log'));
    await vscode.window.showTextDocument(mail, { preview: false, preserveFocus: true, viewColumn: vscode.ViewColumn.Beside });
    await waitForDiagnosticCount(mail.uri, 4);
    assert.deepEqual(smtpDiagnostics(document.uri), [], 'plain text is not read by default');

    const restore = await withSetting('smtp', 'languages', ['plaintext']);
    try {
      const got = await waitForDiagnosticCount(document.uri, 2);
      assert.deepEqual(sortByPosition(got.map(summarize)), [
        codeIn(document, 1, 'answered 451', '451', 'warning'),
        codeIn(document, 2, 'said: 550', '550', 'error'),
      ]);
    } finally {
      await restore();
    }
    await waitForDiagnosticCount(document.uri, 0);
  });

  describe('severities follow the settings without a reload', () => {
    it('smtp.severity.transient = error makes the 451 an error; off removes it', async () => {
      const { document } = await openFixture('mail.log');
      const uri = document.uri;
      await waitForDiagnosticCount(uri, 4);
      const at451 = (ds: vscode.Diagnostic[]) => ds.find((d) => summarize(d).code === '451');

      let restore = await withSetting('smtp', 'severity.transient', 'error');
      try {
        const got = await waitForDiagnostics(uri, (ds) => at451(ds)?.severity === vscode.DiagnosticSeverity.Error, '451 as an error');
        assert.equal(got.length, 4);
        assert.ok(got.every((d) => d.severity === vscode.DiagnosticSeverity.Error), describeDiagnostics(got));
      } finally {
        await restore();
      }
      await waitForDiagnostics(uri, (ds) => at451(ds)?.severity === vscode.DiagnosticSeverity.Warning, '451 back to a warning');

      restore = await withSetting('smtp', 'severity.transient', 'off');
      try {
        const got = await waitForDiagnosticCount(uri, 3);
        assert.equal(at451(got), undefined);
      } finally {
        await restore();
      }
      await waitForDiagnosticCount(uri, 4);
    });

    it('smtp.severity.permanent = information turns the 5xx errors into information', async () => {
      const { document } = await openFixture('mail.log');
      await waitForDiagnosticCount(document.uri, 4);
      const restore = await withSetting('smtp', 'severity.permanent', 'information');
      try {
        const got = await waitForDiagnostics(
          document.uri,
          (ds) => ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Information).length === 3,
          'three 5xx problems as information',
        );
        assert.deepEqual(got.map(summarize).map((d) => d.severity).sort(), ['information', 'information', 'information', 'warning']);
      } finally {
        await restore();
      }
    });
  });

  it('smtp.maxProblems caps a long log and adds one summary problem with the count held back', async () => {
    const line = (i: number) =>
      `Nov 28 09:${String(i % 60).padStart(2, '0')}:00 mx1 postfix/smtp[9${i}]: 5D${i}: to=<u${i}@example.net>, relay=mx.example.net[192.0.2.20]:25, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.20] said: 550 5.1.1 unknown user (in reply to RCPT TO command))`;
    const lines = Array.from({ length: 30 }, (_, i) => line(i));
    const doc = await vscode.workspace.openTextDocument({ language: 'smtp-log', content: lines.join('\n') + '\n' });
    await vscode.window.showTextDocument(doc);
    await waitForDiagnosticCount(doc.uri, 30);

    const restore = await withSetting('smtp', 'maxProblems', 10);
    try {
      const got = await waitForDiagnosticCount(doc.uri, 11);
      const summary = got.filter((d) => summarize(d).code === 'smtp.maxProblems');
      assert.equal(summary.length, 1, 'one summary problem');
      assert.equal(summary[0].severity, vscode.DiagnosticSeverity.Information);
      assert.ok(summary[0].message.startsWith(expected.more(20, 10)), summary[0].message);
      const shown = got.filter((d) => summarize(d).code !== 'smtp.maxProblems').map(summarize);
      assert.deepEqual(
        shown.map((d) => d.line),
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        'the first ten problems of the file are the ones shown',
      );
    } finally {
      await restore();
    }
    await waitForDiagnosticCount(doc.uri, 30);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('a one-line edit updates the problems: a new deferral appears, a changed code follows the text', async () => {
    const { document } = await openFixture('mail.log');
    const uri = document.uri;
    await waitForDiagnosticCount(uri, 4);

    // Insert one Exim-style deferral line above the Gmail bounce (line 7).
    const inserted = 'Nov 28 09:00:05 mx1 postfix/smtp[2105]: 4B1C2D3E4F: to=<fred@example.net>, relay=mx.example.net[192.0.2.20]:25, dsn=4.2.2, status=deferred (host mx.example.net[192.0.2.20] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))\n';
    let edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(7, 0), inserted);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const afterInsert = await waitForDiagnosticCount(uri, 5);
    assert.deepEqual(
      sortByPosition(afterInsert.map(summarize)),
      [
        codeIn(document, 5, 'said: 451', '451', 'warning'),
        codeIn(document, 6, 'said: 550', '550', 'error'),
        codeIn(document, 7, 'said: 452', '452', 'warning'),
        codeIn(document, 8, 'said: 550', '550', 'error'), // the Gmail bounce moved down one line
        codeIn(document, 9, '[192.0.2.50]: 554', '554', 'error'),
      ],
    );

    // Change the 451 into a 421 on its line (one character).
    const col = codeIn(document, 5, 'said: 451', '451', 'warning').start;
    edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(5, col + 1, 5, col + 2), '2');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const afterChange = await waitForDiagnostics(uri, (ds) => ds.some((d) => summarize(d).code === '421'), 'the 421 problem');
    assert.equal(afterChange.length, 5);
    const d421 = afterChange.find((d) => summarize(d).code === '421');
    assert.deepEqual(summarize(d421!), { line: 5, start: col, end: col + 3, severity: 'warning', code: '421' });
    assert.ok(!afterChange.some((d) => summarize(d).code === '451'), 'the old 451 problem is gone');

    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForDiagnostics(uri, (ds) => ds.length === 4 && ds.some((d) => summarize(d).code === '451'), 'the reverted problems');
  });
});
