// The compare panel's script. DOM only: it renders the model the extension sends and reports what the person
// does. Every text goes in with textContent; every message is checked on arrival.
import './compare.css';
import { normalizeCode } from '../src/codeQuery';
import {
  isPanelState,
  isReferenceUrl,
  isToWebview,
  MAX_CODE_INPUT,
  type CompareUiStrings,
  type ComparePanelState,
  type FromWebview,
  type ToWebview,
} from '../src/compare/messages';
import type { Comparison, Explanation } from '../../server/src/core/types';
import { el, onMessage, vscodeApi } from './dom';

const vscode = vscodeApi<FromWebview, ComparePanelState>();
const app = document.getElementById('app') as HTMLElement;

let strings: CompareUiStrings | undefined;
let form: { a: HTMLInputElement; b: HTMLInputElement; alert: HTMLElement; status: HTMLElement } | undefined;
let content: HTMLElement | undefined;

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

function codeInput(id: string, label: string, value: string): { wrapper: HTMLElement; input: HTMLInputElement } {
  const wrapper = el('div', 'field');
  const labelEl = el('label', undefined, label);
  labelEl.htmlFor = id;
  const input = el('input');
  input.id = id;
  input.type = 'text';
  input.value = value;
  input.maxLength = MAX_CODE_INPUT;
  input.spellcheck = false;
  input.autocomplete = 'off';
  input.setAttribute('aria-describedby', 'code-alert');
  input.addEventListener('input', () => input.removeAttribute('aria-invalid'));
  wrapper.append(labelEl, input);
  return { wrapper, input };
}

/** The controls: two code inputs, swap, compare, copy. Built once, when the strings arrive. */
function buildShell(s: CompareUiStrings, a: string, b: string): void {
  app.replaceChildren();
  const controls = el('form', 'controls');
  controls.noValidate = true;
  const first = codeInput('code-a', s.firstCode, a);
  const second = codeInput('code-b', s.secondCode, b);
  const swap = el('button', 'secondary', s.swap);
  swap.type = 'button';
  swap.title = s.swapLabel;
  swap.setAttribute('aria-label', s.swapLabel);
  const compare = el('button', 'primary', s.compare);
  compare.type = 'submit';
  const copy = el('button', 'secondary', s.copyMarkdown);
  copy.type = 'button';
  copy.id = 'copy-markdown';
  controls.append(first.wrapper, swap, second.wrapper, compare, copy);

  const alert = el('p', 'alert');
  alert.id = 'code-alert';
  alert.setAttribute('role', 'alert');
  const status = el('p', 'status');
  status.setAttribute('role', 'status');

  content = el('div', 'content');
  content.setAttribute('aria-live', 'polite');
  if (a && b) content.append(el('p', 'loading', s.loading));
  app.append(controls, alert, status, content);
  form = { a: first.input, b: second.input, alert, status };

  controls.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(first.input.value, second.input.value);
  });
  swap.addEventListener('click', () => {
    const [x, y] = [second.input.value, first.input.value];
    first.input.value = x;
    second.input.value = y;
    submit(x, y);
  });
  copy.addEventListener('click', () => post({ type: 'copyMarkdown' }));
}

/** Checks both inputs here first; the extension checks again. */
function submit(rawA: string, rawB: string): void {
  if (!form || !strings) return;
  const a = normalizeCode(rawA);
  const b = normalizeCode(rawB);
  form.a.toggleAttribute('aria-invalid', a === undefined);
  form.b.toggleAttribute('aria-invalid', b === undefined);
  if (a === undefined || b === undefined) {
    form.alert.textContent = strings.invalidCode;
    (a === undefined ? form.a : form.b).focus();
    return;
  }
  form.alert.textContent = '';
  form.status.textContent = '';
  post({ type: 'compare', a, b });
}

function paragraph(text: string, className?: string): HTMLParagraphElement {
  return el('p', className, text);
}

function referenceList(e: Explanation, s: CompareUiStrings): HTMLElement {
  if (e.references.length === 0) return paragraph(s.noReferences, 'muted');
  const list = el('ul', 'references');
  for (const r of e.references) {
    const item = el('li');
    const title = r.section ? `${r.document} §${r.section}` : r.document;
    if (isReferenceUrl(r.url)) {
      const a = el('a', undefined, title);
      a.href = r.url;
      a.title = `${r.url} (${s.openInBrowser})`;
      a.addEventListener('click', (event) => {
        event.preventDefault();
        post({ type: 'openReference', url: r.url });
      });
      item.append(a);
    } else {
      item.textContent = title;
    }
    list.append(item);
  }
  return list;
}

