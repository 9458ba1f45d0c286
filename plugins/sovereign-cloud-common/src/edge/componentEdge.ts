import { Entity } from '@backstage/catalog-model';

/**
 * Annotations a Component declares its entry point with; the expose action
 * outputs them for the component's catalog-info.
 * @public
 */
export const EDGE_ANNOTATIONS = {
  /** Fully qualified names of the entry, comma-separated. */
  hostname: 'sovereign-cloud.io/edge-hostname',
  /** `k8gb`, `external-dns` or `anycast`. */
  strategy: 'sovereign-cloud.io/edge-strategy',
  /** The authoritative DNS service for the names, e.g. `PowerDNS`. */
  dnsService: 'sovereign-cloud.io/edge-dns-service',
  /** CloudProvider names running that DNS, comma-separated. */
  dnsProviders: 'sovereign-cloud.io/edge-dns-providers',
  /** `acme` (an ACME CA) or `ca` (an internal CA in the clusters). */
  tlsIssuer: 'sovereign-cloud.io/edge-tls-issuer',
  /** Country of the ACME CA's operator (ISO 3166-1 alpha-2). */
  tlsIssuerCountry: 'sovereign-cloud.io/edge-tls-issuer-country',
  /** k8gb failover: SovereignCluster names served while they are healthy, comma-separated. */
  failoverPrimary: 'sovereign-cloud.io/edge-failover-primary',
} as const;

/** @public */
export const EDGE_STRATEGIES = ['k8gb', 'external-dns', 'anycast'] as const;
/** @public */
export type EdgeStrategy = (typeof EDGE_STRATEGIES)[number];

/** A component's entry point as its annotations declare it. @public */
export type ComponentEdge = {
  hostnames: string[];
  strategy: EdgeStrategy;
  dns?: { service: string; providers: string[] };
  tls: { issuer?: 'acme' | 'ca'; issuerCountry?: string };
  failoverPrimary?: string[];
};

const list = (value: string) =>
  value
    .split(',')
    .map(s => s.trim().toLocaleLowerCase('en-US'))
    .filter(Boolean);

const HOSTNAME =
  /^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

/**
 * Reads a Component's entry point from the {@link EDGE_ANNOTATIONS};
 * undefined `edge` when it declares no hostname. Bad values are reported in
 * `problems` (annotation and reason), never thrown.
 * @public
 */
export function componentEdgeOf(component: Entity): {
  edge?: ComponentEdge;
  problems: string[];
} {
  const annotations = component.metadata.annotations ?? {};
  const problems: string[] = [];
  const hostnames = list(annotations[EDGE_ANNOTATIONS.hostname] ?? '');
  if (!hostnames.length) return { problems };
  for (const host of hostnames.filter(h => !HOSTNAME.test(h))) {
    problems.push(
      `${EDGE_ANNOTATIONS.hostname}: "${host}" is not a fully qualified DNS name`,
    );
  }
  const strategyValue = annotations[EDGE_ANNOTATIONS.strategy] ?? '';
  const strategy = EDGE_STRATEGIES.find(s => s === strategyValue.trim());
  if (!strategy) {
    problems.push(
      `${EDGE_ANNOTATIONS.strategy}: must be one of ${EDGE_STRATEGIES.join(
        ', ',
      )}, got ${JSON.stringify(strategyValue)}`,
    );
    return { problems };
  }
  const service = annotations[EDGE_ANNOTATIONS.dnsService]?.trim();
  const dnsProviders = list(annotations[EDGE_ANNOTATIONS.dnsProviders] ?? '');
  if (service && !dnsProviders.length) {
    problems.push(
      `${EDGE_ANNOTATIONS.dnsProviders}: must name the providers running ${service}`,
    );
  }
  const issuerValue = annotations[EDGE_ANNOTATIONS.tlsIssuer]?.trim();
  const issuer =
    issuerValue === 'acme' || issuerValue === 'ca' ? issuerValue : undefined;
  if (issuerValue !== undefined && !issuer) {
    problems.push(
      `${EDGE_ANNOTATIONS.tlsIssuer}: must be acme or ca, got ${JSON.stringify(
        issuerValue,
      )}`,
    );
  }
  const country = annotations[EDGE_ANNOTATIONS.tlsIssuerCountry]?.trim();
  if (country !== undefined && !/^[A-Z]{2}$/.test(country)) {
    problems.push(
      `${
        EDGE_ANNOTATIONS.tlsIssuerCountry
      }: must be an ISO 3166-1 alpha-2 code, got ${JSON.stringify(country)}`,
    );
  }
  const primary = list(annotations[EDGE_ANNOTATIONS.failoverPrimary] ?? '');
  return {
    edge: {
      hostnames: hostnames.filter(h => HOSTNAME.test(h)),
      strategy,
      ...(service && dnsProviders.length
        ? { dns: { service, providers: dnsProviders } }
        : {}),
      tls: {
        ...(issuer ? { issuer } : {}),
        ...(country && /^[A-Z]{2}$/.test(country)
          ? { issuerCountry: country }
          : {}),
      },
      ...(primary.length ? { failoverPrimary: primary } : {}),
    },
    problems,
  };
}
