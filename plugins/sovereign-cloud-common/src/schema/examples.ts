import { CloudProviderEntity } from '../entities/CloudProvider';
import { SovereignClusterEntity } from '../entities/SovereignCluster';

/*
 * Example entities: the `examples` of the JSON Schemas, the YAML in the
 * README and the valid cases of the tests. The cluster follows worked
 * example (a) of the sovereignty research: a control plane split across
 * IONOS de/fra and Scaleway fr-par, Cilium WireGuard, Rook-Ceph.
 */

export const exampleSovereignCluster: SovereignClusterEntity = {
  apiVersion: 'sovereign-cloud.io/v1alpha1',
  kind: 'SovereignCluster',
  metadata: {
    name: 'eu-prod-1',
    title: 'EU production 1',
    description:
      'Production cluster across IONOS Frankfurt and Scaleway Paris.',
  },
  spec: {
    owner: 'group:default/platform-team',
    lifecycle: 'production',
    provider: 'ionos',
    locations: ['de/fra'],
    distribution: { name: 'kubeadm', version: '1.33.4' },
    controlPlane: {
      placements: [
        { location: 'de/fra', replicas: 2 },
        { provider: 'scaleway', location: 'fr-par-1', replicas: 1 },
      ],
    },
    nodePools: [
      {
        name: 'ionos-workers',
        machineType: 'VCPU-8-32',
        count: 3,
        labels: { 'example.com/tier': 'general' },
      },
      {
        name: 'scaleway-workers',
        provider: 'scaleway',
        location: 'fr-par-1',
        machineType: 'PRO2-M',
        count: 3,
        managedBy: 'external',
        taints: [
          {
            key: 'example.com/site',
            value: 'paris',
            effect: 'PreferNoSchedule',
          },
        ],
      },
    ],
    network: {
      overlay: 'cilium-wireguard',
      encryption: { mode: 'wireguard', scope: 'pod-and-node' },
      cni: 'cilium',
      mesh: 'eu-mesh',
      podCidr: '10.244.0.0/16',
      serviceCidr: '10.96.0.0/12',
    },
    storage: {
      backend: 'rook-ceph',
      replication: 3,
      failureDomain: 'host',
      classes: [
        {
          name: 'rook-ceph-block',
          default: true,
          encrypted: true,
          provisioner: 'rook-ceph.rbd.csi.ceph.com',
        },
      ],
    },
    observability: {
      prometheus: { url: 'https://prometheus.eu-prod-1.example.eu' },
      alertmanager: { url: 'https://alertmanager.eu-prod-1.example.eu' },
      grafana: { url: 'https://grafana.example.eu' },
      otlp: {
        endpoint: 'https://otlp.eu-prod-1.example.eu:4318',
        protocol: 'http/protobuf',
      },
    },
    access: {
      apiServer: 'https://api.eu-prod-1.example.eu:6443',
      certificateAuthority: {
        secretRef: {
          name: 'eu-prod-1-ca',
          namespace: 'sovereign-cloud',
          key: 'ca.crt',
        },
      },
      auth: {
        provider: 'serviceAccount',
        credential: {
          configKey: 'sovereignCloud.clusters.eu-prod-1.serviceAccount',
        },
      },
    },
    management: {
      type: 'gitops',
      repository: 'https://git.example.eu/platform/fleet.git',
      path: 'clusters/eu-prod-1',
      branch: 'main',
    },
    sovereignty: {
      keyManagement: {
        secretsEncryption: 'static-key',
        volumeKeys: 'k8s-secret',
      },
      operators: [
        {
          name: 'Example platform team',
          role: 'platform',
          country: 'DE',
          hasAdminAccess: true,
        },
      ],
      imageRegistries: [
        {
          host: 'harbor.example.eu',
          operator: 'Example GmbH',
          country: 'DE',
          mirror: true,
        },
        { host: 'quay.io' },
      ],
      admissionPolicies: {
        engine: 'kyverno',
        mode: 'audit',
        imageSignatures: 'customer',
        vulnerabilityGate: false,
      },
      auditLogging: {
        mode: 'customer-eu',
        destination: 'in-cluster Loki',
        retentionDays: 365,
      },
    },
    policy: {
      minimumSeal: 'SEAL-1',
      allowedJurisdictions: ['EU'],
      excludedProviders: ['aws'],
    },
    status: { phase: 'Ready', lastTransitionTime: '2026-11-20T09:00:00Z' },
  },
};

const operatorDeclaration = [
  { citation: 'operator', title: 'Declared by the operator' },
];

export const exampleCloudProvider: CloudProviderEntity = {
  apiVersion: 'sovereign-cloud.io/v1alpha1',
  kind: 'CloudProvider',
  metadata: {
    name: 'example-dc',
    title: 'Example GmbH data centre',
    description: "The operator's own bare-metal site, provisioned with Metal3.",
  },
  spec: {
    type: 'private-dc',
    owner: 'group:default/platform-team',
    reviewedAt: '2026-11-23',
    legalEntity: {
      value: 'Example GmbH',
      verification: 'declared',
      sources: operatorDeclaration,
    },
    hqCountry: {
      value: 'DE',
      verification: 'declared',
      sources: operatorDeclaration,
    },
    parent: {
      value: { name: 'Example GmbH', country: 'DE', jurisdiction: 'eu-eea' },
      verification: 'declared',
      sources: operatorDeclaration,
    },
    exposureClass: {
      value: 'eu-structural',
      verification: 'declared',
      sources: operatorDeclaration,
    },
    nonEuPresence: {
      value: [],
      verification: 'declared',
      sources: operatorDeclaration,
    },
    certifications: [
      {
        scheme: 'iso-27001',
        status: 'held',
        level: '27001:2022',
        scope: 'Data centre Frankfurt',
        validUntil: '2028-06-30',
        verification: 'declared',
        sources: [
          {
            url: 'https://example.eu/trust/iso-27001.pdf',
            title: 'Certificate',
          },
        ],
      },
    ],
    locations: [
      {
        id: 'fra-dc1',
        country: 'DE',
        euEea: true,
        city: 'Frankfurt',
        zones: ['fra-dc1-room-a', 'fra-dc1-room-b'],
        verification: 'declared',
        sources: operatorDeclaration,
      },
    ],
    provisioning: [
      {
        method: 'cluster-api',
        infrastructureProvider: 'Metal3',
        repository: 'metal3-io/cluster-api-provider-metal3',
        apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta1',
        clusterKind: 'Metal3Cluster',
        machineKind: 'Metal3MachineTemplate',
        contract: 'v1beta1',
        verification: 'verified',
        sources: [
          {
            citation: 'provisioning-reference §2.7',
            repo: 'metal3-io/cluster-api-provider-metal3',
          },
        ],
      },
    ],
  },
};
