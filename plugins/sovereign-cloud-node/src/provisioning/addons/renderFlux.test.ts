import { renderAddonBundle } from './renderAddons';
import { ADDON_SOURCES } from './sources';
import { dependsOnNames, findObject } from './testing';
import { meshedCephRequest } from './testRequests';

describe('Flux delivery', () => {
  it('is the default: a top-level Kustomization over the management directory', () => {
    const bundle = renderAddonBundle(meshedCephRequest());
    expect(bundle.delivery).toBe('flux');
    expect(bundle.entrypoint).toMatchObject({
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
      kind: 'Kustomization',
      metadata: { name: 'hz-fsn1-prod-addons', namespace: 'tenant-payments' },
      spec: {
        sourceRef: {
          kind: 'GitRepository',
          name: 'flux-system',
          namespace: 'flux-system',
        },
        path: './clusters/hz-fsn1-prod/addons',
        prune: true,
        wait: true,
      },
    });
    expect(bundle.files.map(f => [f.path, f.target])).toEqual([
      ['clusters/hz-fsn1-prod/addons', 'management'],
      ['clusters/hz-fsn1-prod/workload/rook-ceph-cluster', 'workload'],
    ]);
  });

  it('orders the releases CNI → storage → observability through dependsOn', () => {
    const objects = renderAddonBundle(meshedCephRequest()).files[0].objects;
    expect(
      objects
        .filter(o => o.kind === 'HelmRelease')
        .map(o => [o.metadata.name, dependsOnNames(o)]),
    ).toEqual([
      ['hz-fsn1-prod-cilium', []],
      ['hz-fsn1-prod-rook-ceph', ['hz-fsn1-prod-cilium']],
      [
        'hz-fsn1-prod-kube-prometheus-stack',
        ['hz-fsn1-prod-cilium', 'hz-fsn1-prod-rook-ceph'],
      ],
      [
        'hz-fsn1-prod-opentelemetry-collector',
        [
          'hz-fsn1-prod-cilium',
          'hz-fsn1-prod-rook-ceph',
          'hz-fsn1-prod-kube-prometheus-stack',
        ],
      ],
    ]);
    // Every object sits in the tenant namespace and is labelled with the cluster.
    for (const object of objects) {
      expect(object.metadata.namespace).toBe('tenant-payments');
      expect(object.metadata.labels?.['sovereign-cloud.io/cluster']).toBe(
        'hz-fsn1-prod',
      );
    }
  });

  it('takes charts from the data table, or from an OCI mirror given in the request', () => {
    const plain = renderAddonBundle(meshedCephRequest()).files[0].objects;
    expect(
      findObject(plain, 'HelmRepository', 'hz-fsn1-prod-kube-prometheus-stack')
        .spec.url,
    ).toBe(ADDON_SOURCES['kube-prometheus-stack'].url);

    const mirrored = renderAddonBundle(
      meshedCephRequest({
        sources: {
          cilium: {
            type: 'oci',
            url: 'oci://registry.example.eu/charts/cilium',
            chart: 'cilium',
            version: '1.18.2',
            source: 'sovereign mirror',
            verified: true,
          },
        },
        gitops: {
          fluxSource: { name: 'fleet' },
          basePath: 'fleet/eu/hz-fsn1-prod',
        },
      }),
    );
    const objects = mirrored.files[0].objects;
    expect(
      findObject(objects, 'OCIRepository', 'hz-fsn1-prod-cilium').spec,
    ).toEqual({
      interval: '1h',
      url: 'oci://registry.example.eu/charts/cilium',
      ref: { tag: '1.18.2' },
      layerSelector: {
        mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
        operation: 'copy',
      },
    });
    const release = findObject(objects, 'HelmRelease', 'hz-fsn1-prod-cilium');
    expect(release.spec.chartRef).toEqual({
      kind: 'OCIRepository',
      name: 'hz-fsn1-prod-cilium',
    });
    expect(release.spec.chart).toBeUndefined();
    expect(mirrored.entrypoint.spec).toMatchObject({
      sourceRef: { kind: 'GitRepository', name: 'fleet' },
      path: './fleet/eu/hz-fsn1-prod/addons',
    });
    expect(
      findObject(objects, 'Kustomization', 'hz-fsn1-prod-rook-ceph-cluster')
        .spec.path,
    ).toBe('./fleet/eu/hz-fsn1-prod/workload/rook-ceph-cluster');
  });

  it('marks which table entries were verified against the reference', () => {
    expect(
      Object.entries(ADDON_SOURCES)
        .filter(([, source]) => source.verified)
        .map(([id]) => id)
        .sort(),
    ).toEqual(['kilo', 'kube-prometheus-stack', 'rook-ceph']);
  });
});
