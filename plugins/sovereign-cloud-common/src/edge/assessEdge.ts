import { SecretsEncryptionMode } from '../entities/vocabulary';
import { isEuEeaCountry } from '../jurisdictions/countries';
import { EvidenceRecord } from '../posture/criterion';
import {
  ControlJurisdiction,
  Evidence,
  ProviderFacts,
} from '../posture/evidence';
import { SovereigntyObjective } from '../posture/objectives';
import { FindingSeverity, PostureFinding } from '../posture/report';
import { ComponentEdge, EdgeStrategy, EDGE_ANNOTATIONS } from './componentEdge';
import {
  EdgeProviderLossOutcome,
  entryProviderLoss,
} from './entryProviderLoss';

/** A cluster behind a component's entry point. @public */
export type EdgeCluster = {
  entityRef: string;
  name: string;
  /** Provider of the control plane: losing it takes the cluster away. */
  provider: string;
  /** Every provider with nodes in the cluster. */
  providers: string[];
  countries: string[];
  replicas: number;
  /** How the cluster encrypts Secrets at rest; the TLS key is one. */
  secretsEncryption?: Evidence<SecretsEncryptionMode>;
  /** False for clusters that cannot announce an anycast address (not a private site). */
  anycastSite?: boolean;
};

/** A DNS provider of an entry, with the jurisdiction the catalogue gives it. @public */
export type EdgeDnsProvider = {
  provider: string;
  /** Null when the provider is not in the catalogue. */
  jurisdiction: ControlJurisdiction | null;
  source?: string;
};

/** One entry point of a component and what stands behind it. @public */
export type EdgeEntryPosture = {
  hostname: string;
  strategy: EdgeStrategy;
  /** Entity refs of the clusters serving it. */
  clusters: string[];
  dns?: { service: string; providers: EdgeDnsProvider[] };
  tls: {
    issuer?: 'acme' | 'ca';
    issuerCountry?: string;
    /** Where cert-manager keeps the private key: a Secret in each cluster. */
    keysHeldAt: { cluster: string; providers: string[]; countries: string[] }[];
  };
  providerLoss: EdgeProviderLossOutcome[];
};

/** The edge part of a component's posture. @public */
export type EdgePosture = {
  entries: EdgeEntryPosture[];
  /** Findings EDGE-TLS, EDGE-DNS and EDGE-ENTRY, only where there is something to fix. */
  findings: PostureFinding[];
  survivesLossOfAnyProvider: boolean;
  /** Annotations that could not be read. */
  problems: string[];
};

const FOREIGN: ReadonlySet<ControlJurisdiction> = new Set([
  'non-eu',
  'mostly-non-eu',
]);
const WEAK_SECRETS: ReadonlySet<string> = new Set([
  'none',
  'provider-default',
  'static-key',
]);
const RANK: Record<FindingSeverity, number> = {
  blocking: 0,
  high: 1,
  medium: 2,
  low: 3,
  info: 4,
};

function worst(severities: FindingSeverity[]): FindingSeverity {
  return severities.sort((a, b) => RANK[a] - RANK[b])[0];
}

function finding(
  criterionId: string,
  objective: SovereigntyObjective,
  title: string,
  frameworkReference: string,
  issues: { severity: FindingSeverity; text: string }[],
  evidence: EvidenceRecord[],
  remediation: string,
): PostureFinding[] {
  if (!issues.length) return [];
  return [
    {
      criterionId,
      objective,
      severity: worst(issues.map(i => i.severity)),
      title,
      detail: issues.map(i => i.text).join('; '),
      evidence,
      remediation,
      frameworkReference,
      mapping: 'plugin',
    },
  ];
}

const declared = (name: string, value: unknown): EvidenceRecord => ({
  name,
  provenance: 'declared',
  value,
  source: 'metadata.annotations',
});

/**
 * The sovereignty of a component's entry point: where its TLS keys live,
 * which DNS provider (and jurisdiction) answers for its names, and whether it
 * keeps serving when any one provider is lost. Findings are the plugin's own
 * criteria (EDGE-*), added to the component's posture; they do not change
 * its score. Pure.
 * @public
 */
