import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  CloudProviderEntity,
  ClusterRequest,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/* Test fixtures: cluster requests shaped like the example fleet. */

// eslint-disable-next-line no-restricted-syntax -- a test fixture reading the repository's examples
export const REPO_ROOT = path.resolve(__dirname, '../../../../../..');

function readFleet<T>(file: string): T {
  return parse(
    fs.readFileSync(path.join(REPO_ROOT, 'examples/fleet', file), 'utf8'),
  );
}

/** The operator's own data centre of the example fleet. */
export function rheinMainDc(): CloudProviderEntity {
  return readFleet<CloudProviderEntity>('private-dc.yaml');
}

/** A request for a cluster of the example fleet, as the portal would send it. */
export function fleetRequest(
  name: string,
  overrides: Partial<ClusterRequest> = {},
): ClusterRequest {
  const cluster = readFleet<SovereignClusterEntity[]>('clusters.yaml').find(
    c => c.metadata.name === name,
  );
  if (!cluster) throw new Error(`no fleet cluster ${name}`);
  const { spec } = cluster;
  const management =
    spec.management.type === 'cluster-api'
      ? spec.management
      : { managementCluster: 'mgmt-fra', namespace: name };
  return {
    name,
    owner: spec.owner,
    provider: spec.provider,
    locations: spec.locations,
    kubernetesVersion: `v${spec.distribution.version}`,
    controlPlane: {
      replicas: spec.controlPlane.replicas ?? 3,
      machineType: spec.nodePools[0].machineType,
    },
    nodePools: spec.nodePools.map(pool => ({
      name: pool.name,
      location: pool.location ?? spec.locations[0],
      machineType: pool.machineType,
      count: pool.count,
      ...(pool.labels ? { labels: pool.labels } : {}),
      ...(pool.taints ? { taints: pool.taints } : {}),
    })),
    network: {
      overlay: spec.network.overlay,
      ...(spec.network.mesh ? { mesh: spec.network.mesh } : {}),
    },
    storage: {
      backend: spec.storage?.backend ?? 'provider-csi',
      replication: spec.storage?.replication ?? 1,
      failureDomain: spec.storage?.failureDomain ?? 'host',
    },
    observability: { enabled: true },
    ...(spec.policy ? { policy: spec.policy } : {}),
    management: {
      managementCluster: management.managementCluster,
      namespace: management.namespace,
    },
    ...overrides,
  };
}
