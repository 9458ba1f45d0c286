/** A deep copy of a JSON document, changed by `change`: the basis of table-driven bad-input tests. */
export function mutate<T>(document: T, change: (copy: any) => void): unknown {
  const copy = JSON.parse(JSON.stringify(document));
  change(copy);
  return copy;
}
