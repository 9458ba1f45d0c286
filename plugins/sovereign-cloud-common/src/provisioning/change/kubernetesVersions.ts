import { FactSource } from '../../entities/facts';
import { Verification } from '../../entities/vocabulary';

/*
 * Which Kubernetes minors each shipped ClusterClass (templates/clusterclasses/
 * <renderer>/) can run. The classes pin no version themselves: the topology
 * version drives the kubeadm control plane and the machine images, so the
 * window is that of the Cluster API release (and, where the class names one,
 * the image source) the class targets. None of these windows was read from a
 * version-support table in source, hence `unverified`: treat a refusal as
 * "not checked", and widen a row only with a source.
 */

/** @public */
export type ClusterClassKubernetesSupport = {
  /** Renderer id of the node package (`hetzner`, `openstack`, …). */
  renderer: string;
  /** The shipped ClusterClass, or undefined for managed control planes. */
  clusterClass?: string;
  /** Catalogue names of the CloudProviders this row serves. */
  providers: string[];
  /** Oldest and newest supported minor, as `v1.<minor>`. */
  minors: { oldest: string; newest: string };
  verification: Verification;
  sources: FactSource[];
  note?: string;
};

const CAPI_V1_14: FactSource = {
  citation: 'provisioning-reference §1.1',
  repo: 'kubernetes-sigs/cluster-api',
  commit: 'ae7ff047db49',
  title:
    'Cluster API v1.14.0 (v1beta2 core) targeted by the v1beta2 classes; workload minors from its kubeadm control plane, not read from its support table',
};

const classSource = (renderer: string): FactSource => ({
  citation: 'templates/clusterclasses/README.md',
  path: `templates/clusterclasses/${renderer}/clusterclass.yaml`,
  title: `Shipped ClusterClass for ${renderer}: no pinned Kubernetes version; the image is a variable`,
});

const V1BETA2_WINDOW = { oldest: 'v1.31', newest: 'v1.35' };

/**
 * Supported Kubernetes minors per infrastructure provider and its shipped
 * ClusterClass.
 * @public
 */
export const CLUSTER_CLASS_KUBERNETES_SUPPORT: ReadonlyArray<ClusterClassKubernetesSupport> =
  [
    {
      renderer: 'hetzner',
      clusterClass: 'sovereign-hetzner-v1',
      providers: ['hetzner'],
      minors: V1BETA2_WINDOW,
      verification: 'unverified',
      sources: [CAPI_V1_14, classSource('hetzner')],
      note: 'CAPH v1.1.8 with v1beta2 core objects; the ubuntu-24.04 image installs the kubeadm of the topology version.',
    },
    {
      renderer: 'ionos',
      clusterClass: 'sovereign-ionos-v1',
      providers: ['ionos'],
      // CAPIC's matrix lists Cluster API v1.8–v1.10 (provisioning-reference §2.2).
      minors: { oldest: 'v1.29', newest: 'v1.33' },
      verification: 'unverified',
      sources: [
        {
          citation: 'provisioning-reference §2.2',
          repo: 'ionos-cloud/cluster-api-provider-ionoscloud',
          commit: 'de375f0481a3',
          path: 'metadata.yaml',
          title:
            'CAPIC v0.6.3, Cluster API v1.8–v1.10 contract v1beta1; minors follow those core releases',
        },
        classSource('ionos'),
      ],
      note: 'Needs a Cluster API node image of the target version (variable imageID).',
    },
    {
      renderer: 'scaleway',
      clusterClass: 'sovereign-scaleway-v1',
      providers: ['scaleway'],
      minors: V1BETA2_WINDOW,
      verification: 'unverified',
      sources: [CAPI_V1_14, classSource('scaleway')],
    },
    {
      renderer: 'openstack',
      clusterClass: 'sovereign-openstack-v1',
      providers: ['ovhcloud', 'plusserver'],
      minors: V1BETA2_WINDOW,
      verification: 'unverified',
      sources: [
        CAPI_V1_14,
        classSource('openstack'),
        {
          citation: 'provisioning-reference §2.3',
          title:
            'CAPO images are named per version (ubuntu-capi-image-v1.33.4): an image of the target version must exist in the cloud',
        },
      ],
    },
    {
      renderer: 'metal3',
      clusterClass: 'sovereign-metal3-v1',
      providers: ['private-dc'],
      minors: V1BETA2_WINDOW,
      verification: 'unverified',
      sources: [CAPI_V1_14, classSource('metal3')],
      note: 'The node image (imageURL) must carry the target version.',
    },
    {
      renderer: 'aws',
      clusterClass: 'sovereign-aws-v1',
      providers: ['aws'],
      minors: V1BETA2_WINDOW,
      verification: 'unverified',
      sources: [CAPI_V1_14, classSource('aws')],
      note: 'CAPA looks up a published AMI by Kubernetes version.',
    },
    {
      renderer: 'stackit',
      clusterClass: 'sovereign-stackit-v1',
      providers: ['stackit'],
      minors: V1BETA2_WINDOW,
      verification: 'unverified',
      sources: [CAPI_V1_14, classSource('stackit')],
      note: 'CAPSTK is experimental (built against Cluster API v1.13.2).',
    },
  ];

/** `v1.33.4` → `[1, 33, 4]`; undefined when not a version. */
export function versionParts(
  version: string,
): [number, number, number] | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

/**
 * The support row of a provider: by renderer id when given, else by the
 * catalogue name of the provider.
 * @public
 */
export function kubernetesSupportOf(options: {
  renderer?: string;
  providerName?: string;
}): ClusterClassKubernetesSupport | undefined {
  if (options.renderer) {
    return CLUSTER_CLASS_KUBERNETES_SUPPORT.find(
      row => row.renderer === options.renderer,
    );
  }
  return CLUSTER_CLASS_KUBERNETES_SUPPORT.find(row =>
    row.providers.includes(options.providerName ?? ''),
  );
}
