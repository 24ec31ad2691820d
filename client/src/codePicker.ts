// The picker of the compare command: every known code with its title, filtered as you type, and any typed
// code of valid shape (459, 5.9.9) accepted even when no registry knows it.
import * as vscode from 'vscode';
import type { CodeListItem } from '../../server/src/protocol';
import { normalizeCode } from './codeQuery';

interface CodeItem extends vscode.QuickPickItem {
  /** The normalized code this item stands for; undefined for the "not a code" hint. */
  code?: string;
}

export interface PickCodeOptions {
  title: string;
  step: number;
  totalSteps: number;
  /** The other code of the pair, shown in the placeholder. */
  other?: string;
}

function listItems(list: CodeListItem[]): CodeItem[] {
  const items: CodeItem[] = [];
  const groups: Array<[CodeListItem['kind'], string]> = [
    ['basic', vscode.l10n.t('Reply codes')],
    ['enhanced', vscode.l10n.t('Enhanced status codes')],
  ];
  for (const [kind, label] of groups) {
    const codes = list.filter((c) => c.kind === kind && typeof c.code === 'string' && typeof c.title === 'string');
    if (codes.length === 0) continue;
    items.push({ label, kind: vscode.QuickPickItemKind.Separator });
    for (const c of codes) items.push({ label: c.code, description: c.title, code: c.code });
  }
  return items;
}

/** What the open picker asks (the extension's test API reads it); undefined when none is open. */
export interface OpenPicker {
  step: number;
  totalSteps: number;
  placeholder: string;
}

let openPicker: OpenPicker | undefined;

export function currentPicker(): OpenPicker | undefined {
  return openPicker;
}

/** Asks for one code; resolves to the normalized code, or undefined when the person cancels. */
export function pickCode(codes: Promise<CodeListItem[]>, options: PickCodeOptions): Promise<string | undefined> {
  const qp = vscode.window.createQuickPick<CodeItem>();
  qp.title = options.title;
  // "(1/2)" only when there are two questions; one question needs no counter.
  if (options.totalSteps > 1) {
    qp.step = options.step;
    qp.totalSteps = options.totalSteps;
  }
  qp.placeholder =
    options.other === undefined
      ? vscode.l10n.t('Type or pick a code, for example 451, 4.7.1 or 451 4.7.1')
      : vscode.l10n.t('Type or pick the code to compare with {0}', options.other);
  qp.matchOnDescription = true;
  qp.busy = true;
  let known: CodeItem[] = [];

  const refresh = () => {
    const typed = qp.value.trim();
    const code = typed === '' ? undefined : normalizeCode(typed);
    const extra: CodeItem[] = [];
    if (code !== undefined && !known.some((i) => i.code === code)) {
      extra.push({ label: code, description: vscode.l10n.t('Use this code'), code, alwaysShow: true });
    } else if (typed !== '' && code === undefined && !known.some((i) => i.label.toLowerCase().includes(typed.toLowerCase()) || i.description?.toLowerCase().includes(typed.toLowerCase()))) {
      extra.push({ label: typed.slice(0, 40), description: vscode.l10n.t('is not an SMTP code: type 3 digits (451) or class.subject.detail (4.7.1)'), alwaysShow: true });
    }
    qp.items = [...extra, ...known];
  };

  return new Promise<string | undefined>((resolve) => {
    let done = false;
    const finish = (value: string | undefined) => {
      if (done) return;
      done = true;
      openPicker = undefined;
      resolve(value);
      qp.dispose();
    };
    qp.onDidChangeValue(refresh);
    qp.onDidAccept(() => {
      const picked = qp.selectedItems[0] ?? qp.activeItems[0];
      const code = picked?.code ?? normalizeCode(qp.value);
      if (code !== undefined) finish(code);
    });
    qp.onDidHide(() => finish(undefined));
    codes.then(
      (list) => {
        known = listItems(list);
        qp.busy = false;
        refresh();
      },
      () => {
        qp.busy = false;
      },
    );
    refresh();
    openPicker = { step: options.step, totalSteps: options.totalSteps, placeholder: qp.placeholder ?? '' };
    qp.show();
  });
}
