/*
 * The one table of infrastructure-provider facts the renderers, the shipped
 * ClusterClasses (templates/clusterclasses/<renderer>/) and the README table
 * rely on. Each row says where its facts come from and how far they were
 * checked; change a row only together with its ClusterClass.
 */

/**
 * The renderers, one per provisioning engine.
 * @public
 */
export const CLUSTER_RENDERER_IDS = [
  'hetzner',
  'ionos',
  'scaleway',
  'openstack',
  'metal3',
  'aws',
  'stackit',
  'open-telekom-cloud',
] as const;

/** @public */
export type ClusterRendererId = (typeof CLUSTER_RENDERER_IDS)[number];

/**
 * How far a row was checked: `verified` read from the provider's source or
 * CRDs; `secondary` taken from release notes or docs of others.
 * @public
 */
export type ProviderFactVerification = 'verified' | 'secondary' | 'unverified';

/**
 * Facts about one provisioning engine.
 * @public
 */
export interface InfrastructureProviderFacts {
  id: ClusterRendererId;
  title: string;
  /** `cluster-api`: a Cluster with spec.topology; `crossplane`: managed Kubernetes resources. */
  engine: 'cluster-api' | 'crossplane';
  repository: string;
  /** Release the manifests target. */
  release: string;
  /** Cluster API contract the release implements (Cluster API providers only). */
  contract?: 'v1beta1' | 'v1beta2';
  /** apiVersion of the rendered Cluster and of the ClusterClass (Cluster API providers only). */
  clusterApiVersion?: 'cluster.x-k8s.io/v1beta1' | 'cluster.x-k8s.io/v1beta2';
  /** apiVersion of the provider's own kinds. */
  infrastructureApiVersion: string;
  /** Provider kinds of the ClusterClass (or the managed kinds for Crossplane). */
  kinds: { cluster: string; machines: string };
  /** Name of the reference ClusterClass shipped under templates/clusterclasses/<id>/. */
  clusterClass?: string;
  /** Secret (or identity) the provider reads its credentials from, by default name. */
  credentials?: {
    /** What is referenced: a Secret, or a cluster-scoped identity object. */
    kind: string;
    defaultName: string;
    /** Keys the Secret must hold (values never pass through the suite). */
    keys: string[];
  };
  /** What must be installed in the management cluster. */
  managementCluster: string[];
  /** True when the provider is usable only with the request's `experimental` flag. */
  experimental?: boolean;
  verification: ProviderFactVerification;
  sources: string[];
  note?: string;
}

const CAPI_CORE_V1BETA2 =
  'Cluster API core ≥ v1.11 (v1.14.0 checked) with kubeadm bootstrap and control plane, initialised with CLUSTER_TOPOLOGY=true';

/**
 * The provider table (provisioning reference §1–§2.9; CRDs of the schema kit).
 * @public
 */
export const INFRASTRUCTURE_PROVIDERS: Readonly<
  Record<ClusterRendererId, InfrastructureProviderFacts>
