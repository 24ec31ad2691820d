// Guards package.json and the strings around it: what the manifest promises, the client registers and
// translates. Reads the sources as text (the client imports `vscode`, which does not load under node:test).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { MAX_PROBLEMS_LIMIT } from '../../server/src/core/validation';

const root = [join(__dirname, '../../..'), process.cwd()].find((d) => existsSync(join(d, 'package.json')) && existsSync(join(d, 'client/src')));
if (!root) throw new Error('manifest.test: cannot find the repository root (package.json next to client/src)');

const read = (p: string) => readFileSync(join(root, p), 'utf8');
const readJson = (p: string) => JSON.parse(read(p)) as Record<string, unknown>;

interface Command {
  command: string;
  title: string;
  category?: string;
}
interface MenuItem {
  command: string;
  when?: string;
}
interface Language {
  id: string;
  filenames?: string[];
  filenamePatterns?: string[];
  extensions?: string[];
  firstLine?: string;
  configuration?: string;
}
interface Manifest {
  engines: { vscode: string };
  icon: string;
  main: string;
  l10n: string;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean | string }; virtualWorkspaces: boolean };
  devDependencies: Record<string, string>;
  contributes: {
    commands: Command[];
    menus: Record<string, MenuItem[]>;
    languages: Language[];
    grammars: Array<{ language: string; scopeName: string; path: string }>;
    configuration: { title: string; properties: Record<string, Record<string, unknown>> };
    semanticTokenTypes: Array<{ id: string; description: string }>;
    semanticTokenScopes: Array<{ scopes: Record<string, string[]> }>;
    keybindings?: MenuItem[];
  };
}

const manifest = readJson('package.json') as unknown as Manifest;
const nlsEn = readJson('package.nls.json') as Record<string, string>;
const nlsId = readJson('package.nls.id.json') as Record<string, string>;
const bundleEn = readJson('l10n/bundle.l10n.json') as Record<string, string>;
const bundleId = readJson('l10n/bundle.l10n.id.json') as Record<string, string>;

function filesUnder(dir: string, suffix: string): string[] {
  const full = join(root!, dir);
  return readdirSync(full, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(suffix))
    .map((f) => relative(root!, join(full, f)));
}

