import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  PrometheusObservabilityTarget,
  readClusterAccess,
  readPrometheusTarget,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';

const CLUSTERS = 'sovereignCloud.kubernetes.clusters';

type ConfiguredCluster = {
  name: string;
  /** The API server URL, normalised for comparison. */
  apiServer?: string;
  /** Absent when the entry has no `prometheus` block. */
  prometheus?: PrometheusObservabilityTarget;
};

/** The cluster's Prometheus, or why there is none (a sentence that says what to configure). */
export type PrometheusTargetResolution =
  | { target: PrometheusObservabilityTarget }
  | { notConfigured: string };

/** Scheme, host, port and path without a trailing slash: `https://api.x:443/` = `https://api.x`. */
function normaliseUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}

/**
 * Which Prometheus serves a SovereignCluster: the `prometheus` block of the
 * `sovereignCloud.kubernetes.clusters` entry the entity names, by the rules
 * the evidence collector connects with — the
 * `sovereign-cloud.io/kubernetes-cluster` annotation names the entry, else
 * the entry whose `url` is the entity's `spec.access.apiServer`.
 */
export class PrometheusTargets {
  readonly #clusters: ConfiguredCluster[];

  /** Reads every entry's `prometheus` block; a bad block throws naming its key. */
  static fromConfig(config: Config): PrometheusTargets {
    const entries = config.getOptionalConfigArray(CLUSTERS) ?? [];
    return new PrometheusTargets(
      entries.map((entry, index) => {
        const name = entry.getString('name');
        const block = entry.getOptionalConfig('prometheus');
        const apiServer = normaliseUrl(entry.getOptionalString('url') ?? '');
        return {
          name,
          ...(apiServer ? { apiServer } : {}),
          ...(block
            ? {
                prometheus: readPrometheusTarget(block, {
                  path: `${CLUSTERS}[${index}].prometheus`,
                }),
              }
            : {}),
        };
      }),
    );
  }

  private constructor(clusters: ConfiguredCluster[]) {
    this.#clusters = clusters;
  }

  resolve(entity: Entity): PrometheusTargetResolution {
    const cluster = stringifyEntityRef(entity);
    const named =
      entity.metadata.annotations?.[
        ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER
      ]?.trim();
    let entry: ConfiguredCluster | undefined;
    if (named) {
      entry = this.#clusters.find(c => c.name === named);
      if (!entry) {
        return {
          notConfigured: `no Prometheus configured: annotation ${ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER} names '${named}', which is not in ${CLUSTERS}; add it there with a prometheus block (url, and token or username/password)`,
        };
      }
    } else {
      const access = readClusterAccess(entity.spec);
      if (access.type !== 'valid') {
        return {
          notConfigured: `no Prometheus configured: name an entry of ${CLUSTERS} that has a prometheus block (url, and token or username/password) with the ${ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER} annotation or spec.access.apiServer`,
        };
      }
      const apiServer = normaliseUrl(access.access.apiServer);
      entry = this.#clusters.find(
        c => apiServer !== undefined && c.apiServer === apiServer,
      );
      if (!entry) {
        return {
          notConfigured: `no Prometheus configured: no entry of ${CLUSTERS} has this cluster's spec.access.apiServer as its url; add one with a prometheus block (url, and token or username/password), or name one with the ${ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER} annotation`,
        };
      }
    }
    if (!entry.prometheus) {
      return {
        notConfigured: `no Prometheus configured: set ${CLUSTERS}[name=${entry.name}].prometheus.url (with token or username/password if it needs them)`,
      };
    }
    return { target: { ...entry.prometheus, cluster } };
  }
}