> = {
  hetzner: {
    id: 'hetzner',
    title: 'Hetzner (CAPH)',
    engine: 'cluster-api',
    repository: 'syself/cluster-api-provider-hetzner',
    release: 'v1.1.8',
    contract: 'v1beta1',
    clusterApiVersion: 'cluster.x-k8s.io/v1beta2',
    infrastructureApiVersion: 'infrastructure.cluster.x-k8s.io/v1beta1',
    kinds: {
      cluster: 'HetznerClusterTemplate',
      machines: 'HCloudMachineTemplate',
    },
    clusterClass: 'sovereign-hetzner-v1',
    credentials: { kind: 'Secret', defaultName: 'hetzner', keys: ['hcloud'] },
    managementCluster: [
      CAPI_CORE_V1BETA2,
      'CAPH v1.1.8 (clusterctl init --infrastructure hetzner)',
      'Secret with the hcloud API token (key hcloud) in the cluster namespace',
    ],
    verification: 'verified',
    sources: [
      'provisioning-reference §2.1',
      'syself/cluster-api-provider-hetzner templates/cluster-templates/v1beta1/cluster-class.yaml (v1beta2 core objects)',
      'schema kit crds/cluster-api-provider-hetzner (v1.1.8)',
    ],
    note: 'The released API is v1beta1; its own ClusterClass already uses Cluster API v1beta2 core objects.',
  },
  ionos: {
    id: 'ionos',
    title: 'IONOS Cloud (CAPIC)',
    engine: 'cluster-api',
    repository: 'ionos-cloud/cluster-api-provider-ionoscloud',
    release: 'v0.6.3',
    contract: 'v1beta1',
    clusterApiVersion: 'cluster.x-k8s.io/v1beta1',
    infrastructureApiVersion: 'infrastructure.cluster.x-k8s.io/v1alpha1',
    kinds: {
      cluster: 'IonosCloudClusterTemplate',
      machines: 'IonosCloudMachineTemplate',
    },
    clusterClass: 'sovereign-ionos-v1',
    credentials: {
      kind: 'Secret',
      defaultName: 'ionos-credentials',
      keys: ['token'],
    },
    managementCluster: [
      'Cluster API core with kubeadm and CLUSTER_TOPOLOGY=true: the CAPIC matrix lists v1.8–v1.10; later cores still serve v1beta1 until v1.16',
      'CAPIC v0.6.3 (clusterctl init --infrastructure ionoscloud)',
      'Secret with the IONOS token (key token) in the cluster namespace',
      'A reserved control-plane IP per cluster (kube-vip)',
    ],
    verification: 'verified',
    sources: [
      'provisioning-reference §2.2',
      'ionos-cloud/cluster-api-provider-ionoscloud metadata.yaml, README.md, templates/clusterclass-template.yaml',
    ],
    note: 'Does not serve the v1beta2 contract: Cluster, ClusterClass and kubeadm templates stay at v1beta1.',
  },
  scaleway: {
    id: 'scaleway',
    title: 'Scaleway (CAPS)',
    engine: 'cluster-api',
    repository: 'scaleway/cluster-api-provider-scaleway',
    release: 'v0.2.2',
    contract: 'v1beta2',
    clusterApiVersion: 'cluster.x-k8s.io/v1beta2',
    infrastructureApiVersion: 'infrastructure.cluster.x-k8s.io/v1alpha2',
    kinds: {
      cluster: 'ScalewayClusterTemplate',
      machines: 'ScalewayMachineTemplate',
    },
    clusterClass: 'sovereign-scaleway-v1',
    credentials: {
      kind: 'Secret',
      defaultName: 'scaleway-credentials',
      keys: ['SCW_ACCESS_KEY', 'SCW_SECRET_KEY'],
    },
    managementCluster: [
      CAPI_CORE_V1BETA2,
      'CAPS v0.2.2 (clusterctl init --infrastructure scaleway)',
      'Secret with SCW_ACCESS_KEY and SCW_SECRET_KEY in the cluster namespace',
    ],
    verification: 'verified',
    sources: [
      'provisioning-reference §2.3',
      'scaleway/cluster-api-provider-scaleway metadata.yaml, templates/cluster-template.yaml',
      'schema kit crds/cluster-api-provider-scaleway (v0.2.2)',
    ],
  },
  openstack: {
    id: 'openstack',
    title: 'OpenStack (CAPO): OVHcloud, plusserver pluscloud open, SCS clouds',
    engine: 'cluster-api',
    repository: 'kubernetes-sigs/cluster-api-provider-openstack',
    release: 'v0.14.7',
    contract: 'v1beta1',
    clusterApiVersion: 'cluster.x-k8s.io/v1beta2',
    infrastructureApiVersion: 'infrastructure.cluster.x-k8s.io/v1beta1',
    kinds: {
      cluster: 'OpenStackClusterTemplate',
      machines: 'OpenStackMachineTemplate',
    },
    clusterClass: 'sovereign-openstack-v1',
    credentials: {
      kind: 'Secret',
      defaultName: 'openstack-cloud-config',
      keys: ['clouds.yaml', 'cacert'],
    },
    managementCluster: [
      CAPI_CORE_V1BETA2,
      'ORC (k-orc/openstack-resource-controller), a CAPO dependency since v0.12',
      'CAPO v0.14.7 (clusterctl init --infrastructure openstack)',
      'Secret with clouds.yaml (one cloud entry per OpenStack region or plusserver environment) in the cluster namespace',
    ],
    verification: 'secondary',
    sources: [
      'provisioning-reference §2.4',
      'schema kit crds/cluster-api-provider-openstack (v0.14.7)',
      'CAPO v0.13 release notes (Mirantis mirror): Cluster API v1.11 and v1beta2 core support',
    ],
    note: 'API v1beta2 arrives with CAPO v0.15 (beta). Cluster API v1.11+ compatibility of v0.14 is from release notes, not source.',
  },
  metal3: {
    id: 'metal3',
    title: 'Private data centre: Metal3 (CAPM3)',
    engine: 'cluster-api',
    repository: 'metal3-io/cluster-api-provider-metal3',
    release: 'v1.13.2',
    contract: 'v1beta2',
    clusterApiVersion: 'cluster.x-k8s.io/v1beta2',
    infrastructureApiVersion: 'infrastructure.cluster.x-k8s.io/v1beta2',
    kinds: {
      cluster: 'Metal3ClusterTemplate',
      machines: 'Metal3MachineTemplate',
    },
    clusterClass: 'sovereign-metal3-v1',
    managementCluster: [
      CAPI_CORE_V1BETA2,
      'CAPM3 v1.13.2 with IPAM (clusterctl init --infrastructure metal3)',
      'Bare Metal Operator and Ironic; BareMetalHosts enrolled (BMC credentials stay in their Secrets)',
    ],
    verification: 'secondary',
    sources: [
      'provisioning-reference §2.7',
      'schema kit crds/cluster-api-provider-metal3 (v1.13.2: v1beta2 storage, v1beta1 deprecated)',
    ],
    note: 'No cloud credentials: hosts are selected by labels; the BMC Secrets belong to the BareMetalHosts.',
  },
  aws: {
    id: 'aws',
    title: 'AWS (CAPA)',
    engine: 'cluster-api',
    repository: 'kubernetes-sigs/cluster-api-provider-aws',
    release: 'v2.11.1',
    contract: 'v1beta1',
    clusterApiVersion: 'cluster.x-k8s.io/v1beta2',
    infrastructureApiVersion: 'infrastructure.cluster.x-k8s.io/v1beta2',
    kinds: { cluster: 'AWSClusterTemplate', machines: 'AWSMachineTemplate' },
    clusterClass: 'sovereign-aws-v1',
    credentials: {
      kind: 'AWSClusterStaticIdentity',
      defaultName: 'aws-static-identity',
      keys: ['AccessKeyID', 'SecretAccessKey'],
    },
    managementCluster: [
      CAPI_CORE_V1BETA2,
      'CAPA v2.11.1 (clusterctl init --infrastructure aws)',
      'AWSClusterStaticIdentity whose Secret (in the CAPA namespace) holds the access keys',
    ],
    verification: 'secondary',
    sources: [
      'provisioning-reference §2.8',
      'schema kit crds/cluster-api-provider-aws (v2.11.1)',
    ],
  },
  stackit: {
    id: 'stackit',
    title: 'STACKIT (CAPSTK, experimental)',
    engine: 'cluster-api',
    repository: 'stackitcloud/cluster-api-provider-stackit',
    release: 'unreleased (main)',
    contract: 'v1beta2',
    clusterApiVersion: 'cluster.x-k8s.io/v1beta2',
    infrastructureApiVersion: 'infrastructure.cluster.x-k8s.io/v1alpha1',
    kinds: {
      cluster: 'StackitClusterTemplate',
      machines: 'StackitMachineTemplate',
    },
    clusterClass: 'sovereign-stackit-v1',
    credentials: {
      kind: 'Secret',
      defaultName: 'stackit-credentials',
      keys: ['service-account JSON'],
    },
    managementCluster: [
      CAPI_CORE_V1BETA2,
      'CAPSTK built from main (no releases, no Helm chart)',
      'Secret with the STACKIT service-account JSON in the cluster namespace',
      'A pre-existing STACKIT network per cluster',
    ],
    experimental: true,
    verification: 'verified',
    sources: [
      'provisioning-reference §2.5',
      'schema kit crds/cluster-api-provider-stackit (index copy)',
    ],
    note: 'README: "not an officially supported STACKIT project … use at your own risk".',
  },
  'open-telekom-cloud': {
    id: 'open-telekom-cloud',
    title: 'Open Telekom Cloud (Crossplane, managed CCE)',
    engine: 'crossplane',
    repository: 'opentelekomcloud/provider-opentelekomcloud',
    release: 'main (Crossplane v2 namespaced API)',
    infrastructureApiVersion: 'cce.opentelekomcloud.m.crossplane.io/v1alpha1',
    kinds: { cluster: 'ClusterV3', machines: 'NodePoolV3' },
    credentials: {
      kind: 'ClusterProviderConfig',
      defaultName: 'open-telekom-cloud',
      keys: [
        'credentials (JSON: user_name, password, auth_url, domain_name, tenant_name)',
      ],
    },
    managementCluster: [
      'Crossplane v2',
      'provider-opentelekomcloud',
      'ClusterProviderConfig referencing a Secret with the OTC credentials JSON',
      'VPC and subnet for the cluster (ids passed as settings)',
    ],
    verification: 'verified',
    sources: [
      'provisioning-reference §2.9',
      'opentelekomcloud/provider-opentelekomcloud package/crds/cce.opentelekomcloud.m.crossplane.io_{clusterv3s,nodepoolv3s}.yaml',
    ],
    note: 'No Cluster API provider: the load-balancer API is not Octavia-compatible, so CAPO is no path.',
  },
};

/**
 * Which renderer serves a catalogue provider, by provider name. Providers not
 * listed are matched by the Cluster API or Crossplane provider their
 * catalogue entry names (e.g. an own SCS cloud with CAPO, a data centre with Metal3).
 * @public
 */
export const PROVIDER_RENDERERS: Readonly<Record<string, ClusterRendererId>> = {
  hetzner: 'hetzner',
  ionos: 'ionos',
  scaleway: 'scaleway',
  ovhcloud: 'openstack',
  plusserver: 'openstack',
  stackit: 'stackit',
  aws: 'aws',
  'open-telekom-cloud': 'open-telekom-cloud',
  'private-dc': 'metal3',
};

/** Catalogue `provisioning[].infrastructureProvider` (or Crossplane repository) → renderer. */
export const PROVISIONING_RENDERERS: Readonly<
  Record<string, ClusterRendererId>
> = {
  CAPH: 'hetzner',
  CAPIC: 'ionos',
  CAPS: 'scaleway',
  CAPO: 'openstack',
  Metal3: 'metal3',
  CAPA: 'aws',
  CAPSTK: 'stackit',
  'opentelekomcloud/provider-opentelekomcloud': 'open-telekom-cloud',
};
