/*
 * CustomResourceDefinitions of the storage projects the live cards read,
 * cut down to what the Kubernetes test server needs to serve their kinds
 * (names, scope and versions as upstream ships them).
 */

const openSchema = {
  openAPIV3Schema: {
    type: 'object',
    'x-kubernetes-preserve-unknown-fields': true,
  },
};

function crd(group: string, kind: string, plural: string, version: string) {
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
      versions: [
        {
          name: version,
          served: true,
          storage: true,
          schema: openSchema,
          subresources: { status: {} },
        },
      ],
    },
  };
}

/** Rook (ceph.rook.io/v1). */
export const rookCrds = [
  crd('ceph.rook.io', 'CephCluster', 'cephclusters', 'v1'),
  crd('ceph.rook.io', 'CephBlockPool', 'cephblockpools', 'v1'),
  crd('ceph.rook.io', 'CephFilesystem', 'cephfilesystems', 'v1'),
];

/** Longhorn (longhorn.io/v1beta2). */
export const longhornCrds = [
  crd('longhorn.io', 'Volume', 'volumes', 'v1beta2'),
  crd('longhorn.io', 'Replica', 'replicas', 'v1beta2'),
];

/** The CSI external-snapshotter's VolumeSnapshot (snapshot.storage.k8s.io/v1). */
export const snapshotCrds = [
  crd('snapshot.storage.k8s.io', 'VolumeSnapshot', 'volumesnapshots', 'v1'),
];

/** Velero (velero.io/v1). */
export const veleroCrds = [crd('velero.io', 'Backup', 'backups', 'v1')];
