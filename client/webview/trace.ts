// The trace panel's script. DOM only: it renders the view the extension sends (a message's hops, its
// recipients with their fate, and a timeline of its lines) and reports clicks: a step reveals its line,
// "Full explanation" opens the reply's explanation, "Show only this message" opens its lines alone. Every
// text goes in with textContent; every message is checked on arrival; colours come from the theme.
import './trace.css';
import { fill, isToWebview, type FromWebview, type TraceStepView, type TraceStoryView, type TraceUiStrings, type TraceView } from '../src/trace/messages';
import { el, onMessage, vscodeApi } from './dom';

const vscode = vscodeApi<FromWebview, { view: TraceView }>();
const app = document.getElementById('app') as HTMLElement;

let strings: TraceUiStrings | undefined;
let view: TraceView | undefined;

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

const FATE_CLASS: Record<string, string> = {
  delivered: 'ok',
  forwarded: 'ok',
  deferred: 'transient',
  expired: 'permanent',
  bounced: 'permanent',
  rejected: 'permanent',
  pending: 'muted',
};

const CLASS_OF: Record<string, string> = {
  'positive-completion': 'ok',
  'positive-intermediate': 'ok',
  'transient-negative': 'transient',
  'permanent-negative': 'permanent',
};

function stepClass(step: TraceStepView): string {
  if (step.replyClass !== null) return CLASS_OF[step.replyClass];
  if (step.enhanced !== null) return step.enhanced.startsWith('2') ? 'ok' : step.enhanced.startsWith('4') ? 'transient' : 'permanent';
  return 'plain';
}

function storySection(story: TraceStoryView, s: TraceUiStrings, index: number): HTMLElement {
  const section = el('section', 'story');
  const head = el('header', 'story-head');
  const h2 = el('h2');
  story.hops.forEach((hop, k) => {
    if (k > 0) h2.append(el('span', 'arrow', ' → '));
    const id = el('span', `hop hop-${k % 4}`, hop.queueId);
    h2.append(id);
    if (hop.role !== 'origin') h2.append(el('span', 'role', ` (${hop.roleText})`));
  });
  if (story.hops.length === 0) h2.textContent = story.heading;
  head.append(h2);
  const only = el('button', 'secondary', s.showOnly);
  only.type = 'button';
  only.addEventListener('click', () => post({ type: 'showOnly', story: index }));
  head.append(only);
  section.append(head);

  const facts = el('dl', 'facts');
  for (const f of story.facts) facts.append(el('dt', undefined, f.label), el('dd', undefined, f.value));
  section.append(facts);
  if (story.queue !== null) section.append(el('p', 'queue', story.queue));

  section.append(el('h3', undefined, s.recipients));
  if (story.recipients.length === 0) section.append(el('p', 'muted', s.noRecipients));
  else {
    const list = el('ul', 'recipients');
    for (const r of story.recipients) {
      const li = el('li', `fate ${FATE_CLASS[r.fate] ?? 'muted'}`);
      if (r.notification) li.append(el('span', 'muted', `${story.notificationTo} `));
      li.append(el('span', 'address', r.address), el('span', 'fate-text', r.fateText));
      list.append(li);
    }
    section.append(list);
  }

  section.append(el('h3', undefined, s.timeline));
  const timeline = el('ol', 'timeline');
  story.steps.forEach((step, k) => timeline.append(stepItem(step, s, index, k)));
  section.append(timeline);
  if (story.moreSteps > 0) section.append(el('p', 'muted', fill(s.more, String(story.moreSteps))));
  return section;
}

function stepItem(step: TraceStepView, s: TraceUiStrings, story: number, index: number): HTMLElement {
  const li = el('li', `step ${stepClass(step)} ${step.hop >= 0 ? `hop-${step.hop % 4}` : 'session'}`);
  const main = el('button', 'step-main');
  main.type = 'button';
  main.title = fill(s.goToLine, String(step.line + 1));
  main.addEventListener('click', () => post({ type: 'reveal', story, step: index }));
  main.append(el('span', 'time', step.time ?? ''), el('span', 'qid', step.queueId ?? ''), el('span', 'label', step.label));
  const who = [step.recipient, step.relay].filter((x): x is string => x !== null && x !== '');
  if (who.length > 0) main.append(el('span', 'who', who.join(' · ')));
  main.append(el('span', 'line-no', `:${step.line + 1}`));
  li.append(main);
  const code = [step.code, step.enhanced].filter((c): c is string => c !== null).join(' ');
  if (code !== '') {
    const reply = el('div', 'reply');
    reply.append(el('span', 'code', code));
    if (step.title !== null) reply.append(el('span', 'title', step.title));
    const link = el('a', 'explain', fill(s.explain, code));
    link.href = '#';
    link.addEventListener('click', (e) => {
      e.preventDefault();
      post({ type: 'explain', story, step: index });
    });
    reply.append(link);
    li.append(reply);
  }
  if (step.text !== null && step.text !== '') li.append(el('div', 'text', step.text));
  return li;
}

function render(): void {
  if (!strings || !view) return;
  const s = strings;
  const v = view;
  app.replaceChildren();
  app.removeAttribute('aria-busy');
  const head = el('header', 'report-head');
  head.append(el('h1', undefined, `${s.heading}: ${v.key}`));
  const meta = el('p', 'meta');
  meta.append(el('span', 'source', v.source));
  head.append(meta);
  app.append(head);
  v.stories.forEach((story, i) => app.append(storySection(story, s, i)));
  if (v.more > 0) app.append(el('p', 'muted', fill(s.more, String(v.more))));
}

onMessage(isToWebview, (message) => {
  if (message.type === 'init') {
    strings = message.strings;
    document.documentElement.lang = message.locale;
  } else {
    view = message.view;
    vscode.setState({ view: message.view });
  }
  render();
});

post({ type: 'ready' });