/** Every string value anywhere in a JSON value. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

/** The ids of the commands in client/src/commands/index.ts's COMMANDS table, read from each command's file. */
function registeredCommandIds(): string[] {
  const index = read('client/src/commands/index.ts');
  const table = /COMMANDS[^=]*=\s*\[([^\]]*)\]/.exec(index);
  assert.ok(table, 'client/src/commands/index.ts has a COMMANDS table');
  assert.match(index, /registerCommand\(command\.id/, 'registerCommands registers every entry of the table');
  const names = table[1].split(',').map((s) => s.trim()).filter(Boolean);
  return names.map((name) => {
    const imp = new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*'\\./([\\w-]+)'`).exec(index);
    assert.ok(imp, `${name} is imported into commands/index.ts`);
    const source = read(`client/src/commands/${imp[1]}.ts`);
    const id = /\bid:\s*'([^']+)'/.exec(source);
    assert.ok(id, `client/src/commands/${imp[1]}.ts declares the command id`);
    return id[1];
  });
}

/** The literal first arguments of vscode.l10n.t in the client, and the calls without a literal. */
function l10nCalls(): { messages: Map<string, string>; dynamic: string[] } {
  const messages = new Map<string, string>();
  const dynamic: string[] = [];
  for (const file of filesUnder('client/src', '.ts')) {
    const source = read(file);
    for (const m of source.matchAll(/l10n\.t\(\s*(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|(.))/g)) {
      if (m[3] !== undefined) dynamic.push(`${file}: l10n.t(${m[3]}…`);
      else messages.set((m[1] ?? m[2]).replace(/\\(['"\\])/g, '$1'), file);
    }
  }
  return { messages, dynamic };
}

const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join(',');

/** VS Code's glob subset used in filenamePatterns: *, ?, [0-9]. */
function globToRegExp(glob: string): RegExp {
  const re = glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${re}$`);
}

function languageOf(fileName: string, firstLine = ''): string | undefined {
  for (const lang of manifest.contributes.languages) {
    if (lang.filenames?.includes(fileName)) return lang.id;
  }
  for (const lang of manifest.contributes.languages) {
    if (lang.filenamePatterns?.some((p) => globToRegExp(p).test(fileName))) return lang.id;
  }
  for (const lang of manifest.contributes.languages) {
    if (lang.extensions?.some((e) => fileName.endsWith(e))) return lang.id;
  }
  for (const lang of manifest.contributes.languages) {
    if (lang.firstLine && new RegExp(lang.firstLine).test(firstLine)) return lang.id;
  }
  return undefined;
}

describe('package.json: commands', () => {
  it('registers every contributed command, and contributes every registered one', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(registeredCommandIds().sort(), contributed);
  });

  it('activates the commands from extension.ts', () => {
    assert.match(read('client/src/extension.ts'), /registerCommands\(/);
  });

  it('puts every command in the SMTP category with a localized title', () => {
    for (const c of manifest.contributes.commands) {
      assert.match(c.title, /^%[\w.]+%$/, `${c.command} title is a %key%`);
      assert.equal(c.category, '%command.category%', `${c.command} category`);
    }
    assert.equal(nlsEn['command.category'], 'SMTP');
    assert.equal(nlsEn['command.compare'], 'Compare SMTP codes');
  });

  it('names only contributed commands in menus', () => {
    const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items) assert.ok(contributed.has(item.command), `${menu}: ${item.command} is contributed`);
    }
  });

  it('offers compare in the editor context menu only on a code, and hides copyExplanation from the palette', () => {
    const context = manifest.contributes.menus['editor/context'].find((m) => m.command === 'smtp.compare');
    assert.ok(context?.when?.includes('smtp.cursorOnCode'), 'editor/context compare needs smtp.cursorOnCode');
    const hidden = manifest.contributes.menus.commandPalette.find((m) => m.command === 'smtp.copyExplanation');
    assert.equal(hidden?.when, 'false');
    assert.match(read('client/src/cursorOnCode.ts'), /'smtp\.cursorOnCode'/, 'the client sets the context key');
  });

  it('names our languages in every when clause (except "false", which hides a command)', () => {
    // Menus on a file (the explorer) test the file's language; every other menu, the editor's.
    const onFiles = (menu: string) => menu.startsWith('explorer/');
    const clauses = Object.entries(manifest.contributes.menus)
      .filter(([menu]) => !onFiles(menu))
      .flatMap(([, items]) => items)
      .concat(manifest.contributes.keybindings ?? [])
      .map((m) => m.when)
      .filter((w): w is string => w !== undefined && w !== 'false');
    assert.ok(clauses.length >= 3, 'menus carry when clauses');
    for (const when of clauses) {
      assert.match(when, /editorLangId == smtp-log/, when);
      assert.match(when, /editorLangId == smtp-transcript/, when);
    }
    const fileClauses = Object.entries(manifest.contributes.menus)
      .filter(([menu]) => onFiles(menu))
      .flatMap(([, items]) => items.map((m) => m.when ?? ''));
    for (const when of fileClauses) {
      assert.match(when, /resourceLangId == smtp-log/, when);
      assert.match(when, /resourceLangId == smtp-transcript/, when);
      assert.match(when, /!explorerResourceIsFolder/, when);
    }
  });

  it('offers "Summarize mail log" everywhere in the palette and on log files in the explorer, gzip rotations included', () => {
    assert.equal(nlsEn['command.summarize'], 'Summarize mail log');
    assert.equal(manifest.contributes.menus.commandPalette.find((m) => m.command === 'smtp.summarize'), undefined, 'no when clause hides it from the palette');
    const explorer = manifest.contributes.menus['explorer/context']?.find((m) => m.command === 'smtp.summarize');
    assert.ok(explorer?.when, 'explorer/context has smtp.summarize');
    const gz = /resourceFilename =~ \/(.*)\/\)?$/.exec(explorer.when);
    assert.ok(gz, explorer.when);
    const pattern = new RegExp(gz[1]);
    for (const name of ['mail.log.2.gz', 'maillog-20261128.gz', 'mainlog.1.gz', 'mail.log.gz']) assert.match(name, pattern);
    for (const name of ['access.log.2.gz', 'mail.log.2', 'backup.tar.gz']) assert.doesNotMatch(name, pattern);
  });
});

