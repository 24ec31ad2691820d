// The basic reply code table and the localized names, checked for what a reader would notice: a code of
// RFC 5321 4.2.3 or of smtp-reply-codes.json with no entry, a text missing in English or Indonesian, two
// codes explained with the same words, wrong Indonesian headings, sentences copied from the source data.
// The source files come from the shared data folder (SMTP_SHARED_DATA, else ../shared/data): without it these
// checks fail under CI=true and are skipped loudly elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BasicCodeEntry, LocalizedText, ReplyClass } from '../../server/src/core/types';
import { BASIC_CODE, ENHANCED_CODE } from '../../server/src/core/codes';
import { basicCodes } from '../../server/src/core/data/basicCodes';
import {
  actorNames,
  basicCategoryNames,
  classLevelTexts,
  enhancedSubjectNames,
  phaseNames,
  replyClassNames,
  sectionHeadings,
} from '../../server/src/core/data/names';
import { requireShared, sharedData } from './support';

const rfcText = sharedData('rfc5321-sec4.2-reply-codes.txt');
const replyJson = sharedData('smtp-reply-codes.json');

interface JsonRow {
  code: string;
  text: string;
  source: string;
}

function readJsonRows(): JsonRow[] {
  const data = JSON.parse(readFileSync(replyJson, 'utf8')) as { basic_rfc5321: JsonRow[]; extensions: JsonRow[] };
  return [...data.basic_rfc5321, ...data.extensions];
}

/** The codes listed in section 4.2.3 (numeric order) of the RFC 5321 extract. */
function codesOfSection423(text: string): string[] {
  const start = text.indexOf('\n4.2.3.');
  const end = text.indexOf('\n4.2.4.', start);
  assert.ok(start >= 0 && end > start, 'the extract has sections 4.2.3 and 4.2.4');
  return [...text.slice(start, end).matchAll(/^ {3}([2-5]\d\d) {2}/gm)].map((m) => m[1]);
}

/** Every text of an entry, labelled, so a failure names the field. */
function textsOf(e: BasicCodeEntry): Array<[string, LocalizedText]> {
  return [
    [`${e.code} title`, e.title],
    [`${e.code} description`, e.description],
    [`${e.code} whenYouSeeIt`, e.whenYouSeeIt],
    [`${e.code} howToFix.sender`, e.howToFix.sender],
    [`${e.code} howToFix.receiver`, e.howToFix.receiver],
    [`${e.code} useWhen`, e.useWhen],
    ...e.related.map((r): [string, LocalizedText] => [`${e.code} related ${r.code}`, r.difference]),
  ];
}

const byCode = new Map(basicCodes.map((e) => [e.code, e]));

test('every code of RFC 5321 section 4.2.3 has an entry', (t) => {
  if (!requireShared(t, rfcText)) return;
  const codes = codesOfSection423(readFileSync(rfcText, 'utf8'));
  assert.ok(codes.length >= 20, `parsed only ${codes.length} codes from section 4.2.3: the extract changed shape`);
  const missing = codes.filter((c) => !byCode.has(c));
  assert.deepEqual(missing, [], `no entry for ${missing.join(', ')}`);
});

test('every code of smtp-reply-codes.json has an entry that cites the RFCs the row names', (t) => {
  if (!requireShared(t, replyJson)) return;
  const problems: string[] = [];
  for (const row of readJsonRows()) {
    const entry = byCode.get(row.code);
    if (!entry) {
      problems.push(`${row.code} (${row.source}): no entry`);
      continue;
    }
    const cited = new Set(entry.references.map((r) => r.document));
    for (const m of row.source.matchAll(/RFC (\d+)/g)) {
      if (!cited.has(`RFC ${m[1]}`)) problems.push(`${row.code}: the row names RFC ${m[1]} but the entry does not cite it`);
    }
  }
  assert.deepEqual(problems, []);
});