export function assessEdge(input: {
  edge: ComponentEdge;
  clusters: readonly EdgeCluster[];
  providers: readonly ProviderFacts[];
  minReplicas?: number;
  problems?: string[];
}): EdgePosture {
  const { edge } = input;
  const factsOf = new Map(
    input.providers.map(p => [p.id.toLocaleLowerCase('en-US'), p]),
  );
  const jurisdictionOf = (provider: string) =>
    factsOf.get(provider)?.controlJurisdiction;
  const hosts = edge.hostnames.join(', ');

  // Anycast reaches only clusters that announce the address.
  const serving = input.clusters.filter(
    c => edge.strategy !== 'anycast' || c.anycastSite !== false,
  );
  const dns = edge.dns && {
    service: edge.dns.service,
    providers: edge.dns.providers.map(provider => ({
      provider,
      jurisdiction: jurisdictionOf(provider)?.value ?? null,
      ...(jurisdictionOf(provider)?.source
        ? { source: jurisdictionOf(provider)!.source }
        : {}),
    })),
  };
  const entries = edge.hostnames.map(
    (hostname): EdgeEntryPosture => ({
      hostname,
      strategy: edge.strategy,
      clusters: serving.map(c => c.entityRef),
      ...(dns ? { dns } : {}),
      tls: {
        ...edge.tls,
        keysHeldAt: serving.map(c => ({
          cluster: c.entityRef,
          providers: c.providers,
          countries: c.countries,
        })),
      },
      providerLoss: entryProviderLoss({
        hostname,
        strategy: edge.strategy,
        backends: serving.map(c => ({
          cluster: c.name,
          provider: c.provider,
          replicas: c.replicas,
        })),
        dns: edge.dns,
        minReplicas: input.minReplicas,
        ...(edge.failoverPrimary
          ? {
              failover: {
                primary: edge.failoverPrimary.join(', '),
                clusters: edge.failoverPrimary,
                labels: {},
              },
            }
          : {}),
      }),
    }),
  );

  const tlsIssues: { severity: FindingSeverity; text: string }[] = [];
  for (const c of serving) {
    const foreign = c.providers.filter(p => {
      const j = jurisdictionOf(p)?.value;
      return j && FOREIGN.has(j);
    });
    if (foreign.length) {
      tlsIssues.push({
        severity: 'high',
        text: `the private key for ${hosts} is held in ${
          c.name
        }, which runs at ${foreign.join(', ')} under non-EU control`,
      });
    }
    const secrets = c.secretsEncryption?.value;
    if (secrets && WEAK_SECRETS.has(secrets)) {
      tlsIssues.push({
        severity: 'medium',
        text: `${c.name} encrypts Secrets (the TLS key among them) with ${secrets}, not a KMS the customer holds`,
      });
    }
  }
  if (!edge.tls.issuer) {
    tlsIssues.push({
      severity: 'low',
      text: `the certificate issuer for ${hosts} is not declared (${EDGE_ANNOTATIONS.tlsIssuer})`,
    });
  } else if (edge.tls.issuer === 'acme') {
    if (!edge.tls.issuerCountry) {
      tlsIssues.push({
        severity: 'low',
        text: `the country of the ACME CA for ${hosts} is not declared (${EDGE_ANNOTATIONS.tlsIssuerCountry})`,
      });
    } else if (!isEuEeaCountry(edge.tls.issuerCountry)) {
      tlsIssues.push({
        severity: 'high',
        text: `certificates for ${hosts} come from an ACME CA operated in ${edge.tls.issuerCountry}, outside the EU/EEA`,
      });
    }
  }

  const dnsIssues: { severity: FindingSeverity; text: string }[] = [];
  if (!dns) {
    dnsIssues.push({
      severity: 'medium',
      text: `which DNS service answers for ${hosts}, and where it runs, is not declared`,
    });
  } else {
    for (const p of dns.providers) {
      if (p.jurisdiction === null) {
        dnsIssues.push({
          severity: 'medium',
          text: `${dns.service} runs at ${p.provider}, which is not in the provider catalogue: its jurisdiction is unknown`,
        });
      } else if (FOREIGN.has(p.jurisdiction)) {
        dnsIssues.push({
          severity: 'high',
          text: `${dns.service} at ${p.provider} answers for ${hosts} under non-EU control (${p.jurisdiction})`,
        });
      }
    }
  }

  const losses = entries.flatMap(e => e.providerLoss);
  // Degrading is shown with the entry, not as a finding: it still serves.
  const entryIssues = losses
    .filter(l => l.outcome === 'fails')
    .map(l => ({
      severity: 'high' as const,
      text: `losing ${l.provider} takes the entry down: ${l.reason}`,
    }));

  const clusterEvidence: EvidenceRecord[] = serving.map(c => ({
    name: `cluster:${c.name}.providers`,
    provenance: 'catalog',
    value: c.providers,
  }));
  const findings = [
    ...finding(
      'EDGE-TLS',
      'SOV-3',
      'TLS key custody of the entry point',
      'SOV-3 Data & AI sovereignty: who holds the keys (edge TLS)',
      tlsIssues,
      [
        declared(EDGE_ANNOTATIONS.tlsIssuer, edge.tls.issuer ?? null),
        ...(edge.tls.issuerCountry
          ? [
              declared(
                EDGE_ANNOTATIONS.tlsIssuerCountry,
                edge.tls.issuerCountry,
              ),
            ]
          : []),
        ...clusterEvidence,
      ],
      'Serve the entry only from clusters under EU control, encrypt Secrets with a KMS you hold, and issue certificates from an EU-hosted ACME CA or your own CA.',
    ),
    ...finding(
      'EDGE-DNS',
      'SOV-2',
      'Jurisdiction of the DNS answering for the entry point',
      'SOV-2 Legal & jurisdictional sovereignty: who answers for the name',
      dnsIssues,
      dns
        ? dns.providers.map(p => ({
            name: `provider:${p.provider}.controlJurisdiction`,
            provenance: p.jurisdiction === null ? 'unknown' : 'catalog',
            value: p.jurisdiction,
            ...(p.source ? { source: p.source } : {}),
          }))
        : [declared(EDGE_ANNOTATIONS.dnsProviders, null)],
      `Run the authoritative DNS at EU providers in the catalogue and declare it (${EDGE_ANNOTATIONS.dnsService}, ${EDGE_ANNOTATIONS.dnsProviders}).`,
    ),
    ...finding(
      'EDGE-ENTRY',
      'SOV-4',
      'Entry point survives the loss of any one provider',
      'SOV-4 Operational sovereignty: keep serving when a supplier is lost',
      entryIssues,
      [declared(EDGE_ANNOTATIONS.strategy, edge.strategy), ...clusterEvidence],
      'Serve the entry from clusters at two or more providers and run its DNS at more than one provider.',
    ),
  ];
  return {
    entries,
    findings,
    survivesLossOfAnyProvider: losses.every(l => l.outcome !== 'fails'),
    problems: input.problems ?? [],
  };
}
