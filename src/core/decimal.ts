// Exact decimal fractions for the few places where the engine multiplies money by a non-integer
// (distribution keys, price-level factors, FTE counts). A JavaScript number such as 104.8 is read
// through its shortest decimal text ("104.8"), so the fraction is exactly what a person typed, and
// all arithmetic on it happens in BigInt.

/** value = digits / 10^scale, digits ≥ 0. */
export interface Decimal {
  digits: bigint;
  scale: number;
}

/** A finite non-negative number as an exact decimal. Throws RangeError for anything else. */
export function toDecimal(value: number): Decimal {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!m || !Number.isFinite(value))
    throw new RangeError(`not a finite non-negative number: ${String(value)}`);
  const frac = m[2] ?? '';
  const exp = Number(m[3] ?? '0');
  let digits = BigInt((m[1] ?? '0') + frac);
  let scale = frac.length - exp;
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits, scale };
}

/**
 * Reads a Danish decimal text ("1,3", "0,25", "104,8"; "." thousands tolerated: "1.234,5") or
 * a plain number as an exact non-negative decimal. Returns null when it is not one.
 */
export function parseDecimal(text: string | number): Decimal | null {
  if (typeof text === 'number') return Number.isFinite(text) && text >= 0 ? toDecimal(text) : null;
  const s = text.trim().replace(/[\s\u00a0]+/g, '');
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(s);
  if (!m) return null;
  const frac = m[2] ?? '';
  return { digits: BigInt((m[1] ?? '0').replace(/\./g, '') + frac), scale: frac.length };
}

/** Integer division n / d (d > 0) rounded half away from zero. */
export function divRound(n: bigint, d: bigint): bigint {
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = (2n * a + d) / (2n * d);
  return neg ? -q : q;
}

/** kroner × decimal, rounded half away from zero to whole kroner. */
export function mulRound(kroner: number, factor: Decimal): number {
  return Number(divRound(BigInt(kroner) * factor.digits, 10n ** BigInt(factor.scale)));
}
