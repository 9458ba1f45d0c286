import { renderAddonBundle } from './renderAddons';
import { findObject } from './testing';
import { meshedCephRequest, simplyblockRequest } from './testRequests';

describe('Argo CD delivery', () => {
  const bundle = renderAddonBundle(
    meshedCephRequest({ delivery: 'argocd', namespace: 'argocd' }),
  );
  const applications = bundle.files[0].objects;

  it('makes an app-of-apps over the management directory', () => {
    expect(bundle.entrypoint).toMatchObject({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'hz-fsn1-prod-addons', namespace: 'argocd' },
      spec: {
        source: {
          repoURL: 'https://git.example.eu/platform/fleet.git',
          targetRevision: 'HEAD',
          path: 'clusters/hz-fsn1-prod/addons',
        },
        destination: {
          server: 'https://kubernetes.default.svc',
          namespace: 'argocd',
        },
      },
    });
  });

  it('orders the Applications with sync waves per install stage', () => {
    expect(
      applications.map(a => [
        a.metadata.name,
        a.metadata.annotations?.['argocd.argoproj.io/sync-wave'],
      ]),
    ).toEqual([
      ['hz-fsn1-prod-cilium', '0'],
      ['hz-fsn1-prod-rook-ceph', '10'],
      ['hz-fsn1-prod-rook-ceph-cluster', '20'],
      ['hz-fsn1-prod-kube-prometheus-stack', '30'],
      ['hz-fsn1-prod-opentelemetry-collector', '31'],
    ]);
  });

  it('installs charts into the registered workload cluster with the same values as Flux', () => {
    const cilium = findObject(
      applications,
      'Application',
      'hz-fsn1-prod-cilium',
    );
    expect(cilium.spec.destination).toEqual({
      name: 'hz-fsn1-prod',
      namespace: 'kube-system',
    });
    expect(cilium.spec.source).toMatchObject({
      repoURL: 'https://helm.cilium.io',
      chart: 'cilium',
      targetRevision: '1.18.2',
      helm: { releaseName: 'cilium' },
    });
    expect(cilium.spec.source.helm.valuesObject.encryption).toEqual({
      enabled: true,
      type: 'wireguard',
      nodeEncryption: true,
    });
    expect(cilium.spec.syncPolicy.retry.limit).toBe(-1);
    const cephObjects = findObject(
      applications,
      'Application',
      'hz-fsn1-prod-rook-ceph-cluster',
    );
    expect(cephObjects.spec.source.path).toBe(
      'clusters/hz-fsn1-prod/workload/rook-ceph-cluster',
    );
  });

  it('points at an OCI chart without the scheme and the chart name', () => {
    const mirrored = renderAddonBundle(
      simplyblockRequest({
        delivery: 'argocd',
        sources: {
          'kube-prometheus-stack': {
            type: 'oci',
            url: 'oci://registry.example.eu/charts/kube-prometheus-stack',
            chart: 'kube-prometheus-stack',
            version: '88.5.3',
            source: 'mirror',
            verified: true,
          },
        },
      }),
    );
    const app = findObject(
      mirrored.files[0].objects,
      'Application',
      'dc-fra-analytics-kube-prometheus-stack',
    );
    expect(app.spec.source.repoURL).toBe('registry.example.eu/charts');
    expect(app.spec.source.chart).toBe('kube-prometheus-stack');
  });

  it('needs the GitOps repository URL', () => {
    expect(() =>
      renderAddonBundle(meshedCephRequest({ delivery: 'argocd', gitops: {} })),
    ).toThrow('gitops.repoURL: is required for Argo CD delivery');
  });
});
