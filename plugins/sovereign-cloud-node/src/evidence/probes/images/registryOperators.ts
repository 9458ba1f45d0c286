import {
  RegistryUse,
  Verification,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { HostPattern } from './HostPattern';

/** Who operates a public registry, and under which jurisdiction. */
export interface RegistryOperator {
  /** Host, or `*.domain` for every subdomain. */
  pattern: string;
  operator: string;
  jurisdiction: 'eu' | 'non-eu';
  /** Catalogue provider id when the operator is one. */
  provider?: string;
  verification: Verification;
  source: string;
}

const GENERAL =
  "Operator's legal seat as generally known; not checked against a primary source.";
const HOSTNAME_IN_USE =
  'Host name as used in public deployment code; the operator is EU-controlled per the provider catalogue.';

/**
 * Public registries the images probe recognises (SC-5.02). `non-eu`: the
 * operator is controlled from outside the EU/EEA, whatever the region that
 * serves the pull (the same reading as the provider catalogue's control
 * jurisdiction). Any other host is `unknown`; hosts the customer runs are
 * listed in `sovereignCloud.posture.collection.ownRegistries` (`self`).
 */
export const REGISTRY_OPERATORS: readonly RegistryOperator[] = [
  {
    pattern: 'docker.io',
    operator: 'Docker, Inc. (US)',
    jurisdiction: 'non-eu',
    verification: 'unverified',
    source: GENERAL,
  },
  {
    pattern: 'ghcr.io',
    operator: 'GitHub, Inc., a Microsoft subsidiary (US)',
    jurisdiction: 'non-eu',
    verification: 'unverified',
    source: GENERAL,
  },
  {
    pattern: 'quay.io',
    operator: 'Red Hat, an IBM subsidiary (US)',
    jurisdiction: 'non-eu',
    verification: 'unverified',
    source: GENERAL,
  },
  {
    pattern: 'registry.k8s.io',
    operator: 'Kubernetes project (CNCF), served from US cloud providers',
    jurisdiction: 'non-eu',
    verification: 'unverified',
    source: GENERAL,
  },
  {
    pattern: 'k8s.gcr.io',
    operator: 'Google LLC (US)',
    jurisdiction: 'non-eu',
    verification: 'unverified',
    source: GENERAL,
  },
  {
    pattern: 'gcr.io',
    operator: 'Google LLC (US)',
    jurisdiction: 'non-eu',
    verification: 'unverified',
    source: GENERAL,
  },
  {
    pattern: '*.gcr.io',
    operator: 'Google LLC (US)',
    jurisdiction: 'non-eu',
    verification: 'unverified',
    source: GENERAL,
  },
  {
    pattern: '*.pkg.dev',
    operator: 'Google LLC (US), Artifact Registry',
    jurisdiction: 'non-eu',
    verification: 'unverified',
    source: GENERAL,
  },
  {
    pattern: 'public.ecr.aws',
    operator: 'Amazon Web Services, Inc. (US)',
    jurisdiction: 'non-eu',
    verification: 'unverified',
    source: GENERAL,
  },
  {
    pattern: '*.amazonaws.com',
    operator: 'Amazon Web Services, Inc. (US), ECR',
    jurisdiction: 'non-eu',
    verification: 'unverified',
    source: GENERAL,
  },
  {
    pattern: '*.azurecr.io',
    operator: 'Microsoft Corporation (US), Azure Container Registry',
    jurisdiction: 'non-eu',
    verification: 'unverified',
    source: GENERAL,
  },
  {
    pattern: 'mcr.microsoft.com',
    operator: 'Microsoft Corporation (US)',
    jurisdiction: 'non-eu',
    verification: 'unverified',
    source: GENERAL,
  },
  {
    pattern: 'registry.gitlab.com',
    operator: 'GitLab Inc. (US), GitLab.com',
    jurisdiction: 'non-eu',
    verification: 'unverified',
    source: GENERAL,
  },
  {
    pattern: 'nvcr.io',
    operator: 'NVIDIA Corporation (US), NGC',
    jurisdiction: 'non-eu',
    verification: 'unverified',
    source: GENERAL,
  },
  {
    pattern: '*.scw.cloud',
    operator: 'Scaleway SAS (FR), Container Registry (rg.<region>.scw.cloud)',
    jurisdiction: 'eu',
    provider: 'scaleway',
    verification: 'secondary',
    source: HOSTNAME_IN_USE,
  },
  {
    pattern: '*.ionos.com',
    operator: 'IONOS SE (DE), Container Registry (<name>.cr.de-fra.ionos.com)',
    jurisdiction: 'eu',
    provider: 'ionos',
    verification: 'secondary',
    source: HOSTNAME_IN_USE,
  },
  {
    pattern: '*.container-registry.ovh.net',
    operator: 'OVH SAS (FR), Managed Private Registry',
    jurisdiction: 'eu',
    provider: 'ovhcloud',
    verification: 'secondary',
    source: HOSTNAME_IN_USE,
  },
  {
    pattern: 'registry.onstackit.cloud',
    operator: 'STACKIT (DE), Container Registry',
    jurisdiction: 'eu',
    provider: 'stackit',
    verification: 'secondary',
    source: HOSTNAME_IN_USE,
  },
  {
    pattern: '*.otc.t-systems.com',
    operator: 'T-Systems International GmbH (DE), Open Telekom Cloud SWR',
    jurisdiction: 'eu',
    provider: 'open-telekom-cloud',
    verification: 'secondary',
    source: HOSTNAME_IN_USE,
  },
];

// Registries inside the cluster or on the node are the operator's own.
const IN_CLUSTER = [
  /^localhost(:\d+)?$/,
  /^127\.0\.0\.1(:\d+)?$/,
  /\.svc(\.cluster\.local)?(:\d+)?$/,
];

/** Classifies registry hosts: own registries first, then the table. */
export class RegistryJurisdictions {
  readonly #own: HostPattern[];
  readonly #known: Array<{ pattern: HostPattern; operator: RegistryOperator }>;

  static create(options: { ownRegistries: string[] }): RegistryJurisdictions {
    return new RegistryJurisdictions(options.ownRegistries);
  }

  private constructor(ownRegistries: string[]) {
    this.#own = ownRegistries.map(p => HostPattern.of(p));
    this.#known = REGISTRY_OPERATORS.map(operator => ({
      pattern: HostPattern.of(operator.pattern),
      operator,
    }));
  }

  of(host: string): RegistryUse['jurisdiction'] {
    if (this.#own.some(p => p.matches(host))) return 'self';
    if (IN_CLUSTER.some(p => p.test(host))) return 'self';
    return (
      this.#known.find(k => k.pattern.matches(host))?.operator.jurisdiction ??
      'unknown'
    );
  }
}
