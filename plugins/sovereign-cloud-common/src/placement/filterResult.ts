/**
 * The answer of one filter plugin: a failure names the plugin (or sovereignty
 * constraint) and says why, as Karmada's `framework.Result` does.
 * @public
 */
export type FilterResult =
  | { pass: true }
  | { pass: false; plugin: string; reason: string };

/** @public */
export const PASS: FilterResult = Object.freeze({ pass: true }) as FilterResult;
