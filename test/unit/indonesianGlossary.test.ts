// The Indonesian a user reads uses one term per concept: every Indonesian text of the knowledge base, of the
// explanations built from it and of the extension's own strings (l10n bundle, manifest) is checked against the
// glossary. A term on the left has its one Indonesian word on the right.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { basicCodes } from '../../server/src/core/data/basicCodes';
import { enhancedCodes1 } from '../../server/src/core/data/enhancedCodes1';
import { enhancedCodes2 } from '../../server/src/core/data/enhancedCodes2';
import * as names from '../../server/src/core/data/names';
import { providerUsages } from '../../server/src/core/data/providers';
import { explain, explainInput, listCodes } from '../../server/src/core/knowledgeBase';
import { actorName, heading, message } from '../../server/src/core/messages';

const root = resolve(__dirname, '../../..');

/** Every Indonesian string below `value` (the `id` of each LocalizedText), with where it stands. */
function indonesianTexts(value: unknown, where: string): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((v, i) => indonesianTexts(v, `${where}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string') return typeof record.id === 'string' ? [[where, record.id]] : [];
  return Object.entries(record).flatMap(([key, v]) => indonesianTexts(v, `${where}.${key}`));
}

function jsonValues(path: string): Array<[string, string]> {
  const data = JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, string>;
  return Object.entries(data).map(([key, value]) => [`${path} ${key}`, value]);
}

/** What an Indonesian reader sees: the tables, every explanation and compare message built from them, the UI strings. */
function everything(): Array<[string, string]> {
  const texts: Array<[string, string]> = [
    ...indonesianTexts(basicCodes, 'basicCodes'),
    ...indonesianTexts(enhancedCodes1, 'enhancedCodes1'),
    ...indonesianTexts(enhancedCodes2, 'enhancedCodes2'),
    ...indonesianTexts(providerUsages, 'providerUsages'),
    ...indonesianTexts({ ...names }, 'names'),
    ...jsonValues('l10n/bundle.l10n.id.json'),
    ...jsonValues('package.nls.id.json'),
  ];
  const codes = [...listCodes('id').map((c) => c.code), '459', '5.9.9', '5.7.606', '451 4.7.1', '550 5.7.1', '250 2.1.5'];
  for (const code of codes) {
    const e = explainInput(code, 'id');
    if (!e) continue;
    texts.push([`explain ${code}`, [e.title, e.delivery, e.description, e.whenYouSeeIt, e.howToFix.sender, e.howToFix.receiver, e.useWhen, e.actorTitle].join('\n')]);
  }
  texts.push(['compare.invalid', message('id', 'compare.invalid', 'x')], ['unregistered.enhanced', message('id', 'unregistered.enhanced', '5.9.9')]);
  return texts;
}

// [what the user must not read, the one term used instead]
const GLOSSARY: Array<[RegExp, string]> = [
  [/kode status tambahan/i, 'kode status yang diperluas (enhanced)'],
  [/\bserver penerima\b/i, 'server tujuan (penerima is the recipient)'],
  [/batas laju|pembatasan laju|membatasi laju|dibatasi laju|throttl/i, 'rate limit'],
  [/waktu habis/i, 'timeout'],
  [/whitelist/i, 'allowlist'],
  [/setel ulang/i, 'sesuaikan (setel ulang is "reset")'],
  [/kepada penulisnya/i, 'kepada pengirim aslinya'],
];

describe('Indonesian glossary', () => {
  const texts = everything();

  it('reaches the tables, the explanations and the UI strings', () => {
    assert.ok(texts.length > 1500, `${texts.length} texts`);
    assert.ok(texts.some(([where]) => where.startsWith('l10n/')) && texts.some(([where]) => where.startsWith('package.nls.id.json')));
  });

  for (const [forbidden, instead] of GLOSSARY) {
    it(`no "${forbidden.source}": the term is ${instead}`, () => {
      const hits = texts.filter(([, text]) => forbidden.test(text)).map(([where, text]) => `${where}: …${text.match(forbidden)?.[0]}…`);
      assert.deepEqual(hits, []);
    });
  }

  it('the terms as a user meets them: headings, who acts, a bounce, a bounce reason, a provider\'s rate limit', () => {
    assert.equal(heading('enhancedCode', 'id'), 'Kode status yang diperluas (enhanced)');
    assert.equal(actorName('receiving-server', 'id'), 'Server tujuan');
    assert.match(explain({ code: '550', enhanced: null }, 'id').delivery, /kepada pengirim aslinya sebagai bounce/);
    assert.equal(explain({ code: '550', enhanced: '5.7.1' }, 'id').bounceReasonTitle, 'pelanggaran keamanan (securityerror)');
    assert.equal(explain({ code: '550', enhanced: '5.1.1' }, 'id').bounceReasonTitle, 'penerima tidak dikenal (userunknown)');
    assert.equal(explain({ code: '550', enhanced: '5.1.1' }, 'en').bounceReasonTitle, 'recipient unknown (userunknown)');
    const yahoo = providerUsages.find((u) => u.code === 'TSS05');
    assert.equal(yahoo?.title.id, 'Ditunda: IP pengirim dikenai rate limit');
  });
});
