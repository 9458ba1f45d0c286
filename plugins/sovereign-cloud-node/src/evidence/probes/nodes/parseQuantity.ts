const suffixes: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

const quantity =
  /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?)$/;

/**
 * A Kubernetes resource quantity as a number: `3920m` → 3.92, `4` → 4,
 * `1Ki` → 1024, `1e3` → 1000. Undefined for anything else.
 */
export function parseQuantity(value: unknown): number | undefined {
  if (typeof value === 'number')
    return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = quantity.exec(value.trim());
  if (!match) return undefined;
  const [, number, exponent, suffix] = match;
  const result = exponent
    ? Number(`${number}${exponent}`)
    : Number(number) * suffixes[suffix ?? ''];
  return Number.isFinite(result) ? result : undefined;
}
