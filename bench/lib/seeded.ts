import { createHash } from 'node:crypto';

/**
 * A small seeded PRNG, so every data set the benchmark builds is a pure function of its seed:
 * two runs of `npm run bench` store the same rows and ask the same questions.
 */

/** FNV-1a over the key's UTF-16 code units: a 32-bit seed from any string. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number;
}

/** SplitMix32-style generator seeded from `key`. */
export function seededRandom(key: string): Random {
  let state = hashKey(key) || 0x9e3779b9;
  const next = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
  return { next, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)) };
}

/** A 32-hex-digit machine-id that depends only on the key. */
export function machineId(key: string): string {
  return createHash('sha1').update(key).digest('hex').slice(0, 32);
}

/** A UUID-shaped id that depends only on the key (rows built in bulk need ids too). */
export function seededUuid(key: string): string {
  const hex = machineId(`uuid:${key}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
