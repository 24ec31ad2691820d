// Watches the bytes of the LSP stream on stdin for a frame that cannot be read (a Content-Length that is
// missing or not a byte count, a header line without a colon). vscode-jsonrpc reports such a frame to no
// one and then waits for good, so the server would live on and never answer again; after a broken frame
// nobody knows where the next message starts, so the only way back is a new server, which the client
// starts when this one exits.

/** Longest header block accepted (the LSP has two short headers). */
const MAX_HEADER_BYTES = 8192;

/** Follows the framing of an LSP byte stream: header block, then Content-Length bytes of body. */
export class FrameWatch {
  private header = '';
  private bodyLeft = 0;

  /** Takes the next bytes; returns what is wrong with the framing, or undefined while it is sound. */
  feed(chunk: Uint8Array): string | undefined {
    let at = 0;
    while (at < chunk.length) {
      if (this.bodyLeft > 0) {
        const n = Math.min(this.bodyLeft, chunk.length - at);
        this.bodyLeft -= n;
        at += n;
        continue;
      }
      // Header bytes are ASCII; latin1 keeps one character per byte, so offsets stay byte offsets.
      const before = this.header.length;
      this.header += Buffer.from(chunk.buffer, chunk.byteOffset + at, Math.min(chunk.length - at, MAX_HEADER_BYTES + 4)).toString('latin1');
      const end = this.header.indexOf('\r\n\r\n');
      if (end < 0) {
        if (this.header.length > MAX_HEADER_BYTES) return `a message header longer than ${MAX_HEADER_BYTES} bytes`;
        at += this.header.length - before;
        continue;
      }
      const problem = this.readHeader(this.header.slice(0, end));
      if (problem) return problem;
      at += end + 4 - before;
      this.header = '';
    }
    return undefined;
  }

  private readHeader(block: string): string | undefined {
    let length: number | undefined;
    for (const line of block.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) return `a message header line without "name: value": ${JSON.stringify(line.slice(0, 80))}`;
      if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
      const value = line.slice(colon + 1).trim();
      if (!/^\d{1,15}$/.test(value)) return `Content-Length is not a byte count: ${JSON.stringify(value.slice(0, 80))}`;
      length = Number(value);
    }
    if (length === undefined) return `a message without Content-Length: ${JSON.stringify(block.slice(0, 80))}`;
    this.bodyLeft = length;
    return undefined;
  }
}

/** Calls onBroken (once) when the stream's framing breaks. Listens beside the LSP reader, never instead of it. */
export function watchFraming(input: NodeJS.ReadableStream, onBroken: (problem: string) => void): void {
  const watch = new FrameWatch();
  const listener = (chunk: Buffer | string): void => {
    const problem = watch.feed(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk);
    if (problem === undefined) return;
    input.removeListener('data', listener);
    onBroken(problem);
  };
  input.on('data', listener);
}
