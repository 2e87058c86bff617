/**
 * Child references numbered 0, 1, 2… in the order they are first added: a
 * Map<string, number> in what it answers, built for the million lookups of
 * a long episode list (countEpisodes), where a Map's lookup was a fifth of
 * the whole run. A Map keeps each reference as a string object of its own,
 * so a lookup among hundreds of thousands of children costs several cache
 * misses (bucket, entry, the stored string to compare). Here a short
 * reference (1–7 characters, each below U+0100, which covers the numeric and
 * "C102317"-style references case-management systems export) is packed,
 * with its length, into two 32-bit numbers kept in one typed array beside
 * its number: a lookup reads one place in memory. Any other reference (longer,
 * or with a character past U+00FF) goes to an ordinary Map; both share one
 * count, so the numbers are the ones a single Map would have given.
 *
 * The packing is exact (length and every character are kept), so two
 * references share an entry only when they are the same text. The hash is
 * seeded at random per table, as V8 seeds its own string hashes, so a file
 * cannot be written to make every reference collide.
 */
export class ChildNumbers {
  /** Triples (low word, high word, number + 1); 0 in the third marks an empty slot. */
  private table = new Int32Array(3 * 1024);
  private slots = 1024;
  private readonly others = new Map<string, number>();
  private readonly seed = Math.floor(Math.random() * 0x7fffffff) | 1;
  /** How many references have been added. */
  size = 0;

  /** The number given to `ref`, or undefined when it has not been added. */
  get(ref: string): number | undefined {
    const n = ref.length;
    if (n === 0 || n > 7) return this.others.get(ref);
    let lo = n;
    let hi = 0;
    for (let i = 0; i < n; i++) {
      const c = ref.charCodeAt(i);
      if (c > 0xff) return this.others.get(ref);
      if (i < 3) lo |= c << (8 * (i + 1));
      else hi |= c << (8 * (i - 3));
    }
    const at = this.find(lo, hi);
    const stored = this.table[at + 2] as number;
    return stored === 0 ? undefined : stored - 1;
  }

  /** Gives `ref` the next number and returns it; `ref` must not have been added before. */
  add(ref: string): number {
    const number = this.size;
    const n = ref.length;
    let packable = n > 0 && n <= 7;
    let lo = n;
    let hi = 0;
    for (let i = 0; packable && i < n; i++) {
      const c = ref.charCodeAt(i);
      if (c > 0xff) packable = false;
      else if (i < 3) lo |= c << (8 * (i + 1));
      else hi |= c << (8 * (i - 3));
    }
    if (!packable) {
      this.others.set(ref, number);
    } else {
      const at = this.find(lo, hi);
      this.table[at] = lo;
      this.table[at + 1] = hi;
      this.table[at + 2] = number + 1;
      this.packed += 1;
      // At most half full, so a probe stays short.
      if (this.packed * 2 > this.slots) this.grow();
    }
    this.size += 1;
    return number;
  }

  private packed = 0;

  /** The slot (its index in `table`) holding the key, or the empty slot where it would go. */
  private find(lo: number, hi: number): number {
    let h = Math.imul(lo ^ this.seed, 0x9e3779b1) ^ hi;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
    const mask = this.slots - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const at = 3 * i;
      if (this.table[at + 2] === 0 || (this.table[at] === lo && this.table[at + 1] === hi)) return at;
    }
  }

  private grow(): void {
    const old = this.table;
    this.slots *= 2;
    this.table = new Int32Array(3 * this.slots);
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] === 0) continue;
      const to = this.find(old[at] as number, old[at + 1] as number);
      this.table[to] = old[at] as number;
      this.table[to + 1] = old[at + 1] as number;
      this.table[to + 2] = old[at + 2] as number;
    }
  }
}
