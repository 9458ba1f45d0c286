import { ClusterStatus } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesObject } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { arrayAt, at, stringAt } from '../../util/json';

interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

function conditionsOf(cluster: KubernetesObject): Condition[] {
  return arrayAt(cluster.status, 'conditions')
    .map(c => ({
      type: stringAt(c, 'type') ?? '',
      status: stringAt(c, 'status') ?? '',
      reason: stringAt(c, 'reason'),
      message: stringAt(c, 'message'),
      lastTransitionTime: stringAt(c, 'lastTransitionTime'),
    }))
    .filter(c => c.type);
}

function withTime(status: ClusterStatus, time?: string): ClusterStatus {
  const valid =
    time && !Number.isNaN(Date.parse(time))
      ? new Date(time).toISOString()
      : undefined;
  return valid ? { ...status, lastTransitionTime: valid } : status;
}

const describe = (condition: Condition) =>
  condition.message ||
  condition.reason ||
  `${condition.type} is ${condition.status}`;

/**
 * The lifecycle phase of a Cluster API `Cluster`, from `status.phase` and its
 * conditions: v1beta2 `Available` (v1beta1 `Ready`) decides between Ready and
 * Degraded once provisioned; Pending and Provisioning stay Provisioning;
 * Deleting (or a deletion timestamp) is Decommissioning; Failed is Degraded.
 */
export function clusterStatus(cluster: KubernetesObject): ClusterStatus {
  const phase = stringAt(cluster.status, 'phase');
  const conditions = conditionsOf(cluster);
  // v1beta2 clusters report Available; v1beta1 ones (and v1beta2's deprecated block) Ready.
  const health =
    conditions.find(c => c.type === 'Available') ??
    conditions.find(c => c.type === 'Ready');

  if (cluster.metadata.deletionTimestamp || phase === 'Deleting') {
    return withTime(
      { phase: 'Decommissioning', message: 'The Cluster is being deleted' },
      cluster.metadata.deletionTimestamp,
    );
  }
  if (phase === 'Failed') {
    const message =
      stringAt(cluster.status, 'failureMessage') ??
      stringAt(at(cluster.status, 'deprecated', 'v1beta1'), 'failureMessage') ??
      (health ? describe(health) : 'Cluster API reports the Cluster as failed');
    return withTime({ phase: 'Degraded', message }, health?.lastTransitionTime);
  }
  if (phase === 'Pending' || phase === 'Provisioning') {
    return withTime(
      { phase: 'Provisioning', message: `Cluster API phase ${phase}` },
      health?.lastTransitionTime,
    );
  }
  if (phase === 'Provisioned') {
    if (!health || health.status === 'True') {
      return withTime({ phase: 'Ready' }, health?.lastTransitionTime);
    }
    return withTime(
      { phase: 'Degraded', message: describe(health) },
      health.lastTransitionTime,
    );
  }
  return {
    phase: 'Unknown',
    message: phase
      ? `Cluster API phase ${phase}`
      : 'Cluster API reports no phase yet',
  };
}
