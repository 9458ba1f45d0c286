import { textMatching } from '../text';

/* Identifiers that are neither Kubernetes nor Backstage names. */

/** A provider location id as it appears on nodes and APIs: `de/fra`, `fr-par`, `GRA11`. */
export const locationId = textMatching(
  'a location id like de/fra or eu-central-1',
  /^[A-Za-z0-9](?:[A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$/,
);

/** A dotted path into the Backstage app-config, e.g. `sovereignCloud.clusters.prod.token`. */
export const configKey = textMatching(
  'a config key like sovereignCloud.clusters.prod.token',
  /^[a-zA-Z][\w-]*(?:\.[a-zA-Z0-9][\w-]*)*$/,
);

/** GitHub-style `owner/name`. */
export const repositorySlug = textMatching(
  'a repository like owner/name',
  /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/,
);

/** An identifier such as a topic or an auth provider key. */
export const identifier = textMatching(
  "an identifier of letters, digits and '-'",
  /^[A-Za-z][A-Za-z0-9-]*$/,
);

/** A Git commit hash. */
export const commitHash = textMatching(
  'a commit hash of 7 to 40 hex digits',
  /^[0-9a-f]{7,40}$/,
);
