/** Writes about targetBytes of a deterministic Postfix-style log through write (which may return a Promise). */
export function generateLog(targetBytes: number, write: (chunk: string) => unknown, seed?: number): Promise<number>;
