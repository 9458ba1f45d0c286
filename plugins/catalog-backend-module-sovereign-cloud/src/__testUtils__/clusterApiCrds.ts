/*
 * Minimal CustomResourceDefinitions for the Kubernetes test server: the
 * group, kinds and served versions of Cluster API and the infrastructure
 * providers (provisioning reference §1–2), with schemas that keep any field.
 */

const openSchema = {
  openAPIV3Schema: {
    type: 'object',
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { type: 'object' },
      spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
      status: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
    },
  },
};

function crd(group: string, kind: string, versions: string[]) {
  const plural = `${kind.toLowerCase()}s`;
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${plural}.${group}` },
    spec: {
      group,
      names: {
        kind,
        listKind: `${kind}List`,
        plural,
        singular: kind.toLowerCase(),
      },
      scope: 'Namespaced',
      versions: versions.map((name, index) => ({
        name,
        served: true,
        storage: index === versions.length - 1,
        schema: openSchema,
        subresources: { status: {} },
      })),
    },
  };
}

const CAPI = 'cluster.x-k8s.io';
const CONTROL_PLANE = 'controlplane.cluster.x-k8s.io';
const INFRA = 'infrastructure.cluster.x-k8s.io';

/** The infrastructure kinds at the API versions their released providers serve. */
export const infrastructureCrds = [
  crd(INFRA, 'HetznerCluster', ['v1beta1']),
  crd(INFRA, 'HCloudMachineTemplate', ['v1beta1']),
  crd(INFRA, 'IonosCloudCluster', ['v1alpha1']),
  crd(INFRA, 'IonosCloudMachineTemplate', ['v1alpha1']),
  crd(INFRA, 'ScalewayCluster', ['v1alpha1', 'v1alpha2']),
  crd(INFRA, 'ScalewayManagedCluster', ['v1alpha2']),
  crd(INFRA, 'ScalewayManagedControlPlane', ['v1alpha2']),
  crd(INFRA, 'ScalewayManagedMachinePool', ['v1alpha2']),
  crd(INFRA, 'OpenStackCluster', ['v1beta1']),
  crd(INFRA, 'OpenStackMachineTemplate', ['v1beta1']),
  crd(INFRA, 'AWSCluster', ['v1beta2']),
  crd(INFRA, 'Metal3Cluster', ['v1beta1']),
  crd(INFRA, 'Metal3MachineTemplate', ['v1beta1']),
  crd(INFRA, 'DockerCluster', ['v1beta2']),
];

/** A current management cluster: Cluster API core served at v1beta1 (deprecated) and v1beta2. */
export const clusterApiV1beta2Crds = [
  crd(CAPI, 'Cluster', ['v1beta1', 'v1beta2']),
  crd(CAPI, 'MachineDeployment', ['v1beta1', 'v1beta2']),
  crd(CAPI, 'MachinePool', ['v1beta1', 'v1beta2']),
  crd(CONTROL_PLANE, 'KubeadmControlPlane', ['v1beta1', 'v1beta2']),
  ...infrastructureCrds,
];

/** An older management cluster (Cluster API before v1.11): only v1beta1 is served, no MachinePools. */
export const clusterApiV1beta1OnlyCrds = [
  crd(CAPI, 'Cluster', ['v1beta1']),
  crd(CAPI, 'MachineDeployment', ['v1beta1']),
  crd(CONTROL_PLANE, 'KubeadmControlPlane', ['v1beta1']),
  ...infrastructureCrds,
];
