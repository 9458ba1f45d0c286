import { clusterNamesOfMeshSecret, meshMembers } from './clusterMesh';

describe('clusterNamesOfMeshSecret', () => {
  it('keeps cluster names and drops the TLS files beside them', () => {
    expect(
      clusterNamesOfMeshSecret([
        'eu-west',
        'eu-west.etcd-client-ca.crt',
        'eu-west.etcd-client.crt',
        'eu-west.etcd-client.key',
        'common-etcd-client-ca.crt',
        'local-etcd-client.key',
        'ap-1',
      ]),
    ).toEqual(['ap-1', 'eu-west']);
  });
});

describe('meshMembers', () => {
  it('lists this cluster first and each remote once, from either Secret', () => {
    expect(
      meshMembers({
        localName: 'eu-a',
        // With KVStoreMesh, agents reach their own cluster's cache under its name.
        clustermeshKeys: ['eu-a'],
        kvstoremeshKeys: ['eu-b', 'eu-c', 'eu-b.etcd-client.key'],
      }).map(m => [m.name, Boolean(m.local), m.source]),
    ).toEqual([
      ['eu-a', true, 'kube-system/cilium-config (cluster-name)'],
      ['eu-b', false, 'kube-system/cilium-kvstoremesh (Secret keys)'],
      ['eu-c', false, 'kube-system/cilium-kvstoremesh (Secret keys)'],
    ]);
  });

  it('is empty without Cilium mesh configuration', () => {
    expect(meshMembers({})).toEqual([]);
  });
});