function codeCard(e: Explanation, c: Comparison, s: CompareUiStrings, side: 'a' | 'b'): HTMLElement {
  const h = c.headings;
  const card = el('article', `code-card ${e.replyClass}`);
  const headingId = `code-${side}-title`;
  card.setAttribute('aria-labelledby', headingId);

  const head = el('header');
  const title = el('h2');
  title.id = headingId;
  title.append(el('span', 'code', e.label), el('span', 'title', e.title));
  head.append(title, el('span', 'class-badge', e.classTitle));
  card.append(head, paragraph(e.delivery, 'delivery'));

  const facts = el('dl', 'facts');
  const category = [e.category, e.subject, e.detail].filter((x): x is string => x !== null && x !== '');
  if (category.length > 0) facts.append(el('dt', undefined, h.category), el('dd', undefined, category.join(' · ')));
  if (facts.childElementCount > 0) card.append(facts);
  if (!e.registered) card.append(paragraph(s.notRegistered, 'note'));

  card.append(el('h3', undefined, h.description), paragraph(e.description));
  card.append(el('h3', undefined, h.whenYouSeeIt), paragraph(e.whenYouSeeIt));
  card.append(el('h3', undefined, h.howToFix));
  const fix = el('dl', 'fix');
  fix.append(el('dt', undefined, s.sender), el('dd', undefined, e.howToFix.sender));
  fix.append(el('dt', undefined, s.receiver), el('dd', undefined, e.howToFix.receiver));
  card.append(fix);
  return card;
}

function differencesTable(c: Comparison, s: CompareUiStrings): HTMLElement {
  const table = el('table', 'differences');
  const head = el('thead');
  const headRow = el('tr');
  for (const text of [s.aspect, c.a.label, c.b.label]) {
    const th = el('th', undefined, text);
    th.scope = 'col';
    headRow.append(th);
  }
  head.append(headRow);
  const body = el('tbody');
  for (const r of c.keyDifferences) {
    const tr = el('tr', r.same ? 'same' : 'differs');
    const th = el('th', undefined, r.aspect);
    th.scope = 'row';
    const marker = el('span', 'visually-hidden', ` (${r.same ? s.same : s.differs})`);
    th.append(marker);
    tr.append(th, el('td', undefined, r.a), el('td', undefined, r.b));
    body.append(tr);
  }
  table.append(head, body);
  return table;
}

function section(title: string, ...children: HTMLElement[]): HTMLElement {
  const sec = el('section');
  sec.append(el('h2', undefined, title), ...children);
  return sec;
}

function twoColumns(left: HTMLElement[], right: HTMLElement[]): HTMLElement {
  const grid = el('div', 'columns');
  const l = el('div');
  const r = el('div');
  l.append(...left);
  r.append(...right);
  grid.append(l, r);
  return grid;
}

function renderComparison(c: Comparison): void {
  if (!content || !strings) return;
  const s = strings;
  const h = c.headings;
  const summary = el('section', 'summary');
  summary.setAttribute('aria-label', h.summary);
  summary.append(paragraph(c.summary));

  const cards = el('div', 'cards');
  cards.append(codeCard(c.a, c, s, 'a'), codeCard(c.b, c, s, 'b'));

  const differences = section(h.keyDifferences, differencesTable(c, s));
  if (c.notes.length > 0) {
    const notes = el('ul', 'notes');
    for (const n of c.notes) notes.append(el('li', undefined, n));
    differences.append(el('h3', undefined, s.notes), notes);
  }

  const whenToUse = section(
    h.whenToUse,
    twoColumns([el('h3', 'code', c.a.label), paragraph(c.whenToUse.a)], [el('h3', 'code', c.b.label), paragraph(c.whenToUse.b)]),
  );
  const references = section(
    h.references,
    twoColumns([el('h3', 'code', c.a.label), referenceList(c.a, s)], [el('h3', 'code', c.b.label), referenceList(c.b, s)]),
  );
  content.replaceChildren(summary, cards, differences, whenToUse, references);
  app.removeAttribute('aria-busy');
}

function setCodes(a: string, b: string): void {
  if (!form) return;
  form.a.value = a;
  form.b.value = b;
  form.a.removeAttribute('aria-invalid');
  form.b.removeAttribute('aria-invalid');
}

function receive(message: ToWebview): void {
  switch (message.type) {
    case 'init': {
      strings = message.strings;
      const saved = vscode.getState();
      const a = message.a || (isPanelState(saved) ? saved.a : '');
      const b = message.b || (isPanelState(saved) ? saved.b : '');
      buildShell(message.strings, a, b);
      // Kept at once, so a reload right now restores these codes even before their comparison arrives.
      if (a && b) vscode.setState({ a, b });
      return;
    }
    case 'comparison':
      setCodes(message.a, message.b);
      if (form) form.alert.textContent = '';
      vscode.setState({ a: message.a, b: message.b });
      renderComparison(message.comparison);
      return;
    case 'error':
      if (form) form.alert.textContent = message.message;
      content?.querySelector('.loading')?.remove();
      app.removeAttribute('aria-busy');
      return;
    case 'copied':
      if (form && strings) form.status.textContent = strings.copied;
      return;
  }
}

onMessage(isToWebview, receive);

post({ type: 'ready' });
