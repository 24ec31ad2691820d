/** Writes about targetBytes of a deterministic Postfix-style log through write (which may return a Promise); profile "failures" makes about a third of the lines failures. */
export function generateLog(targetBytes: number, write: (chunk: string) => unknown, seed?: number): Promise<number>;
