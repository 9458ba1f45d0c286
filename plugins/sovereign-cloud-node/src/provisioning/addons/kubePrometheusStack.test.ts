import { renderAddons } from './renderAddons';
import { dependsOnNames, findObject } from './testing';
import { meshedCephRequest, simplyblockRequest } from './testRequests';

describe('kube-prometheus-stack add-on', () => {
  it('labels the cluster, ships to the central store with Secret credentials and comes after storage', () => {
    const release = findObject(
      renderAddons(meshedCephRequest()),
      'HelmRelease',
      'hz-fsn1-prod-kube-prometheus-stack',
    );
    expect(release.spec.chart.spec).toMatchObject({
      chart: 'kube-prometheus-stack',
      version: '88.5.3',
    });
    const spec = release.spec.values.prometheus.prometheusSpec;
    expect(spec.externalLabels).toEqual({
      cluster: 'hz-fsn1-prod',
      provider: 'hetzner',
      region: 'eu-central-de',
    });
    expect(spec.remoteWrite).toEqual([
      {
        url: 'https://metrics.portal.example.eu/api/v1/write',
        basicAuth: {
          username: { name: 'remote-write', key: 'username' },
          password: { name: 'remote-write', key: 'password' },
        },
      },
    ]);
    expect(spec.serviceMonitorSelectorNilUsesHelmValues).toBe(false);
    expect(spec.storageSpec.volumeClaimTemplate.spec.storageClassName).toBe(
      'rook-ceph-block',
    );
    expect(spec.enableOTLPReceiver).toBe(true);
    expect(release.spec.values.grafana).toEqual({ enabled: false });
    expect(dependsOnNames(release)).toEqual([
      'hz-fsn1-prod-cilium',
      'hz-fsn1-prod-rook-ceph',
    ]);
  });

  it('is left out when Prometheus is not wanted, and remote write then is an error', () => {
    const objects = renderAddons(
      simplyblockRequest({ observability: { prometheus: false } }),
    );
    expect(
      objects.some(o => o.metadata.name?.endsWith('kube-prometheus-stack')),
    ).toBe(false);
    expect(
      objects.some(o => o.metadata.name?.endsWith('opentelemetry-collector')),
    ).toBe(false);
    expect(() =>
      renderAddons(
        simplyblockRequest({
          observability: {
            prometheus: false,
            remoteWrite: { url: 'https://m.example.eu/write' },
          },
        }),
      ),
    ).toThrow(
      'observability.remoteWrite: needs observability.prometheus: true',
    );
  });
});
