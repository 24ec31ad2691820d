/** Writes about targetBytes of a deterministic Postfix-style log through write (which may return a Promise); profile "failures" makes about 30% of the lines failures. */
export function generateLog(targetBytes: number, write: (chunk: string) => unknown, seed?: number, profile?: "day" | "failures"): Promise<number>;
