// Answers kept as serialised JSON, keyed by everything they depend on (a round's revision, a
// filter …), bounded by the bytes they hold and evicted least-recently-used. At national scale a
// round's view is computed once per change and then served from here: serialising megabytes per
// request would dominate, and so would recomputing.

export interface SerialisedJson {
  /** The cache key, also the ETag (quoted). */
  etag: string;
  json: string;
  /** gzip of `json`, made on the first request that accepts it (browsers always do). */
  gzip?: Buffer;
}

export class JsonCache<T extends SerialisedJson = SerialisedJson> {
  private readonly entries = new Map<string, T>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): T | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Map keeps insertion order: re-inserting makes it the most recent.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: T): void {
    const old = this.entries.get(key);
    if (old) this.bytes -= old.json.length;
    this.entries.set(key, value);
    this.bytes += value.json.length;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes || this.entries.size <= 1) break;
      this.entries.delete(k);
      this.bytes -= v.json.length;
    }
  }

  /** The cached answer for `key`, or a fresh one made by `make` (and cached). */
  async getOrMake(
    key: string,
    make: () => Promise<Omit<T, 'etag' | 'json'> & { value: unknown }>,
  ): Promise<T> {
    const hit = this.get(key);
    if (hit) return hit;
    const { value, ...rest } = await make();
    const made = { ...rest, etag: key, json: JSON.stringify(value) } as unknown as T;
    this.set(key, made);
    return made;
  }
}

/** The cache size in bytes from GEVINST_CACHE_MB (default 64 MB). */
export function cacheBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.GEVINST_CACHE_MB ?? '64');
  return (Number.isFinite(mb) && mb >= 0 ? mb : 64) * 1024 * 1024;
}
