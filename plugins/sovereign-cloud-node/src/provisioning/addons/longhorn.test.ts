import { renderAddons } from './renderAddons';
import { dependsOnNames, findObject } from './testing';
import { kiloEdgeRequest } from './testRequests';

describe('Longhorn add-on', () => {
  it('sets the replica count in the chart settings and the StorageClass', () => {
    const objects = renderAddons(kiloEdgeRequest());
    const release = findObject(
      objects,
      'HelmRelease',
      'edge-muc-plant-longhorn',
    );
    expect(release.spec.targetNamespace).toBe('longhorn-system');
    expect(release.spec.values.defaultSettings).toEqual({
      defaultReplicaCount: 2,
      replicaSoftAntiAffinity: false,
      replicaZoneSoftAntiAffinity: true,
    });
    const storageClass = findObject(
      objects,
      'StorageClass',
      'longhorn-replicated',
    );
    expect(storageClass.provisioner).toBe('driver.longhorn.io');
    expect(storageClass.parameters.numberOfReplicas).toBe('2');
    // Kilo is delivered by a Kustomization, which a HelmRelease cannot name.
    expect(release.spec.dependsOn).toBeUndefined();
    expect(
      dependsOnNames(
        findObject(
          objects,
          'Kustomization',
          'edge-muc-plant-longhorn-storage-class',
        ),
      ),
    ).toEqual(['edge-muc-plant-kilo', 'edge-muc-plant-kilo-peers']);
  });

  it('forces replicas into distinct zones when the failure domain is the zone', () => {
    const request = kiloEdgeRequest({
      storage: {
        backend: 'longhorn',
        replication: 3,
        failureDomain: 'zone',
        locations: ['a', 'b', 'c'],
      },
    });
    const release = findObject(
      renderAddons(request),
      'HelmRelease',
      'edge-muc-plant-longhorn',
    );
    expect(
      release.spec.values.defaultSettings.replicaZoneSoftAntiAffinity,
    ).toBe(false);
  });
});
