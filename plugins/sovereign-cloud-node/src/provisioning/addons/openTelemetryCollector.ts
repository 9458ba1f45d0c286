import type { HelmAddon } from './components';
import { PROMETHEUS_IN_CLUSTER_URL } from './kubePrometheusStack';
import type { AddonRequest } from './types';

/**
 * An OpenTelemetry collector gateway (reference §6.3): OTLP in, Kubernetes
 * attributes and the cluster name added, metrics into the cluster's
 * Prometheus (OTLP receiver) and traces and logs to the central endpoint.
 */
export function openTelemetryCollectorAddon(request: AddonRequest): HelmAddon {
  const { prometheus, otlpEndpoint } = request.observability;
  const exporters: Record<string, unknown> = {};
  if (prometheus) {
    exporters['otlphttp/prometheus'] = {
      endpoint: `${PROMETHEUS_IN_CLUSTER_URL}/api/v1/otlp`,
    };
  }
  if (otlpEndpoint) exporters['otlp/central'] = { endpoint: otlpEndpoint };
  exporters.debug = { verbosity: 'basic' };

  const central = otlpEndpoint ? ['otlp/central'] : ['debug'];
  const processors = ['memory_limiter', 'k8sattributes', 'resource', 'batch'];
  const pipeline = (to: string[]) => ({
    receivers: ['otlp'],
    processors,
    exporters: to,
  });

  return {
    kind: 'helm',
    id: 'opentelemetry-collector',
    stage: 'observability',
    after: prometheus ? ['kube-prometheus-stack'] : undefined,
    sourceId: 'opentelemetry-collector',
    releaseName: 'opentelemetry-collector',
    targetNamespace: 'observability',
    values: {
      mode: 'deployment',
      image: { repository: 'otel/opentelemetry-collector-k8s' },
      presets: { kubernetesAttributes: { enabled: true } },
      config: {
        receivers: {
          otlp: {
            protocols: {
              grpc: { endpoint: '0.0.0.0:4317' },
              http: { endpoint: '0.0.0.0:4318' },
            },
          },
        },
        processors: {
          memory_limiter: {
            check_interval: '1s',
            limit_percentage: 80,
            spike_limit_percentage: 25,
          },
          k8sattributes: {},
          resource: {
            attributes: [
              {
                key: 'k8s.cluster.name',
                value: request.clusterName,
                action: 'upsert',
              },
            ],
          },
          batch: {},
        },
        exporters,
        extensions: { health_check: { endpoint: '0.0.0.0:13133' } },
        service: {
          extensions: ['health_check'],
          pipelines: {
            traces: pipeline(central),
            metrics: pipeline(prometheus ? ['otlphttp/prometheus'] : central),
            logs: pipeline(central),
          },
        },
      },
    },
  };
}
