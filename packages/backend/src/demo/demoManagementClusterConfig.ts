import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { JsonObject, JsonValue } from '@backstage/types';

const KEY = 'sovereignCloud.demo.managementCluster';

/** The example fleet names this management cluster (examples/fleet/clusters.yaml). */
export const DEMO_MANAGEMENT_CLUSTER = 'mgmt-fra';

export type DemoManagementClusterSettings = {
  /** Name of its `sovereignCloud.kubernetes.clusters` entry, and what the fleet's entities name. */
  name: string;
};

/**
 * `sovereignCloud.demo.managementCluster`, or undefined when it is not
 * enabled. Its name must not be a configured cluster already: the demo must
 * never stand in for a real management cluster.
 */
export function readDemoManagementClusterSettings(
  config: Config,
): DemoManagementClusterSettings | undefined {
  const block = config.getOptionalConfig(KEY);
  if (!block?.getOptionalBoolean('enabled')) return undefined;
  const name = DEMO_MANAGEMENT_CLUSTER;
  const taken = (
    config.getOptionalConfigArray('sovereignCloud.kubernetes.clusters') ?? []
  ).some(entry => entry.getOptionalString('name') === name);
  if (taken) {
    throw new InputError(
      `${KEY}.enabled: '${name}' is already an entry of sovereignCloud.kubernetes.clusters; a real management cluster of that name must not be replaced by the demo one`,
    );
  }
  return { name };
}

/**
 * Config that adds the running demo management cluster: a
 * `sovereignCloud.kubernetes.clusters` entry (loopback URL, the server's
 * token) after the configured ones (config arrays are replaced, not merged),
 * and `sovereignCloud.provisioning.managementCluster` when none is set, so
 * the day-2 templates find it with the field left empty.
 */
export function demoManagementClusterConfig(
  config: Config,
  settings: DemoManagementClusterSettings,
  running: { kubernetes: { url: string; token: string } },
): JsonObject {
  const value = config.getOptional('sovereignCloud.kubernetes.clusters');
  const clusters: JsonValue[] = Array.isArray(value) ? value : [];
  const defaultSet = config.getOptionalString(
    'sovereignCloud.provisioning.managementCluster',
  );
  return {
    sovereignCloud: {
      kubernetes: {
        clusters: [
          ...clusters,
          {
            name: settings.name,
            url: running.kubernetes.url,
            token: running.kubernetes.token,
          },
        ],
      },
      ...(defaultSet
        ? {}
        : { provisioning: { managementCluster: settings.name } }),
    },
  };
}
