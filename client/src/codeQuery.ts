// Codes a person types (the compare picker, the compare panel's inputs): checked and written the one way the
// server and the panel title use. Pure (no `vscode`), built on the core's shape rules. Finding a code in a
// document is the server's job (smtp/replyAt, the scanner behind the hover), never a pattern here.
import { parseCodeQuery } from '../../server/src/core/codes';
import { MAX_CODE_INPUT } from './compare/messages';

/**
 * "451", "4.7.1", "451 4.7.1" (also "451-4.7.1", "X.7.1") in the one spelling the server and the panel title
 * use; undefined when the input is not a code of valid shape.
 */
export function normalizeCode(input: string): string | undefined {
  if (input.length > MAX_CODE_INPUT) return undefined;
  const q = parseCodeQuery(input);
  if (!q) return undefined;
  return [q.code, q.enhanced].filter((p) => p !== null).join(' ');
}