test('entries are unique, well-formed, and their related codes and enhanced codes make sense', () => {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const e of basicCodes) {
    if (!BASIC_CODE.test(e.code)) problems.push(`${e.code}: not a basic code`);
    if (seen.has(e.code)) problems.push(`${e.code}: defined twice`);
    seen.add(e.code);
    if (e.references.length === 0) problems.push(`${e.code}: no reference`);
    for (const r of e.references) {
      if (!r.url.startsWith('https://www.rfc-editor.org/rfc/rfc')) problems.push(`${e.code}: reference ${r.url} is not an rfc-editor.org link`);
    }
    for (const r of e.related) {
      if (r.code === e.code) problems.push(`${e.code}: related to itself`);
      if (!byCode.has(r.code)) problems.push(`${e.code}: related code ${r.code} has no entry`);
    }
    for (const x of e.typicalEnhanced) {
      if (!ENHANCED_CODE.test(x)) problems.push(`${e.code}: typical enhanced ${x} is not an enhanced code`);
      else if (x[0] !== e.code[0]) problems.push(`${e.code}: typical enhanced ${x} is of another class`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every text is written in English and in Indonesian', () => {
  const problems: string[] = [];
  for (const e of basicCodes) {
    for (const [where, text] of textsOf(e)) {
      if (typeof text.en !== 'string' || text.en.trim() === '') problems.push(`${where}: no English`);
      if (typeof text.id !== 'string' || text.id.trim() === '') problems.push(`${where}: no Indonesian`);
      else if (where.endsWith(' title') ? false : text.id === text.en) problems.push(`${where}: the Indonesian is the English text`);
    }
  }
  assert.deepEqual(problems, []);
});

test('no two codes share an explanation (catches a template with the title filled in)', () => {
  const problems: string[] = [];
  const fields = ['description', 'whenYouSeeIt', 'useWhen'] as const;
  for (const field of fields) {
    for (const lang of ['en', 'id'] as const) {
      const owner = new Map<string, string>();
      for (const e of basicCodes) {
        const text = (e[field][lang] ?? '').trim();
        const other = owner.get(text);
        if (other !== undefined) problems.push(`${field} (${lang}) of ${e.code} repeats ${other}`);
        owner.set(text, e.code);
      }
    }
  }
  for (const side of ['sender', 'receiver'] as const) {
    const owner = new Map<string, string>();
    for (const e of basicCodes) {
      const other = owner.get(e.howToFix[side].en);
      if (other !== undefined) problems.push(`howToFix.${side} of ${e.code} repeats ${other}`);
      owner.set(e.howToFix[side].en, e.code);
    }
  }
  assert.deepEqual(problems, []);
});

/** Lower-case words, punctuation dropped, so a copied sentence matches however it is quoted. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
}

const COPY_WINDOW = 9; // "longer than about 8 words"

test('no text copies a run of more than 8 words from the source list', (t) => {
  if (!requireShared(t, replyJson)) return;
  const windows = new Map<string, string>();
  for (const row of readJsonRows()) {
    const w = words(row.text);
    for (let i = 0; i + COPY_WINDOW <= w.length; i++) windows.set(w.slice(i, i + COPY_WINDOW).join(' '), row.code);
  }
  assert.ok(windows.size > 0, 'the source list has texts long enough to check');
  const problems: string[] = [];
  const all: Array<[string, LocalizedText]> = basicCodes.flatMap(textsOf);
  for (const [cls, texts] of Object.entries(classLevelTexts)) {
    all.push([`${cls} description`, texts.description], [`${cls} whenYouSeeIt`, texts.whenYouSeeIt]);
  }
  for (const [where, text] of all) {
    const padded = ` ${words(text.en).join(' ')} `;
    for (const [window, code] of windows) {
      if (padded.includes(` ${window} `)) problems.push(`${where} copies "${window}" from the row of ${code}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the Indonesian section headings are the agreed wording', () => {
  assert.equal(sectionHeadings.description.id, 'Deskripsi');
  assert.equal(sectionHeadings.whenYouSeeIt.id, 'Ketika Anda Melihatnya');
  assert.equal(sectionHeadings.howToFix.id, 'Cara Memperbaiki');
  assert.equal(sectionHeadings.keyDifferences.id, 'Perbedaan Utama');
  assert.equal(sectionHeadings.whenToUse.id, 'Kapan Menggunakan Yang Mana');
  for (const [key, text] of Object.entries(sectionHeadings)) {
    assert.ok(text.en.trim() && text.id?.trim(), `heading ${key} needs English and Indonesian`);
  }
});

test('every class, category, subject, actor and phase has a name in both languages', () => {
  const classes: ReplyClass[] = ['positive-completion', 'positive-intermediate', 'transient-negative', 'permanent-negative'];
  const problems: string[] = [];
  const check = (where: string, text: LocalizedText | undefined) => {
    if (!text?.en?.trim() || !text.id?.trim()) problems.push(`${where}: missing English or Indonesian`);
  };
  for (const cls of classes) {
    check(`class ${cls}`, replyClassNames[cls]);
    check(`class ${cls} title`, replyClassNames[cls].title);
    check(`class ${cls} delivery`, replyClassNames[cls].delivery);
    const cl = classLevelTexts[cls];
    for (const [field, text] of [
      ['description', cl.description],
      ['whenYouSeeIt', cl.whenYouSeeIt],
      ['howToFix.sender', cl.howToFix.sender],
      ['howToFix.receiver', cl.howToFix.receiver],
      ['useWhen', cl.useWhen],
    ] as const) {
      check(`class-level ${cls} ${field}`, text);
    }
  }
  for (const d of ['0', '1', '2', '3', '4', '5']) check(`category ${d}`, basicCategoryNames[d]);
  for (const s of ['0', '1', '2', '3', '4', '5', '6', '7']) check(`subject ${s}`, enhancedSubjectNames[s]);
  for (const [actor, text] of Object.entries(actorNames)) check(`actor ${actor}`, text);
  for (const [phase, text] of Object.entries(phaseNames)) check(`phase ${phase}`, text);
  // Every actor and phase an entry uses has a name (the record types force the rest).
  for (const e of basicCodes) {
    check(`${e.code} actor ${e.actor}`, actorNames[e.actor]);
    check(`${e.code} phase ${e.phase}`, phaseNames[e.phase]);
  }
  assert.deepEqual(problems, []);
});

test('the explanations of the pairs people confuse spell out the difference', () => {
  // The pairs named in the requirements; each must be covered from at least one side.
  const pairs: Array<[string, string]> = [
    ['450', '550'],
    ['451', '550'],
    ['451', '554'],
    ['452', '552'],
    ['421', '521'],
    ['530', '535'],
    ['530', '534'],
    ['534', '535'],
    ['220', '421'],
    ['220', '554'],
    ['251', '551'],
    ['550', '553'],
    ['550', '554'],
  ];
  const missing = pairs.filter(
    ([a, b]) => !byCode.get(a)?.related.some((r) => r.code === b) && !byCode.get(b)?.related.some((r) => r.code === a),
  );
  assert.deepEqual(missing, []);
  // 452 vs 552 must carry the RFC 5321 4.5.3.1.10 point, in both languages.
  const d = byCode.get('452')?.related.find((r) => r.code === '552')?.difference;
  assert.match(d?.en ?? '', /4\.5\.3\.1\.10/);
  assert.match(d?.id ?? '', /4\.5\.3\.1\.10/);
});
