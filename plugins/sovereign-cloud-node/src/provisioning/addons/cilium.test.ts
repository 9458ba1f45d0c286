import { renderAddons } from './renderAddons';
import { findObject } from './testing';
import { meshedCephRequest, simplyblockRequest } from './testRequests';

describe('Cilium add-on', () => {
  it('turns on WireGuard encryption and carries the mesh identity and peers', () => {
    const release = findObject(
      renderAddons(meshedCephRequest()),
      'HelmRelease',
      'hz-fsn1-prod-cilium',
    );
    const values = release.spec.values;
    expect(values.encryption).toEqual({
      enabled: true,
      type: 'wireguard',
      nodeEncryption: true,
    });
    expect(values.cluster).toEqual({ name: 'hz-fsn1-prod', id: 3 });
    expect(values.ipam.operator.clusterPoolIPv4PodCIDRList).toEqual([
      '10.0.128.0/17',
    ]);
    expect(values.clustermesh.maxConnectedClusters).toBe(255);
    expect(values.clustermesh.config.clusters).toEqual([
      {
        name: 'ionos-txl-prod',
        address: 'ionos-txl-prod.mesh.example.eu',
        port: 2379,
      },
      { name: 'ovh-gra-prod', address: '203.0.113.7', port: 32379 },
    ]);
    // Certificates come from the shared CA Secret in the cluster, never from values.
    expect(values.clustermesh.apiserver.tls).toEqual({
      auto: { enabled: true, method: 'cronJob' },
    });
    expect(JSON.stringify(values)).not.toMatch(/"(ca|cert|key)"\s*:/);
    expect(release.spec.targetNamespace).toBe('kube-system');
    expect(release.spec.kubeConfig).toEqual({
      secretRef: { name: 'hz-fsn1-prod-kubeconfig' },
    });
  });

  it('leaves ClusterMesh out and node encryption at its default outside a mesh', () => {
    const values = findObject(
      renderAddons(simplyblockRequest()),
      'HelmRelease',
      'dc-fra-analytics-cilium',
    ).spec.values;
    expect(values.encryption).toEqual({
      enabled: true,
      type: 'wireguard',
      nodeEncryption: false,
    });
    expect(values.cluster).toEqual({ name: 'dc-fra-analytics', id: 0 });
    expect(values.clustermesh).toBeUndefined();
  });

  it('is the first add-on: nothing it depends on', () => {
    const release = findObject(
      renderAddons(meshedCephRequest()),
      'HelmRelease',
      'hz-fsn1-prod-cilium',
    );
    expect(release.spec.dependsOn).toBeUndefined();
  });
});
