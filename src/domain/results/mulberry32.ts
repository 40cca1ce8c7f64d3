/**
 * mulberry32, exactly as in the confidence spec (shared/spec/confidence-v1.md
 * step 2): a seeded generator whose every call returns a number in [0, 1).
 * The award confidence and the roadshow's draw both use it, so anyone can
 * replay them from the seed alone, in any language with 32-bit integer maths.
 */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