describe('package.json: localized strings', () => {
  const keys = strings(manifest).flatMap((s) => [...s.matchAll(/^%([\w.-]+)%$/g)].map((m) => m[1]));

  it('uses %keys% for the manifest strings', () => {
    assert.ok(keys.length >= 20, `found ${keys.length} keys`);
  });

  it('has an English and an Indonesian string for every %key%', () => {
    for (const key of keys) {
      assert.ok(nlsEn[key]?.trim(), `package.nls.json has ${key}`);
      assert.ok(nlsId[key]?.trim(), `package.nls.id.json has ${key}`);
    }
  });

  it('has no string in the nls files that the manifest does not use', () => {
    const used = new Set(keys);
    assert.deepEqual(Object.keys(nlsEn).filter((k) => !used.has(k)), []);
    assert.deepEqual(Object.keys(nlsId).filter((k) => !used.has(k)), []);
  });

  it('translates into Indonesian rather than copying the English', () => {
    const same = Object.keys(nlsEn).filter((k) => nlsId[k] === nlsEn[k]);
    assert.deepEqual(same, ['command.category'], 'only "SMTP" reads the same in both');
    assert.equal(nlsId['command.compare'], 'Bandingkan kode SMTP');
  });

  it('describes every setting', () => {
    for (const [name, schema] of Object.entries(manifest.contributes.configuration.properties)) {
      const d = schema.markdownDescription ?? schema.description;
      assert.ok(typeof d === 'string' && /^%[\w.]+%$/.test(d), `${name} has a localized description`);
    }
  });
});

describe('client: vscode.l10n.t strings', () => {
  const { messages, dynamic } = l10nCalls();

  it('passes a string literal to every l10n.t call', () => {
    assert.deepEqual(dynamic, []);
    assert.ok(messages.size >= 20, `found ${messages.size} messages`);
  });

  it('has an Indonesian translation (and an English entry) for every string', () => {
    for (const [message, file] of messages) {
      assert.ok(bundleId[message]?.trim(), `l10n/bundle.l10n.id.json translates "${message}" (${file})`);
      assert.equal(bundleEn[message], message, `l10n/bundle.l10n.json lists "${message}"`);
    }
  });

  it('keeps the placeholders of every message in its translation', () => {
    for (const [message, translated] of Object.entries(bundleId)) {
      assert.equal(placeholders(translated), placeholders(message), `"${message}" -> "${translated}"`);
    }
  });

  it('keeps no stale entries in the bundles', () => {
    assert.deepEqual(Object.keys(bundleEn).filter((k) => !messages.has(k)), []);
    assert.deepEqual(Object.keys(bundleId).filter((k) => !messages.has(k)), []);
  });

  it('translates into Indonesian rather than copying the English', () => {
    const same = Object.keys(bundleId).filter((k) => bundleId[k] === k);
    assert.deepEqual(same.sort(), ['SMTP', '{0} vs {1}']);
    assert.equal(bundleId['SMTP: {0} transient, {1} permanent'], 'SMTP: {0} sementara, {1} permanen');
  });
});

