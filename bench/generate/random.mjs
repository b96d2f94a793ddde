// A small seeded random source, so every run of the bench checks the same texts.

/** mulberry32: fast, deterministic, good enough to pick words. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [lo, hi]. */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const DIGITS = '零一二三四五六七八九';

/** 1–999 as official documents write it (十一, 二十, 一百零五). */
export function cjk(n) {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const o = n % 10;
  let out = h ? DIGITS[h] + '百' : '';
  if (t) out += (t === 1 && !h ? '' : DIGITS[t]) + '十';
  else if (h && o) out += '零';
  if (o) out += DIGITS[o];
  return out;
}
