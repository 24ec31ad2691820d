/**
 * Counts distinct strings in fixed memory: 32-bit hashes in an open-addressing table that grows up to
 * 4M slots (16 MB). Past that it stops remembering and counts every further new-looking id once, so a
 * log with millions of deferred messages still runs in flat memory.
 */
export class DistinctCounter {
  private table = new Uint32Array(1 << 12);
  private used = 0;
  private extra = 0;
  private static readonly MAX_SLOTS = 1 << 22;

  get size(): number {
    return this.used + this.extra;
  }

  /** Adds s; true when it was not there before. */
  add(s: string): boolean {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return this.addHash(h >>> 0 || 1);
  }

  private addHash(h: number): boolean {
    if (this.used * 4 >= this.table.length * 3) {
      if (this.table.length >= DistinctCounter.MAX_SLOTS) {
        if (this.has(h)) return false;
        this.extra++;
        return true;
      }
      this.grow();
    }
    const mask = this.table.length - 1;
    for (let j = h & mask; ; j = (j + 1) & mask) {
      const v = this.table[j];
      if (v === h) return false;
      if (v === 0) {
        this.table[j] = h;
        this.used++;
        return true;
      }
    }
  }

  /** The remembered hashes and the count past the cap, as plain data. */
  export(): { table: Uint32Array; extra: number } {
    return { table: this.table.slice(), extra: this.extra };
  }

  /** Adds every string another counter remembered (by hash). */
  addAll(other: { table: Uint32Array; extra: number }): void {
    for (const h of other.table) if (h !== 0) this.addHash(h);
    this.extra += other.extra;
  }

  private has(h: number): boolean {
    const mask = this.table.length - 1;
    for (let j = h & mask; ; j = (j + 1) & mask) {
      const v = this.table[j];
      if (v === h) return true;
      if (v === 0) return false;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    const mask = this.table.length - 1;
    for (const h of old) {
      if (h === 0) continue;
      let j = h & mask;
      while (this.table[j] !== 0) j = (j + 1) & mask;
      this.table[j] = h;
    }
  }
}
