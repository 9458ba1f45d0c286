/*
 * Test fixtures built with the real posture engine from clusters of the
 * example fleet (examples/fleet/clusters.yaml), so the shapes and numbers
 * the components render are the ones the backend serves.
 */
import {
  assessCluster,
  assessMesh,
  ClusterEvidence,
  ClusterEvidenceState,
  createProviderCatalogue,
  defaultCloudProviders,
  EntityPostureResponse,
  evidenceFromEntity,
  FleetClusterSummary,
  FleetSummaryResponse,
  mergeObservedEvidence,
  PostureHistoryResponse,
  providerFactsFromCatalogue,
  ProviderFacts,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

const cluster = (
  name: string,
  title: string,
  spec: Omit<SovereignClusterEntity['spec'], 'owner' | 'lifecycle'> & {
    lifecycle?: string;
  },
): SovereignClusterEntity => ({
  apiVersion: 'sovereign-cloud.io/v1alpha1',
  kind: 'SovereignCluster',
  metadata: { name, namespace: 'default', title },
  spec: {
    owner: 'group:default/platform-team',
    lifecycle: 'production',
    ...spec,
  } as SovereignClusterEntity['spec'],
});

/** `ionos-fra-prod` of the example fleet. */
export const ionosCluster = cluster(
  'ionos-fra-prod',
  'IONOS Frankfurt production',
  {
    provider: 'ionos',
    locations: ['de/fra', 'de/fra/2'],
    distribution: { name: 'kubeadm', version: '1.33.4' },
    controlPlane: { replicas: 3 },
    nodePools: [
      {
        name: 'general',
        location: 'de/fra',
        machineType: 'VCPU-8-32',
        count: 4,
      },
      {
        name: 'general-b',
        location: 'de/fra/2',
        machineType: 'VCPU-8-32',
        count: 3,
      },
    ],
    network: {
      overlay: 'cilium-wireguard',
      encryption: { mode: 'wireguard', scope: 'pod-and-node' },
      mesh: 'eu-core',
    },
    storage: {
      backend: 'rook-ceph',
      replication: 3,
      failureDomain: 'zone',
      classes: [
        {
          name: 'ceph-block',
          default: true,
          encrypted: true,
          provisioner: 'rook-ceph.rbd.csi.ceph.com',
        },
      ],
    },
    management: {
      type: 'cluster-api',
      managementCluster: 'mgmt-fra',
      namespace: 'ionos',
    },
    policy: { minimumSeal: 'SEAL-2', allowedJurisdictions: ['EU'] },
  } as any,
);

/** `scaleway-par-prod` of the example fleet. */
export const scalewayCluster = cluster(
  'scaleway-par-prod',
  'Scaleway Paris production',
  {
    provider: 'scaleway',
    locations: ['fr-par'],
    distribution: { name: 'kubeadm', version: '1.33.4' },
    controlPlane: { replicas: 3 },
    nodePools: [
      { name: 'general', location: 'fr-par', machineType: 'PRO2-M', count: 5 },
    ],
    network: {
      overlay: 'cilium-wireguard',
      encryption: { mode: 'wireguard', scope: 'pod-and-node' },
      mesh: 'eu-core',
    },
    storage: { backend: 'rook-ceph' },
    management: {
      type: 'cluster-api',
      managementCluster: 'mgmt-fra',
      namespace: 'scaleway',
    },
  } as any,
);

/** `aws-fra-legacy` of the example fleet. */
export const awsCluster = cluster(
  'aws-fra-legacy',
  'AWS Frankfurt (legacy billing)',
  {
    lifecycle: 'deprecated',
    provider: 'aws',
    locations: ['eu-central-1'],
    distribution: { name: 'kubeadm', version: '1.31.6' },
    controlPlane: { replicas: 3 },
    nodePools: [
      {
        name: 'legacy',
        location: 'eu-central-1',
        machineType: 'm6i.xlarge',
        count: 3,
      },
    ],
    network: { overlay: 'none', encryption: { mode: 'none' } },
    storage: { backend: 'provider-csi' },
    management: {
      type: 'cluster-api',
      managementCluster: 'mgmt-fra',
      namespace: 'aws',
    },
  } as any,
);

const catalogue = createProviderCatalogue(defaultCloudProviders());

function providerFacts(evidence: ClusterEvidence[]): ProviderFacts[] {
  const ids = new Set(
    evidence.flatMap(e => (e.nodes.value ?? []).map(n => n.provider)),
  );
  return [...ids].map(id => providerFactsFromCatalogue(catalogue.find(id)!));
}

/**
 * The IONOS cluster's declared evidence, with the collector's observation
 * that WireGuard encrypts pod traffic only (declared: pods and nodes).
 */
export function ionosEvidence(): ClusterEvidence {
  return mergeObservedEvidence(evidenceFromEntity(ionosCluster, catalogue), {
    network: {
      value: { mode: 'wireguard', scope: 'pod' },
      provenance: 'observed',
      source: 'kube-system/cilium-config',
    },
  });
}

const ASSESSED_AT = '2026-03-02T08:00:00.000Z';

/** The posture of `ionos-fra-prod` as `GET /posture/sovereigncluster/default/ionos-fra-prod` serves it. */
export function ionosPosture(
  evidenceState: Partial<ClusterEvidenceState> = {},
): EntityPostureResponse {
  const evidence = ionosEvidence();
  return {
    entityRef: evidence.cluster,
    subjectKind: 'cluster',
    assessedAt: ASSESSED_AT,
    report: assessCluster({
      cluster: evidence,
      providers: providerFacts([evidence]),
    }),
    evidence: [
      {
        cluster: evidence.cluster,
        status: 'observed',
        collectedAt: ASSESSED_AT,
        probes: [
          { probe: 'nodes', status: 'ok' },
          { probe: 'cilium', status: 'ok' },
        ],
        ...evidenceState,
      },
    ],
  };
}

/**
 * `ionos-fra-prod` after a re-assessment that also observed customer-held
 * keys and EU audit logging: a higher score.
 */
export function reassessedIonosPosture(): EntityPostureResponse {
  const evidence = mergeObservedEvidence(ionosEvidence(), {
    secretsEncryption: { value: 'kms-v2-customer', provenance: 'observed' },
    volumeKeys: { value: 'customer-kms', provenance: 'observed' },
    auditLogging: { value: 'realtime-customer-eu', provenance: 'observed' },
  });
  return {
    ...ionosPosture(),
    assessedAt: '2026-03-03T09:30:00.000Z',
    report: assessCluster({
      cluster: evidence,
      providers: providerFacts([evidence]),
    }),
  };
}

/** The AWS cluster, whose API could not be read: declared facts only. */
export function awsPosture(): EntityPostureResponse {
  const evidence = evidenceFromEntity(awsCluster, catalogue);
  return {
    entityRef: evidence.cluster,
    subjectKind: 'cluster',
    assessedAt: ASSESSED_AT,
    report: assessCluster({
      cluster: evidence,
      providers: providerFacts([evidence]),
    }),
    evidence: [
      {
        cluster: evidence.cluster,
        status: 'failed',
        reason: 'Kubernetes API timed out after 10s',
        probes: [
          {
            probe: 'nodes',
            status: 'failed',
            reason: 'Kubernetes API timed out after 10s',
          },
        ],
      },
    ],
  };
}

/** The `eu-core` mesh (IONOS + Scaleway clusters). */
export function meshPosture(): EntityPostureResponse {
  const clusters = [
    ionosEvidence(),
    evidenceFromEntity(scalewayCluster, catalogue),
  ];
  const mesh = assessMesh({
    mesh: 'resource:default/eu-core',
    clusters,
    providers: providerFacts(clusters),
  });
  return {
    entityRef: 'resource:default/eu-core',
    subjectKind: 'mesh',
    assessedAt: ASSESSED_AT,
    report: mesh.report,
    evidence: [
      {
        cluster: clusters[0].cluster,
        status: 'partial',
        collectedAt: ASSESSED_AT,
        reason: 'admission: forbidden (403)',
        probes: [
          { probe: 'nodes', status: 'ok' },
          {
            probe: 'admission',
            status: 'failed',
            reason: 'forbidden (403)',
          },
        ],
      },
      { cluster: clusters[1].cluster, status: 'not-configured', probes: [] },
    ],
    members: mesh.clusters.map(r => ({
      cluster: r.subject,
      score: r.score,
      seal: r.seal.level,
      sealLabel: r.seal.label,
      provisional: r.seal.provisional,
      binding: r.seal.binding,
    })),
    continuity: mesh.continuity,
    survivesLossOfAnyProvider: mesh.survivesLossOfAnyProvider,
  };
}

/** Three assessments of `ionos-fra-prod`, oldest first. */
export function ionosHistory(): PostureHistoryResponse {
  return {
    entityRef: 'sovereigncluster:default/ionos-fra-prod',
    points: [
      {
        assessedAt: '2026-02-01T08:00:00.000Z',
        weightProfile: 'csf-v1.2.1',
        score: 48.2,
        seal: 0,
        provisional: true,
        evidenceStatus: 'not-configured',
      },
      {
        assessedAt: '2026-02-15T08:00:00.000Z',
        weightProfile: 'csf-v1.2.1',
        score: 55.9,
        seal: 1,
        provisional: true,
        evidenceStatus: 'partial',
      },
      {
        assessedAt: ASSESSED_AT,
        weightProfile: 'csf-v1.2.1',
        score: ionosPosture().report.score,
        seal: ionosPosture().report.seal.level,
        provisional: ionosPosture().report.seal.provisional,
        evidenceStatus: 'observed',
      },
    ],
  };
}

const PROVIDERS = ['ionos', 'scaleway', 'hetzner', 'ovhcloud', 'aws'];

/** Row `i` of a synthetic 5,000-cluster fleet. */
export function fleetRow(i: number): FleetClusterSummary {
  const provider = PROVIDERS[i % PROVIDERS.length];
  const seal = (i % 5) as 0 | 1 | 2 | 3 | 4;
  return {
    entityRef: `sovereigncluster:default/cluster-${i}`,
    name: `cluster-${i}`,
    title: `Cluster ${i}`,
    owner: 'group:default/platform-team',
    providers: [provider],
    countries: [provider === 'scaleway' ? 'FR' : 'DE'],
    mesh: i % 2 === 0 ? 'resource:default/eu-core' : undefined,
    score: 40 + (i % 50),
    seal,
    sealLabel: `SEAL-${seal}`,
    provisional: i % 3 === 0,
    binding: ['SC-3.02'],
    evidenceStatus: i % 7 === 0 ? 'failed' : 'observed',
    evidenceReason: i % 7 === 0 ? 'Kubernetes API answered 503' : undefined,
    assessedAt: ASSESSED_AT,
    vcpu: 24,
  };
}

/** One page of the synthetic fleet, as `GET /fleet` serves it. */
export function fleetPage(
  offset = 0,
  limit = 100,
  totalItems = 5000,
): FleetSummaryResponse {
  const items: FleetClusterSummary[] = [];
  for (let i = offset; i < Math.min(offset + limit, totalItems); i++) {
    items.push(fleetRow(i));
  }
  return {
    items,
    totalItems,
    offset,
    limit,
    weightProfile: 'csf-v1.2.1',
    facets: {
      provider: PROVIDERS.map(value => ({ value, count: totalItems / 5 })),
      country: [
        { value: 'DE', count: 4000 },
        { value: 'FR', count: 1000 },
      ],
      seal: [0, 1, 2, 3, 4].map(s => ({ value: String(s), count: 1000 })),
      mesh: [{ value: 'resource:default/eu-core', count: 2500 }],
    },
    providerConcentration: [
      { provider: 'ionos', clusters: 1000, vcpu: 36000, share: 0.3 },
      { provider: 'scaleway', clusters: 1000, vcpu: 24000, share: 0.2 },
      { provider: 'hetzner', clusters: 1000, vcpu: 24000, share: 0.2 },
      { provider: 'ovhcloud', clusters: 1000, vcpu: 24000, share: 0.2 },
      { provider: 'aws', clusters: 1000, vcpu: 12000, share: 0.1 },
    ],
  };
}
