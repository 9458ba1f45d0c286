/**
 * How a live card's data was gathered:
 * `observed` — every section of the source answered;
 * `partial` — some sections failed (see `problems`), the rest is observed;
 * `failed` — the source could not be read (timeout, 5xx, denied);
 * `not-configured` — the cluster names no live source.
 * @public
 */
export type LiveCollectionStatus =
  | 'observed'
  | 'partial'
  | 'failed'
  | 'not-configured';
