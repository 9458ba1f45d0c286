import fc from 'fast-check';
import { assessCluster } from './assessPosture';
import {
  ClusterEvidence,
  CLUSTER_EVIDENCE_KEYS,
  EvidenceNode,
  ProviderFactKey,
  ProviderFacts,
} from './evidence';
import { PostureReport } from './report';
import {
  exampleAEvidence,
  exampleAProviders,
  exampleBEvidence,
  exampleBProviders,
  observed,
  ownDataCentreFacts,
} from './workedExamples';

/*
 * Properties over generated evidence (fixed seed 42): the score stays in
 * [0, 100], the level is the minimum of the known caps, and turning any
 * evidence or provider fact into unknown never raises the score.
 */

const SEED = 42;
const RUNS = 500;

const PROVIDERS = ['ionos', 'scaleway', 'aws', 'own-dc', 'nowhere'] as const;
const providerFacts: ProviderFacts[] = [
  ...exampleAProviders(),
  ...exampleBProviders(),
  ownDataCentreFacts(),
];

const FACT_KEYS: ProviderFactKey[] = [
  'controlJurisdiction',
  'ownership',
  'exposure',
  'contractLaw',
  'managedOperations',
  'certification',
  'hardwareProvenance',
  'pue',
  'energy',
  'globalServices',
];

const node: fc.Arbitrary<EvidenceNode> = fc.record({
  name: fc.constant('n'),
  role: fc.constantFrom('control-plane' as const, 'worker' as const),
  provider: fc.constantFrom(...PROVIDERS),
  country: fc.constantFrom('DE', 'FR', 'US', 'GB'),
  vcpu: fc.integer({ min: 0, max: 64 }),
  count: fc.integer({ min: 1, max: 5 }),
  gpus: fc.constantFrom(0, 0, 0, 2),
});

const placement = fc.record({
  provider: fc.constantFrom(...PROVIDERS),
  country: fc.constantFrom('DE', 'FR', 'US'),
  sizeGiB: fc.integer({ min: 1, max: 1000 }),
});

const cluster: fc.Arbitrary<ClusterEvidence> = fc
  .record({
    base: fc.constantFrom(exampleAEvidence(), exampleBEvidence()),
    nodes: fc.array(node, { minLength: 1, maxLength: 8 }),
    managed: fc.boolean(),
    managedBy: fc.constantFrom(...PROVIDERS),
    data: fc.array(placement, { maxLength: 3 }),
    backups: fc.array(placement, { maxLength: 2 }),
    secrets: fc.constantFrom(
      'kms-v2-customer',
      'kms-provider-cmk',
      'static-key',
      'provider-default',
      'none',
      'unknown',
    ),
    volumes: fc.constantFrom(
      'customer-kms',
      'provider-kms-cmk',
      'k8s-secret',
      'provider-managed',
      'none',
      'no-persistent-volumes',
    ),
    network: fc.constantFrom('wireguard', 'ipsec', 'provider-fabric', 'none'),
    audit: fc.constantFrom(
      'realtime-customer-eu',
      'customer-eu',
      'provider-service',
      'incomplete',
      'none',
    ),
    sbom: fc.double({ min: 0, max: 1, noNaN: true }),
    passed: fc.integer({ min: 0, max: 10 }),
  })
  .map(g => ({
    ...g.base,
    nodes: observed(g.nodes),
    controlPlane: observed({ managed: g.managed, provider: g.managedBy }),
    persistentData: observed(g.data),
    backups: observed(g.backups),
    secretsEncryption: observed(g.secrets as any),
    volumeKeys: observed(g.volumes as any),
    network: observed({
      mode: g.network as any,
      scope: 'pod-and-node' as const,
    }),
    auditLogging: observed(g.audit as any),
    sbomCoverage: observed(g.sbom),
    hardening: observed({ passed: g.passed, total: 10 }),
  }));

const assess = (evidence: ClusterEvidence, providers = providerFacts) =>
  assessCluster({ cluster: evidence, providers });

function minKnownCap(report: PostureReport): number {
  let level = 4;
  for (const c of report.criteria) {
    if (c.status !== 'unknown' && c.status !== 'na' && c.sealCap !== null) {
      level = Math.min(level, c.sealCap);
    }
  }
  return level;
}

describe('posture properties', () => {
  it('score is within [0, 100] and the level is the minimum of the caps', () => {
    fc.assert(
      fc.property(cluster, evidence => {
        const report = assess(evidence);
        expect(report.exactScore).toBeGreaterThanOrEqual(0);
        expect(report.exactScore).toBeLessThanOrEqual(100 + 1e-9);
        expect(report.seal.level).toBe(minKnownCap(report));
        for (const id of report.seal.binding) {
          expect(report.criteria.find(c => c.criterionId === id)!.sealCap).toBe(
            report.seal.level,
          );
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('adding unknown evidence never raises the score', () => {
    fc.assert(
      fc.property(
        cluster,
        fc.subarray([...CLUSTER_EVIDENCE_KEYS]),
        fc.subarray(FACT_KEYS),
        fc.subarray([...PROVIDERS]),
        (evidence, unknownKeys, unknownFacts, affected) => {
          const before = assess(evidence);
          const blurred: ClusterEvidence = { ...evidence };
          for (const key of unknownKeys) {
            (blurred as any)[key] = { value: null, provenance: 'unknown' };
          }
          const providers = providerFacts.map(p =>
            affected.includes(p.id as any)
              ? {
                  ...p,
                  ...Object.fromEntries(
                    unknownFacts.map(k => [
                      k,
                      { value: null, provenance: 'unknown' },
                    ]),
                  ),
                }
              : p,
          );
          const after = assess(blurred, providers);
          expect(after.exactScore).toBeLessThanOrEqual(
            before.exactScore + 1e-9,
          );
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
