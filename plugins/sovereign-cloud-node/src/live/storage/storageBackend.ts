import type { StorageBackendKind } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** CSI drivers of the providers in the catalogue, and their in-tree predecessors. */
const PROVIDER_DRIVERS = [
  'ebs.csi.aws.com',
  'efs.csi.aws.com',
  'pd.csi.storage.gke.io',
  'filestore.csi.storage.gke.io',
  'disk.csi.azure.com',
  'file.csi.azure.com',
  'csi.hetzner.cloud',
  'cinder.csi.openstack.org',
  'manila.csi.openstack.org',
  'cloud.ionos.com',
  'csi.scaleway.com',
  'bs.csi.scaleway.com',
  'block-storage.csi.stackit.cloud',
  'kubernetes.io/aws-ebs',
  'kubernetes.io/gce-pd',
  'kubernetes.io/azure-disk',
  'kubernetes.io/cinder',
];

/** The backend behind a provisioner or CSI driver name. */
export function storageBackendOf(
  provisioner: string | undefined,
): StorageBackendKind {
  const name = provisioner ?? '';
  // Rook names its drivers `<operator namespace>.rbd.csi.ceph.com`.
  if (/(^|\.)(rbd|cephfs|nfs)\.csi\.ceph\.com$/.test(name)) return 'rook-ceph';
  if (name === 'driver.longhorn.io') return 'longhorn';
  if (name === 'csi.simplyblock.io') return 'simplyblock';
  if (PROVIDER_DRIVERS.includes(name)) return 'provider-csi';
  return 'other';
}
