// Which documents the extension serves, and in which language it talks to the user.
import * as vscode from 'vscode';
import type { Locale } from '../../server/src/core/types';

/** The languages this extension contributes. */
export const SMTP_LANGUAGES = ['smtp-log', 'smtp-transcript'] as const;

/** VS Code's own Log language: plain `.log` files often hold SMTP lines. */
export const BUILTIN_LOG_LANGUAGE = 'log';

/**
 * Schemes of documents a person opened. `log` (and any language a user adds) is also the language of output
 * channels (scheme `output`), which must never be sent to the server: our own trace would feed itself.
 */
const DOCUMENT_SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-userdata'];

const LANGUAGE_ID = /^[\w.+-]{1,64}$/;

let extraCache: string[] | undefined;

/** Forgets the cached `smtp.languages` (call when the setting changes). */
export function refreshLanguageSettings(): void {
  extraCache = undefined;
}

/** Language ids from `smtp.languages`, validated and without our own; cached, as it is read on every cursor move. */
export function extraLanguages(): string[] {
  extraCache ??= readExtraLanguages();
  return extraCache;
}

function readExtraLanguages(): string[] {
  const raw = vscode.workspace.getConfiguration('smtp').get<unknown>('languages', []);
  if (!Array.isArray(raw)) return [];
  const own = new Set<string>([...SMTP_LANGUAGES, BUILTIN_LOG_LANGUAGE]);
  const out: string[] = [];
  for (const id of raw) {
    if (typeof id === 'string' && LANGUAGE_ID.test(id) && !own.has(id) && !out.includes(id)) out.push(id);
  }
  return out;
}

/** Every language id the language server reads: ours, `log`, and the user's extra ones. */
export function servedLanguages(): string[] {
  return [...SMTP_LANGUAGES, BUILTIN_LOG_LANGUAGE, ...extraLanguages()];
}

/** A filter both VS Code and the language client accept. */
export interface LanguageFilter {
  language: string;
  scheme?: string;
}

/** The document selector of the language client and the status item. */
export function documentSelector(): LanguageFilter[] {
  const selector: LanguageFilter[] = SMTP_LANGUAGES.map((language) => ({ language }));
  for (const language of [BUILTIN_LOG_LANGUAGE, ...extraLanguages()]) {
    for (const scheme of DOCUMENT_SCHEMES) selector.push({ language, scheme });
  }
  return selector;
}

/** True when the language server reads this document. */
export function isServed(document: vscode.TextDocument): boolean {
  if ((SMTP_LANGUAGES as readonly string[]).includes(document.languageId)) return true;
  return servedLanguages().includes(document.languageId) && DOCUMENT_SCHEMES.includes(document.uri.scheme);
}

/** The display language of VS Code as the server and the core know it: Indonesian or English. */
export function displayLocale(): Locale {
  return vscode.env.language.toLowerCase().split('-')[0] === 'id' ? 'id' : 'en';
}
