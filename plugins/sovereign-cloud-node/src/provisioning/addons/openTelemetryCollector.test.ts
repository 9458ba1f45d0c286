import { renderAddons } from './renderAddons';
import { dependsOnNames, findObject } from './testing';
import { kiloEdgeRequest, meshedCephRequest } from './testRequests';

describe('OpenTelemetry collector add-on', () => {
  it('sends metrics to the cluster Prometheus and traces and logs to the central endpoint', () => {
    const release = findObject(
      renderAddons(meshedCephRequest()),
      'HelmRelease',
      'hz-fsn1-prod-opentelemetry-collector',
    );
    const values = release.spec.values;
    expect(values.mode).toBe('deployment');
    expect(values.image.repository).toBe('otel/opentelemetry-collector-k8s');
    expect(values.config.processors.resource.attributes).toEqual([
      { key: 'k8s.cluster.name', value: 'hz-fsn1-prod', action: 'upsert' },
    ]);
    expect(values.config.exporters['otlphttp/prometheus'].endpoint).toBe(
      'http://prometheus-operated.monitoring:9090/api/v1/otlp',
    );
    expect(values.config.exporters['otlp/central']).toEqual({
      endpoint: 'otel.portal.example.eu:4317',
    });
    const pipelines = values.config.service.pipelines;
    expect(pipelines.metrics.exporters).toEqual(['otlphttp/prometheus']);
    expect(pipelines.traces.exporters).toEqual(['otlp/central']);
    expect(pipelines.logs.exporters).toEqual(['otlp/central']);
    expect(dependsOnNames(release)).toContain(
      'hz-fsn1-prod-kube-prometheus-stack',
    );
  });

  it('without Prometheus, ships metrics centrally too', () => {
    const values = findObject(
      renderAddons(kiloEdgeRequest()),
      'HelmRelease',
      'edge-muc-plant-opentelemetry-collector',
    ).spec.values;
    expect(values.config.exporters['otlphttp/prometheus']).toBeUndefined();
    expect(values.config.service.pipelines.metrics.exporters).toEqual([
      'otlp/central',
    ]);
  });

  it('rejects an endpoint that is not host:port', () => {
    expect(() =>
      renderAddons(
        kiloEdgeRequest({
          observability: {
            prometheus: false,
            otlpEndpoint: 'https://otel.example.eu',
          },
        }),
      ),
    ).toThrow(
      'observability.otlpEndpoint: must be host:port of an OTLP/gRPC endpoint',
    );
  });
});
