import { summariseStorageClass } from './storageClasses';

const noCeph = { pools: [], filesystems: [] };
const sc = (
  provisioner: string,
  parameters: Record<string, string> = {},
  annotations: Record<string, string> = {},
) => ({
  apiVersion: 'storage.k8s.io/v1',
  kind: 'StorageClass',
  metadata: { name: 'x', annotations },
  provisioner,
  parameters,
});
const pool = (kind: string, name: string, spec: object) => ({
  apiVersion: 'ceph.rook.io/v1',
  kind,
  metadata: { namespace: 'rook-ceph', name },
  spec,
});

describe('summariseStorageClass', () => {
  it('reads CephFS replication from the CephFilesystem data pool Rook names', async () => {
    const filesystems = [
      pool('CephFilesystem', 'myfs', {
        dataPools: [
          { name: 'replicated', replicated: { size: 3 } },
          { name: 'ec', erasureCoded: { dataChunks: 4, codingChunks: 2 } },
        ],
      }),
    ];
    const summary = await summariseStorageClass(
      sc('rook-ceph.cephfs.csi.ceph.com', {
        clusterID: 'rook-ceph',
        fsName: 'myfs',
        pool: 'myfs-ec',
      }),
      { pools: [], filesystems },
    );
    expect(summary.replication).toEqual({
      erasureCoded: { dataChunks: 4, codingChunks: 2 },
      source: 'CephFilesystem rook-ceph/myfs',
    });
    expect(summary.encryption.encrypted).toBe(false);
  });

  it('only takes a pool of the class’s Rook cluster', async () => {
    const pools = [
      pool('CephBlockPool', 'replicapool', { replicated: { size: 2 } }),
    ];
    const other = await summariseStorageClass(
      sc('rbd.csi.ceph.com', { clusterID: 'other', pool: 'replicapool' }),
      { pools, filesystems: [] },
    );
    expect(other.replication).toBeUndefined();
  });

  it('knows the beta default annotation and provider KMS keys by name', async () => {
    const summary = await summariseStorageClass(
      sc(
        'ebs.csi.aws.com',
        { encrypted: 'true', kmsKeyId: 'arn:aws:kms:eu-central-1:1:key/k' },
        { 'storageclass.beta.kubernetes.io/is-default-class': 'true' },
      ),
      noCeph,
    );
    expect(summary).toMatchObject({
      backend: 'provider-csi',
      isDefault: true,
      allowVolumeExpansion: false,
      encryption: {
        encrypted: true,
        kms: 'arn:aws:kms:eu-central-1:1:key/k',
      },
    });
  });

  it('says encryption is unknown for a provisioner it does not know', async () => {
    const summary = await summariseStorageClass(
      sc('nfs.csi.k8s.io', { server: 'nfs.example.eu' }),
      noCeph,
    );
    expect(summary.backend).toBe('other');
    expect(summary.encryption.encrypted).toBeNull();
    expect(summary.encryption.how).toContain('not known');
  });
});
