import { Verification } from './vocabulary';

/**
 * Where a fact comes from. At least one of `citation`, `url` or `repo` is set.
 * @public
 */
export type FactSource = {
  /** Short citation key of the sovereignty research, e.g. `IONOS-GTC`, or a section reference. */
  citation?: string;
  url?: string;
  /** `owner/name` of a public repository. */
  repo?: string;
  path?: string;
  commit?: string;
  title?: string;
  /** ISO date the source was read. */
  retrieved?: string;
};

/**
 * A fact with its provenance. `value: null` means unknown; unknown facts are
 * always `unverified`, and a `note` says why.
 * @public
 */
export type Fact<T> = {
  value: T | null;
  verification: Verification;
  sources: FactSource[];
  note?: string;
};
