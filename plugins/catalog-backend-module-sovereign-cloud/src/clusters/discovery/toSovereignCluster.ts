import {
  NodePool,
  SOVEREIGN_CLOUD_API_VERSION,
  SOVEREIGN_CLUSTER_KIND,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesObject } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { at, stringAt } from '../../util/json';
import { clusterStatus } from './clusterStatus';
import { DiscoveredControlPlane } from './controlPlane';
import { DiscoveredCluster } from './DiscoveredCluster';
import { ResolvedInfrastructure } from './InfrastructureResolver';
import { ManagementClusterConfig } from './ManagementClusterConfig';
import { DiscoveredPool } from './workerPools';

/** Cluster API annotations for catalog metadata (anchors §b3). */
export const CLUSTER_API_ANNOTATIONS = {
  owner: 'cluster.x-k8s.io/cluster-owner',
  lifecycle: 'cluster.x-k8s.io/cluster-lifecycle',
  description: 'cluster.x-k8s.io/cluster-description',
  system: 'cluster.x-k8s.io/cluster-system',
  tags: 'cluster.x-k8s.io/cluster-tags',
} as const;

// Backstage's tag rule: lowercase words joined by single dashes, at most 63 characters.
const TAG = /^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$/;

function tagsOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map(tag => tag.trim().toLowerCase())
    .filter(tag => tag.length <= 63 && TAG.test(tag));
}

function providerRef(infrastructure: ResolvedInfrastructure): string {
  const { name, namespace } = infrastructure.provider.metadata;
  return !namespace || namespace === 'default'
    ? name
    : `cloudprovider:${namespace}/${name}`;
}

/**
 * Assembles the SovereignCluster of a Cluster API `Cluster`. Owner,
 * lifecycle, description, system and tags come from the Cluster's
 * annotations, else the management cluster's defaults. What Cluster API
 * does not know (the network overlay, storage, sovereignty facts) is left to
 * config: discovery states no overlay, and a configured cluster of the same
 * name overrides it.
 */
export function toSovereignCluster(input: {
  managementCluster: ManagementClusterConfig;
  cluster: KubernetesObject;
  infrastructure: ResolvedInfrastructure;
  pools: DiscoveredPool[];
  controlPlane: DiscoveredControlPlane;
}): { ok: true; cluster: DiscoveredCluster } | { ok: false; problem: string } {
  const { managementCluster, cluster, infrastructure, pools, controlPlane } =
    input;
  const annotations = cluster.metadata.annotations ?? {};
  const name = cluster.metadata.name ?? '';
  const namespace = cluster.metadata.namespace ?? 'default';

  const owner =
    annotations[CLUSTER_API_ANNOTATIONS.owner] ??
    managementCluster.defaults.owner;
  const lifecycle =
    annotations[CLUSTER_API_ANNOTATIONS.lifecycle] ??
    managementCluster.defaults.lifecycle;
  const version = controlPlane.distribution.version;
  const missing = [
    !owner &&
      `an owner (annotation ${CLUSTER_API_ANNOTATIONS.owner} or defaults.owner)`,
    !lifecycle &&
      `a lifecycle (annotation ${CLUSTER_API_ANNOTATIONS.lifecycle} or defaults.lifecycle)`,
    !version &&
      'a Kubernetes version (spec.topology.version or the control plane)',
  ].filter(Boolean);
  if (missing.length)
    return { ok: false, problem: `it has no ${missing.join(', no ')}` };

  const nodePools: NodePool[] = pools.map(pool => {
    const location = pool.failureDomain
      ? infrastructure.locationIdOf(pool.failureDomain)
      : undefined;
    return {
      name: pool.name,
      machineType: pool.machineType,
      count: pool.count,
      ...(location ? { location } : {}),
    };
  });
  if (!nodePools.length) {
    // No workers: the control plane machines are the nodes.
    nodePools.push({
      name: 'control-plane',
      machineType: controlPlane.machineType ?? 'unknown',
      count: controlPlane.controlPlane.replicas ?? 1,
    });
  }
  const locations = [
    ...new Set([
      ...infrastructure.locations,
      ...nodePools.flatMap(p => (p.location ? [p.location] : [])),
    ]),
  ];
  const clusterClass =
    stringAt(cluster.spec, 'topology', 'classRef', 'name') ??
    stringAt(cluster.spec, 'topology', 'class');
  const description = annotations[CLUSTER_API_ANNOTATIONS.description];
  const tags = tagsOf(annotations[CLUSTER_API_ANNOTATIONS.tags]);
  const system = annotations[CLUSTER_API_ANNOTATIONS.system];

  const entity: SovereignClusterEntity = {
    apiVersion: SOVEREIGN_CLOUD_API_VERSION,
    kind: SOVEREIGN_CLUSTER_KIND,
    metadata: {
      name,
      namespace: 'default',
      ...(description ? { description } : {}),
      ...(tags.length ? { tags } : {}),
    },
    spec: {
      owner: owner!,
      lifecycle: lifecycle!,
      ...(system ? { system } : {}),
      provider: providerRef(infrastructure),
      locations,
      distribution: { name: controlPlane.distribution.name, version: version! },
      controlPlane: controlPlane.controlPlane,
      nodePools,
      network: { overlay: 'none', encryption: { mode: 'none' } },
      management: {
        type: 'cluster-api',
        managementCluster: managementCluster.name,
        namespace,
        clusterName: name,
        ...(clusterClass ? { clusterClass } : {}),
      },
      status: clusterStatus(cluster),
    },
  };
  // A paused Cluster is still the cluster; say so instead of hiding it.
  if (at(cluster.spec, 'paused') === true && entity.spec.status) {
    entity.spec.status = {
      ...entity.spec.status,
      message: `${
        entity.spec.status.message ?? entity.spec.status.phase
      } (reconciliation paused)`,
    };
  }
  return {
    ok: true,
    cluster: {
      entity,
      identity: { managementCluster: managementCluster.name, namespace, name },
    },
  };
}
