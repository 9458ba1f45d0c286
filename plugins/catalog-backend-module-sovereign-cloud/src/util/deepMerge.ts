const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `overlay` over `base`: objects merge key by key, anything else (arrays
 * included) is replaced; `undefined` in the overlay keeps the base value.
 * Neither input is changed.
 */
export function deepMerge<T>(base: T, overlay: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(overlay)) {
    return (overlay === undefined ? base : overlay) as T;
  }
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    if (value !== undefined) result[key] = deepMerge(base[key], value);
  }
  return result as T;
}
