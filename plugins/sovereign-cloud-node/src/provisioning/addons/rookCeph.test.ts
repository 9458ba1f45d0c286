import { renderAddonBundle, renderAddons } from './renderAddons';
import { dependsOnNames, findObject } from './testing';
import { kiloEdgeRequest, meshedCephRequest } from './testRequests';

describe('Rook-Ceph add-on', () => {
  it('installs the operator after the CNI and commits the cluster objects for the workload cluster', () => {
    const bundle = renderAddonBundle(meshedCephRequest());
    const operator = findObject(
      bundle.files[0].objects,
      'HelmRelease',
      'hz-fsn1-prod-rook-ceph',
    );
    expect(operator.spec.chart.spec).toMatchObject({
      chart: 'rook-ceph',
      version: 'v1.20.6',
    });
    expect(dependsOnNames(operator)).toEqual(['hz-fsn1-prod-cilium']);

    const file = bundle.files.find(
      f => f.path === 'clusters/hz-fsn1-prod/workload/rook-ceph-cluster',
    );
    expect(file?.target).toBe('workload');
    expect(file?.objects.map(o => o.kind)).toEqual([
      'CephCluster',
      'CephBlockPool',
      'StorageClass',
    ]);
  });

  it('spreads replicas over the requested failure domain with on-wire encryption', () => {
    const objects = renderAddons(meshedCephRequest());
    const pool = findObject(objects, 'CephBlockPool', 'replicapool');
    expect(pool.metadata.namespace).toBe('rook-ceph');
    expect(pool.spec).toEqual({
      failureDomain: 'zone',
      replicated: { size: 3, requireSafeReplicaSize: true },
    });
    const cluster = findObject(objects, 'CephCluster', 'rook-ceph');
    expect(cluster.spec.network.connections.encryption).toEqual({
      enabled: true,
    });
    expect(cluster.spec.monitoring).toEqual({ enabled: true });
    const storageClass = findObject(objects, 'StorageClass', 'rook-ceph-block');
    expect(storageClass.provisioner).toBe('rook-ceph.rbd.csi.ceph.com');
    expect(storageClass.parameters).toMatchObject({
      clusterID: 'rook-ceph',
      pool: 'replicapool',
    });
  });

  it('allows a single copy only with the safety check off, on hosts', () => {
    const request = meshedCephRequest();
    request.storage = {
      backend: 'rook-ceph',
      replication: 1,
      failureDomain: 'host',
    };
    request.observability = { prometheus: false };
    const objects = renderAddons(request);
    expect(findObject(objects, 'CephBlockPool', 'replicapool').spec).toEqual({
      failureDomain: 'host',
      replicated: { size: 1, requireSafeReplicaSize: false },
    });
    expect(
      findObject(objects, 'CephCluster', 'rook-ceph').spec.monitoring,
    ).toEqual({ enabled: false });
  });

  it('waits for Kilo before applying the Ceph objects', () => {
    const request = kiloEdgeRequest({
      storage: { backend: 'rook-ceph', replication: 2, failureDomain: 'host' },
    });
    const delivery = findObject(
      renderAddons(request),
      'Kustomization',
      'edge-muc-plant-rook-ceph-cluster',
    );
    expect(dependsOnNames(delivery)).toEqual([
      'edge-muc-plant-kilo',
      'edge-muc-plant-kilo-peers',
    ]);
  });

  it('rejects replication the locations cannot carry and synchronous replicas across regions', () => {
    const request = meshedCephRequest();
    request.storage = {
      ...request.storage,
      locations: ['fsn1-dc14', 'nbg1-dc3'],
    };
    expect(() => renderAddons(request)).toThrow(
      'storage.replication: 3 replicas with failure domain zone need 3 distinct locations, the request has 2',
    );
    request.storage = {
      backend: 'rook-ceph',
      replication: 2,
      failureDomain: 'region',
    };
    expect(() => renderAddons(request)).toThrow(
      /storage.failureDomain: rook-ceph replicates synchronously/,
    );
  });
});