describe('package.json: languages and grammars', () => {
  it('opens mail server logs as SMTP Log, rotated copies included', () => {
    for (const name of ['maillog', 'mail.log', 'mail.err', 'mail.warn', 'mail.info', 'mainlog', 'rejectlog', 'paniclog', 'x.maillog', 'mail.log.1', 'maillog-20261128', 'maillog.2', 'mainlog.1', 'mainlog-20261128', 'mail.log-20261128']) {
      assert.equal(languageOf(name), 'smtp-log', name);
    }
  });

  it('does not claim other .log files or look-alike names', () => {
    for (const name of ['app.log', 'server.log', 'mail.logger', 'mail.log.bak', 'mainlogs', 'maillogger.ts']) {
      assert.equal(languageOf(name), undefined, name);
    }
  });

  it('opens .smtp files and 220 greetings as SMTP Transcript', () => {
    assert.equal(languageOf('session.smtp'), 'smtp-transcript');
    for (const line of ['220 mx.example.net ESMTP ready', 'S: 220 mx.example.net ESMTP', '<-  220 mx.example.net ESMTP', '220-mx.example.net']) {
      assert.equal(languageOf('untitled', line), 'smtp-transcript', line);
    }
    for (const line of ['2026-11-28 09:00:01 1tQ4aB-000Abc-1X <= a@b', 'Nov 28 06:25:01 mx1 postfix/smtpd[1]: x', '2200 lines', 'C: EHLO x']) {
      assert.equal(languageOf('untitled', line), undefined, line);
    }
  });

  it('points every grammar and language configuration at a file that parses', () => {
    const scopes = new Set<string>();
    for (const g of manifest.contributes.grammars) {
      const grammar = readJson(g.path.replace(/^\.\//, ''));
      assert.equal(grammar.scopeName, g.scopeName, g.path);
      scopes.add(g.scopeName);
    }
    for (const lang of manifest.contributes.languages) {
      assert.ok(manifest.contributes.grammars.some((g) => g.language === lang.id), `${lang.id} has a grammar`);
      assert.ok(lang.configuration && existsSync(join(root!, lang.configuration)), `${lang.id} has a language configuration`);
    }
    // The transcript grammar borrows rules from the log grammar by scope name.
    for (const include of strings(readJson('syntaxes/smtp-transcript.tmLanguage.json')).filter((s) => /^[a-z]+\.[\w-]+#/.test(s))) {
      assert.ok(scopes.has(include.split('#')[0]), `${include} names a contributed grammar`);
    }
  });

  it('colours semantic tokens with the same scopes as the grammar', () => {
    const grammar = read('syntaxes/smtp-log.tmLanguage.json');
    const scopes = manifest.contributes.semanticTokenScopes[0].scopes;
    assert.deepEqual(Object.keys(scopes).sort(), manifest.contributes.semanticTokenTypes.map((t) => t.id).sort());
    for (const [type, [scope]] of Object.entries(scopes)) assert.ok(grammar.includes(`"${scope}"`), `${type} -> ${scope} is a grammar scope`);
  });
});

describe('package.json: settings, activation, packaging', () => {
  const props = manifest.contributes.configuration.properties;

  it('has the settings the server reads, with its defaults', () => {
    assert.deepEqual(props['smtp.languages'].default, []);
    assert.equal(props['smtp.severity.transient'].default, 'warning');
    assert.equal(props['smtp.severity.permanent'].default, 'error');
    assert.deepEqual(props['smtp.severity.transient'].enum, ['off', 'hint', 'information', 'warning', 'error']);
    assert.equal(props['smtp.maxProblems'].default, 1000);
    assert.equal(props['smtp.maxProblems'].maximum, MAX_PROBLEMS_LIMIT, 'the same cap as the server');
    assert.equal(props['smtp.inlayHints.enabled'].default, false);
    assert.deepEqual(props['smtp.trace.server'].enum, ['off', 'messages', 'verbose']);
  });

  it('activates for the Log language and the compare and summary panels, and supports untrusted and virtual workspaces', () => {
    assert.ok(manifest.activationEvents.includes('onLanguage:log'));
    assert.ok(manifest.activationEvents.includes('onWebviewPanel:smtp.compare'));
    assert.ok(manifest.activationEvents.includes('onWebviewPanel:smtp.summary'));
    assert.match(read('client/src/summary/summaryPanel.ts'), /viewType = 'smtp\.summary'/);
    assert.match(read('client/src/extension.ts'), /registerWebviewPanelSerializer\(SummaryPanel\.viewType/);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
    assert.match(read('client/src/compare/comparePanel.ts'), /viewType = 'smtp\.compare'/);
  });

  it('targets the VS Code version of @types/vscode', () => {
    assert.equal(manifest.engines.vscode, manifest.devDependencies['@types/vscode']);
  });

  it('has a 128x128 PNG icon and an l10n folder', () => {
    const png = readFileSync(join(root!, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 128);
    assert.equal(manifest.l10n, './l10n');
  });

  it('ships only what the extension reads (.vscodeignore is an allowlist)', () => {
    const lines = read('.vscodeignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    assert.equal(lines[0], '**', 'starts by leaving everything out');
    const allowed = lines.filter((l) => l.startsWith('!'));
    assert.deepEqual(
      allowed.sort(),
      [
        '!CHANGELOG.md',
        '!LICENSE',
        '!README.md',
        '!dist/client.js',
        '!dist/server.js',
        '!dist/webview/*.css',
        '!dist/webview/*.js',
        '!l10n/**',
        '!media/*.png',
        '!package.nls*.json',
        '!syntaxes/**',
      ].sort(),
    );
    assert.deepEqual(lines.filter((l) => !l.startsWith('!') && l !== '**'), [], 'no exclusions after the allowlist: vsce would ignore their order');
  });
});
