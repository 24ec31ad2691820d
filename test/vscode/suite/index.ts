// Entry point loaded by the extension host (extensionTestsPath): runs every *.test.js beside it with mocha
// and writes {passed, failed} to $SMTP_TEST_RESULTS for the tier runner, after every test, so a run that is
// cut short by the tier's time limit still reports what it did. Failures are printed as they happen.
import Mocha from 'mocha';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const only = process.env.SMTP_VSCODE_GREP;
  if (only) mocha.grep(new RegExp(only)); // a regular expression: SMTP_VSCODE_GREP='hover|compare'
  for (const f of readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(join(__dirname, f));
  const results = process.env.SMTP_TEST_RESULTS;
  let passed = 0;
  let failed = 0;
  const write = () => {
    if (results) writeFileSync(results, JSON.stringify({ passed, failed }));
  };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      write();
      if (failures > 0) reject(new Error(`${failures} extension-host tests failed`));
      else resolve();
    });
    runner.on('pass', () => {
      passed++;
      write();
    });
    runner.on('fail', (test, err: unknown) => {
      failed++;
      write();
      const message = err instanceof Error ? err.message : String(err);
      console.log(`  FAILED: ${test.fullTitle()}\n    ${message.split('\n').join('\n    ')}`);
    });
  });
}
