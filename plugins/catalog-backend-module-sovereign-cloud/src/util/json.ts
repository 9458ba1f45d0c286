/** Reads a nested field of untrusted JSON (a Kubernetes object) without throwing. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export function stringAt(
  value: unknown,
  ...path: (string | number)[]
): string | undefined {
  const found = at(value, ...path);
  return typeof found === 'string' && found.length > 0 ? found : undefined;
}

export function numberAt(
  value: unknown,
  ...path: (string | number)[]
): number | undefined {
  const found = at(value, ...path);
  return typeof found === 'number' && Number.isFinite(found)
    ? found
    : undefined;
}

export function arrayAt(
  value: unknown,
  ...path: (string | number)[]
): unknown[] {
  const found = at(value, ...path);
  return Array.isArray(found) ? found : [];
}

export function recordAt(
  value: unknown,
  ...path: (string | number)[]
): Record<string, unknown> | undefined {
  const found = at(value, ...path);
  return typeof found === 'object' && found !== null && !Array.isArray(found)
    ? (found as Record<string, unknown>)
    : undefined;
}

/** The strings among the values, each once, in order. */
export function distinctStrings(values: unknown[]): string[] {
  return [
    ...new Set(
      values.filter((v): v is string => typeof v === 'string' && v.length > 0),
    ),
  ];
}
