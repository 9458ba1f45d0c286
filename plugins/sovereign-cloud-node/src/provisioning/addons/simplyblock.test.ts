import { renderAddons } from './renderAddons';
import { findObject } from './testing';
import { simplyblockRequest } from './testRequests';

describe('Simplyblock add-on', () => {
  it('keeps the connection settings in a Secret and maps replication to parity chunks', () => {
    const objects = renderAddons(simplyblockRequest());
    const release = findObject(
      objects,
      'HelmRelease',
      'dc-fra-analytics-simplyblock-csi',
    );
    expect(release.spec.valuesFrom).toEqual([
      { kind: 'Secret', name: 'dc-fra-analytics-simplyblock-csi-values' },
    ]);
    const storageClass = findObject(
      objects,
      'StorageClass',
      'simplyblock-csi-sc',
    );
    expect(storageClass.provisioner).toBe('csi.simplyblock.io');
    expect(storageClass.parameters).toMatchObject({
      cluster_id: '6d0f4a3e-1f2b-4c5d-8e9f-0a1b2c3d4e5f',
      pool_name: 'analytics',
      distr_ndcs: '1',
      distr_npcs: '1',
    });
  });

  it('names the missing simplyblock settings and the replication limit', () => {
    const request = simplyblockRequest();
    request.storage = {
      backend: 'simplyblock',
      replication: 2,
      failureDomain: 'host',
    };
    expect(() => renderAddons(request)).toThrow(
      'storage.simplyblock.clusterUuid: is required for simplyblock',
    );
    expect(() =>
      renderAddons(
        simplyblockRequest({
          storage: { ...simplyblockRequest().storage, replication: 4 },
        }),
      ),
    ).toThrow(
      /storage.replication: simplyblock tolerates at most 2 lost storage nodes/,
    );
  });

  it('renders no storage add-on when the provider CSI is used', () => {
    const request = simplyblockRequest();
    request.storage = {
      backend: 'provider',
      replication: 3,
      failureDomain: 'zone',
    };
    const objects = renderAddons(request);
    expect(objects.filter(o => o.kind === 'StorageClass')).toEqual([]);
    const prometheus = findObject(
      objects,
      'HelmRelease',
      'dc-fra-analytics-kube-prometheus-stack',
    );
    expect(
      prometheus.spec.values.prometheus.prometheusSpec.storageSpec
        .volumeClaimTemplate.spec.storageClassName,
    ).toBeUndefined();
  });
});
