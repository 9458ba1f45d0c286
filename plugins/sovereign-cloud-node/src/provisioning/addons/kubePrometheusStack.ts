import type { HelmAddon } from './components';
import type { AddonRequest } from './types';

/** Service of the Prometheus the chart deploys, as seen inside the cluster. */
export const PROMETHEUS_IN_CLUSTER_URL =
  'http://prometheus-operated.monitoring:9090';

/**
 * kube-prometheus-stack for a workload cluster (reference §6.1): Prometheus
 * labelled with the cluster so a central store can tell members apart,
 * picking up monitors of every release, optionally shipping to a central
 * remote-write endpoint. Grafana lives centrally, not per cluster.
 */
export function kubePrometheusStackAddon(
  request: AddonRequest,
  options: { storageClassName?: string; otlpReceiver: boolean },
): HelmAddon {
  const remoteWrite = request.observability.remoteWrite;
  const prometheusSpec: Record<string, unknown> = {
    externalLabels: { ...request.labels, cluster: request.clusterName },
    retention: '10d',
    replicas: 1,
    serviceMonitorSelectorNilUsesHelmValues: false,
    podMonitorSelectorNilUsesHelmValues: false,
    ruleSelectorNilUsesHelmValues: false,
    probeSelectorNilUsesHelmValues: false,
    scrapeConfigSelectorNilUsesHelmValues: false,
    storageSpec: {
      volumeClaimTemplate: {
        spec: {
          // Without a name the cluster's default class (the provider's CSI) is used.
          ...(options.storageClassName
            ? { storageClassName: options.storageClassName }
            : {}),
          accessModes: ['ReadWriteOnce'],
          resources: { requests: { storage: '50Gi' } },
        },
      },
    },
    enableRemoteWriteReceiver: false,
    enableOTLPReceiver: options.otlpReceiver,
  };
  if (remoteWrite) {
    prometheusSpec.remoteWrite = [
      {
        url: remoteWrite.url,
        ...(remoteWrite.basicAuthSecretName
          ? {
              basicAuth: {
                username: {
                  name: remoteWrite.basicAuthSecretName,
                  key: 'username',
                },
                password: {
                  name: remoteWrite.basicAuthSecretName,
                  key: 'password',
                },
              },
            }
          : {}),
      },
    ];
  }
  return {
    kind: 'helm',
    id: 'kube-prometheus-stack',
    stage: 'observability',
    sourceId: 'kube-prometheus-stack',
    releaseName: 'kube-prometheus-stack',
    targetNamespace: 'monitoring',
    values: {
      crds: { enabled: true },
      prometheus: { enabled: true, prometheusSpec },
      alertmanager: { enabled: true },
      grafana: { enabled: false },
      nodeExporter: { enabled: true },
      kubeStateMetrics: { enabled: true },
      // kubeadm binds these to 127.0.0.1; scraping them would only raise
      // permanent TargetDown alerts (reference §6.1).
      kubeControllerManager: { enabled: false },
      kubeScheduler: { enabled: false },
      kubeEtcd: { enabled: false },
      kubeProxy: { enabled: false },
    },
  };
}
