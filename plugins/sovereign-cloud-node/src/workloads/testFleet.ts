import type {
  DeployableWorkload,
  PlacementClusterInput,
  SovereignClusterEntity,
  StorageClassDeclaration,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

type TestCluster = {
  name: string;
  provider: string;
  location: string;
  country: string;
  storage?: { replication: number; classes: StorageClassDeclaration[] };
  annotations?: Record<string, string>;
};

/** A SovereignCluster as the catalog holds it (test helper). */
export function testClusterEntity(o: TestCluster): SovereignClusterEntity {
  return {
    apiVersion: 'sovereign-cloud.io/v1alpha1',
    kind: 'SovereignCluster',
    metadata: {
      name: o.name,
      namespace: 'default',
      annotations: o.annotations,
    },
    spec: {
      owner: 'group:platform',
      lifecycle: 'production',
      provider: `cloudprovider:default/${o.provider}`,
      locations: [o.location],
      distribution: { name: 'kubeadm', version: '1.33.4' },
      controlPlane: { replicas: 3 },
      nodePools: [{ name: 'workers', machineType: 'm', count: 3 }],
      network: { overlay: 'none', encryption: { mode: 'none' } },
      management: { type: 'external' },
      ...(o.storage
        ? {
            storage: {
              backend: 'rook-ceph',
              replication: o.storage.replication,
              classes: o.storage.classes,
            },
          }
        : {}),
    },
  } as SovereignClusterEntity;
}

/**
 * Five clusters: three EU providers with storage (Hetzner, IONOS,
 * Scaleway), an OVH cluster without storage and an AWS cluster in the US.
 */
export function testFleet(): PlacementClusterInput[] {
  const clusters: (TestCluster & { seal: 'SEAL-2' | 'SEAL-3' })[] = [
    {
      name: 'hz-fsn1-prod',
      provider: 'hetzner',
      location: 'fsn1',
      country: 'DE',
      seal: 'SEAL-3',
      storage: {
        replication: 3,
        classes: [
          { name: 'ceph-block', default: true },
          { name: 'ceph-block-encrypted', encrypted: true },
        ],
      },
      annotations: { 'sovereign-cloud.io/karmada-member': 'hetzner-fsn1' },
    },
    {
      name: 'ionos-txl-prod',
      provider: 'ionos',
      location: 'de/txl',
      country: 'DE',
      seal: 'SEAL-3',
      storage: {
        replication: 2,
        classes: [
          { name: 'longhorn', default: true },
          { name: 'longhorn-3-encrypted', replication: 3, encrypted: true },
        ],
      },
      annotations: { 'sovereign-cloud.io/argocd-cluster': 'ionos-berlin' },
    },
    {
      name: 'scw-par1-prod',
      provider: 'scaleway',
      location: 'fr-par-1',
      country: 'FR',
      seal: 'SEAL-3',
      storage: {
        replication: 3,
        classes: [{ name: 'simplyblock', default: true, encrypted: true }],
      },
    },
    {
      name: 'ovh-gra-dev',
      provider: 'ovhcloud',
      location: 'GRA',
      country: 'FR',
      seal: 'SEAL-2',
    },
    {
      name: 'aws-use1',
      provider: 'aws',
      location: 'us-east-1',
      country: 'US',
      seal: 'SEAL-2',
      storage: { replication: 3, classes: [{ name: 'gp3', default: true }] },
    },
  ];
  return clusters.map(c => ({
    entity: testClusterEntity(c),
    seal: c.seal,
    countries: [c.country],
  }));
}

/** A stateful payments ledger: EU only, encrypted triple-replicated data, survives a provider loss. */
export function ledgerWorkload(
  overrides: Partial<DeployableWorkload> = {},
): DeployableWorkload {
  return {
    name: 'ledger',
    namespace: 'payments',
    replicas: 6,
    resources: { cpuMilli: 250, memoryMiB: 512 },
    volumes: [
      {
        name: 'data',
        sizeGiB: 20,
        mountPath: '/var/lib/ledger',
        storage: { replication: 3, encrypted: true },
      },
    ],
    placement: {
      replicaScheduling: {
        replicaSchedulingType: 'Divided',
        replicaDivisionPreference: 'Weighted',
      },
    },
    sovereignty: {
      allowedJurisdictions: ['EU'],
      dataResidency: ['EU'],
      survivesProviderLoss: { minReplicas: 4 },
    },
    template: {
      image: 'registry.example.eu/payments/ledger:1.4.2',
      ports: [
        { name: 'http', containerPort: 8080, servicePort: 80 },
        { name: 'metrics', containerPort: 9090 },
      ],
      env: [
        { name: 'LOG_LEVEL', value: 'info' },
        {
          name: 'DB_PASSWORD',
          secretRef: { name: 'ledger-db', key: 'password' },
        },
      ],
      limits: { cpuMilli: 1000, memoryMiB: 1024 },
      ingressFromNamespaces: ['payments', 'ingress-nginx'],
    },
    ...overrides,
  };
}

/** A stateless frontend, 5 replicas divided over the EU clusters. */
export function frontendWorkload(): DeployableWorkload {
  return {
    name: 'frontend',
    namespace: 'shop',
    replicas: 5,
    resources: { cpuMilli: 100, memoryMiB: 128 },
    placement: {
      replicaScheduling: {
        replicaSchedulingType: 'Divided',
        replicaDivisionPreference: 'Weighted',
      },
    },
    sovereignty: {
      allowedJurisdictions: ['EU'],
      excludedProviders: ['ovhcloud'],
    },
    template: {
      image:
        'registry.example.eu/shop/frontend@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      ports: [{ name: 'http', containerPort: 8080 }],
    },
  };
}
