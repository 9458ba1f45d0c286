import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { JsonObject, JsonValue } from '@backstage/types';
import {
  ANNOTATION_SOVEREIGN_CLOUD_DEMO,
  ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

const KEY = 'sovereignCloud.demo.liveCluster';

export type DemoLiveClusterSettings = {
  /** Name of the `sovereignCloud.kubernetes.clusters` entry, from the entity's annotation. */
  name: string;
  prometheus: boolean;
  entity: JsonObject;
};

/**
 * `sovereignCloud.demo.liveCluster`, or undefined when it is not enabled. The
 * entity must carry the demo label and name its connection; a bad value throws
 * naming the key.
 */
export function readDemoLiveClusterSettings(
  config: Config,
): DemoLiveClusterSettings | undefined {
  const block = config.getOptionalConfig(KEY);
  if (!block?.getOptionalBoolean('enabled')) return undefined;
  const entity = block.getOptional('entity');
  if (!isObject(entity)) {
    throw new InputError(
      `${KEY}.entity: must be the demo SovereignCluster entity (e.g. $include: examples/fleet/demo-live.yaml)`,
    );
  }
  const metadata = isObject(entity.metadata) ? entity.metadata : {};
  const annotations = isObject(metadata.annotations)
    ? metadata.annotations
    : {};
  if (annotations[ANNOTATION_SOVEREIGN_CLOUD_DEMO] !== 'true') {
    throw new InputError(
      `${KEY}.entity.metadata.annotations.${ANNOTATION_SOVEREIGN_CLOUD_DEMO}: must be 'true', so every card labels the data as demo data`,
    );
  }
  const name = annotations[ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER];
  if (typeof name !== 'string' || name.trim() === '') {
    throw new InputError(
      `${KEY}.entity.metadata.annotations.${ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER}: required, it names the demo cluster's connection`,
    );
  }
  const taken = (
    config.getOptionalConfigArray('sovereignCloud.kubernetes.clusters') ?? []
  ).some(entry => entry.getOptionalString('name') === name);
  if (taken) {
    throw new InputError(
      `${KEY}.entity: its connection '${name}' is already an entry of sovereignCloud.kubernetes.clusters; name the demo cluster differently`,
    );
  }
  return {
    name,
    prometheus: block.getOptionalBoolean('prometheus') ?? true,
    entity,
  };
}

/**
 * Config that adds the running demo cluster to what the sovereign-cloud
 * plugins read: a `sovereignCloud.kubernetes.clusters` entry (loopback URL,
 * the server's token, its Prometheus) and the entity in
 * `sovereignCloud.catalog.clusters`. Config arrays are replaced, not merged,
 * so both lists are the configured entries plus the demo's.
 */
export function demoLiveClusterConfig(
  config: Config,
  settings: DemoLiveClusterSettings,
  running: {
    kubernetes: { url: string; token: string };
    prometheus?: { url: string };
  },
): JsonObject {
  const list = (key: string): JsonValue[] => {
    const value = config.getOptional(key);
    return Array.isArray(value) ? value : [];
  };
  return {
    sovereignCloud: {
      kubernetes: {
        clusters: [
          ...list('sovereignCloud.kubernetes.clusters'),
          {
            name: settings.name,
            url: running.kubernetes.url,
            token: running.kubernetes.token,
            ...(running.prometheus
              ? { prometheus: { url: running.prometheus.url } }
              : {}),
          },
        ],
      },
      catalog: {
        clusters: [...list('sovereignCloud.catalog.clusters'), settings.entity],
      },
    },
  };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
