// The checks both panels' message guards are built from (compare/messages.ts, summary/messages.ts). Pure: no
// `vscode`, no DOM, so the extension and the webview scripts compile them alike.
import type { Locale, ReplyClass } from '../../server/src/core/types';

export type Obj = Record<string, unknown>;

/** A plain object (not null, not an array). */
export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isStr(v: unknown): v is string {
  return typeof v === 'string';
}

export function isStrOrNull(v: unknown): v is string | null {
  return v === null || typeof v === 'string';
}

/** A guard for strings of at most `max` UTF-16 units (one argument, so it can be handed to `every`). */
export function textUpTo(max: number): (v: unknown) => v is string {
  return (v: unknown): v is string => typeof v === 'string' && v.length <= max;
}

/** A count: a non-negative safe integer. */
export function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

/** An array of at most `max` items, each passing `guard`. */
export function isListOf<T>(v: unknown, max: number, guard: (x: unknown) => x is T): v is T[] {
  return Array.isArray(v) && v.length <= max && v.every(guard);
}

const REPLY_CLASSES: ReadonlySet<string> = new Set<ReplyClass>(['positive-completion', 'positive-intermediate', 'transient-negative', 'permanent-negative']);

export function isReplyClass(v: unknown): v is ReplyClass {
  return typeof v === 'string' && REPLY_CLASSES.has(v);
}

/** A locale the panels are translated into. */
export function isLocale(v: unknown): v is Locale {
  return v === 'en' || v === 'id';
}

/** `guard`, or null. */
export function orNull<T>(guard: (v: unknown) => v is T): (v: unknown) => v is T | null {
  return (v: unknown): v is T | null => v === null || guard(v);
}

/** A plain object whose fields `keys` all pass `guard` (a panel's UI strings). */
export function hasFields<T>(v: unknown, keys: ReadonlyArray<keyof T>, guard: (x: unknown) => boolean): v is T {
  return isObj(v) && keys.every((k) => guard(v[k as string]));
}

/**
 * A guard for messages `{ type, ... }`: the message is a plain object, its `type` is one of the cases' own names
 * (never an inherited one such as "constructor"), and that case's check passes for it.
 */
export function messageGuard<T extends { type: string }>(cases: { [K in T['type']]: (m: Obj) => boolean }): (v: unknown) => v is T {
  const checks: Record<string, (m: Obj) => boolean> = cases;
  return (v: unknown): v is T => isObj(v) && typeof v.type === 'string' && Object.hasOwn(checks, v.type) && checks[v.type](v);
}
