// Entry point loaded by the extension host (extensionTestsPath): runs every *.test.js beside it with mocha
// and writes {passed, failed} to $SMTP_TEST_RESULTS for the tier runner.
import Mocha from 'mocha';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const only = process.env.SMTP_VSCODE_GREP;
  if (only) mocha.grep(only);
  for (const f of readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures };
      const results = process.env.SMTP_TEST_RESULTS;
      if (results) writeFileSync(results, JSON.stringify({ passed: stats.passes, failed: stats.failures }));
      if (failures > 0) reject(new Error(`${failures} extension-host tests failed`));
      else resolve();
    });
  });
}
