// The shapes of reply codes and what their digits mean. Shared by the scanner, the knowledge base and the CLI.
import type { ReplyClass } from './types';

/** RFC 5321 4.2: first digit 2-5, second digit 0-5, third any. */
export const BASIC_CODE = /^[2-5][0-5][0-9]$/;
/** RFC 3463: class 2, 4 or 5; subject and detail of one to three digits, no leading zeros beyond "0". */
export const ENHANCED_CODE = /^[245]\.(?:0|[1-9][0-9]{0,2})\.(?:0|[1-9][0-9]{0,2})$/;

export interface CodeQuery {
  code: string | null;
  enhanced: string | null;
}

/**
 * Reads what a person types as a code: "451", "4.7.1", "451 4.7.1" (also "451-4.7.1", "X.7.1").
 * Returns undefined when the input is not a code of valid shape.
 */
export function parseCodeQuery(input: string): CodeQuery | undefined {
  const parts = input.trim().split(/[\s-]+/).filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 2) return undefined;
  let code: string | null = null;
  let enhanced: string | null = null;
  for (const raw of parts) {
    const p = raw.replace(/^[xX]\./, '5.');
    if (code === null && enhanced === null && BASIC_CODE.test(p)) code = p;
    else if (enhanced === null && ENHANCED_CODE.test(p)) enhanced = p;
    else return undefined;
  }
  if (code !== null && enhanced !== null && code[0] !== enhanced[0]) return undefined;
  return { code, enhanced };
}

/** The class of a basic ("451") or enhanced ("4.7.1") code, from its first digit. */
export function replyClassOf(code: string): ReplyClass {
  switch (code[0]) {
    case '2':
      return 'positive-completion';
    case '3':
      return 'positive-intermediate';
    case '4':
      return 'transient-negative';
    default:
      return 'permanent-negative';
  }
}

/** "4.7.1" -> "X.7.1", the registry's class-free key. */
export function enhancedKey(enhanced: string): string {
  return 'X' + enhanced.slice(enhanced.indexOf('.'));
}

export function isNegative(cls: ReplyClass): boolean {
  return cls === 'transient-negative' || cls === 'permanent-negative';
}
