import {
  LABEL_SOVEREIGN_CLOUD_NODE_LOCATION,
  LABEL_SOVEREIGN_CLOUD_NODE_PROVIDER,
  locationToNodeLabelValue,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesObject } from '../../kubernetes/types';
import { RenderContext, RenderedPool } from './types';

/*
 * The parts every Cluster API renderer shares: the namespace, the labels and
 * the topology Cluster in the shape of the provider's Cluster API version.
 * The variable names are the contract with templates/clusterclasses/.
 */

/** Worker machine deployment class of every shipped ClusterClass. */
export const WORKER_CLASS = 'default-worker';

/** Labels the suite puts on the objects it renders. */
export function clusterLabels(context: RenderContext): Record<string, string> {
  return {
    'sovereign-cloud.io/cluster': context.request.name,
    [LABEL_SOVEREIGN_CLOUD_NODE_PROVIDER]: context.provider.metadata.name,
    'app.kubernetes.io/managed-by': 'sovereign-cloud',
  };
}

export function renderNamespace(context: RenderContext): KubernetesObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: context.request.management.namespace,
      labels: { 'app.kubernetes.io/managed-by': 'sovereign-cloud' },
    },
  };
}

/**
 * kubelet `--node-labels` of a pool: the suite's provider and location labels
 * (read back by the posture evidence) and the pool's own labels.
 */
export function nodeLabelsOf(
  context: RenderContext,
  pool: RenderedPool,
): string {
  const labels: Record<string, string> = {
    [LABEL_SOVEREIGN_CLOUD_NODE_PROVIDER]: context.provider.metadata.name,
    [LABEL_SOVEREIGN_CLOUD_NODE_LOCATION]: locationToNodeLabelValue(
      pool.location?.id ?? pool.pool.location,
    ),
    ...pool.pool.labels,
  };
  return Object.entries(labels)
    .map(([key, value]) => `${key}=${value}`)
    .join(',');
}

export interface TopologyParts {
  /** Cluster-level ClusterClass variables. */
  variables: Record<string, unknown>;
  /** Per-pool variable overrides (the machine type is always set). */
  poolVariables?(pool: RenderedPool): Record<string, unknown>;
  /** Provider failure domain of a pool. */
  failureDomain(pool: RenderedPool): string;
}

const asVariables = (values: Record<string, unknown>) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ({ name, value }));

function clusterNetwork(context: RenderContext) {
  const { podCidr, serviceCidr } = context.request.network;
  if (!podCidr && !serviceCidr) return undefined;
  return {
    ...(podCidr ? { pods: { cidrBlocks: [podCidr] } } : {}),
    ...(serviceCidr ? { services: { cidrBlocks: [serviceCidr] } } : {}),
  };
}

/** The topology `Cluster` at the provider's Cluster API version. */
export function renderTopologyCluster(
  context: RenderContext,
  parts: TopologyParts,
): KubernetesObject {
  const { request, facts } = context;
  const v1beta1 = facts.clusterApiVersion === 'cluster.x-k8s.io/v1beta1';
  const version = request.kubernetesVersion.startsWith('v')
    ? request.kubernetesVersion
    : `v${request.kubernetesVersion}`;
  const machineDeployments = context.pools.map(pool => {
    const taints = pool.pool.taints ?? [];
    const overrides = asVariables({
      workerMachineType: pool.pool.machineType,
      workerNodeLabels: nodeLabelsOf(context, pool),
      // v1beta1 topologies have no taints field; the ClusterClass patches them into kubeadm.
      ...(v1beta1 && taints.length ? { workerNodeTaints: taints } : {}),
      ...parts.poolVariables?.(pool),
    });
    return {
      class: WORKER_CLASS,
      name: pool.pool.name,
      replicas: pool.pool.count,
      failureDomain: parts.failureDomain(pool),
      metadata: {
        labels: {
          'sovereign-cloud.io/pool': pool.pool.name,
        },
      },
      ...(!v1beta1 && taints.length
        ? {
            taints: taints.map(t => ({
              key: t.key,
              ...(t.value !== undefined ? { value: t.value } : {}),
              effect: t.effect,
              propagation: 'Always',
            })),
          }
        : {}),
      variables: { overrides },
    };
  });
  const classRef = v1beta1
    ? {
        class: facts.clusterClass,
        ...(context.clusterClassNamespace
          ? { classNamespace: context.clusterClassNamespace }
          : {}),
      }
    : {
        classRef: {
          name: facts.clusterClass,
          ...(context.clusterClassNamespace
            ? { namespace: context.clusterClassNamespace }
            : {}),
        },
      };
  const network = clusterNetwork(context);
  return {
    apiVersion: facts.clusterApiVersion!,
    kind: 'Cluster',
    metadata: {
      name: request.name,
      namespace: request.management.namespace,
      labels: clusterLabels(context),
    },
    spec: {
      ...(network ? { clusterNetwork: network } : {}),
      topology: {
        ...classRef,
        version,
        controlPlane: { replicas: request.controlPlane.replicas },
        workers: { machineDeployments },
        variables: asVariables({
          controlPlaneMachineType: request.controlPlane.machineType,
          ...parts.variables,
        }),
      },
    },
  };
}

/** The zone of a pool: the zone it names, else the first zone of its location. */
export function zoneOf(pool: RenderedPool): string | undefined {
  return pool.zone ?? pool.location?.zones?.[0];
}
