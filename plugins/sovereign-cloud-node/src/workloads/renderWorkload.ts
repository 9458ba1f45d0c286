import { createHash } from 'node:crypto';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  ANNOTATION_KARMADA_MEMBER,
  type PlacementPlan,
  type SovereignClusterEntity,
  parseDeployableWorkload,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { renderWorkloadObjects } from './renderObjects';
import { selectStorageClass } from './selectStorageClass';
import {
  ANNOTATION_ARGOCD_CLUSTER,
  type ClusterWorkloadManifests,
  type RenderedWorkload,
  type WorkloadClusterInput,
} from './types';

function entityOf(input: WorkloadClusterInput): SovereignClusterEntity {
  return 'entity' in input ? input.entity : input;
}

/** Member name as the planner names it: annotation, else entity name. */
export function karmadaMemberOf(entity: SovereignClusterEntity): string {
  return (
    entity.metadata.annotations?.[ANNOTATION_KARMADA_MEMBER] ??
    entity.metadata.name
  );
}

/** Destination name in Argo CD: annotation, else entity name. */
export function argoCdClusterOf(entity: SovereignClusterEntity): string {
  return (
    entity.metadata.annotations?.[ANNOTATION_ARGOCD_CLUSTER] ??
    entity.metadata.name
  );
}

/** Short digest of the assignments: changes exactly when the placement does. */
function placementIdOf(plan: PlacementPlan, namespace: string): string {
  const text = JSON.stringify([
    namespace,
    plan.workload,
    plan.assignments.map(a => [a.cluster, a.replicas]),
  ]);
  return `p-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
}

function checkPlan(plan: PlacementPlan, workloadName: string) {
  if (
    !plan ||
    !Array.isArray(plan.assignments) ||
    !Array.isArray(plan.decisions)
  ) {
    throw new InputError('placement: must be a plan from planPlacement');
  }
  if (plan.workload !== workloadName) {
    throw new InputError(
      `placement.workload: plan is for "${plan.workload}", not "${workloadName}"`,
    );
  }
  if (!plan.schedulable) {
    throw new InputError(
      `placement.schedulable: workload "${workloadName}" cannot be placed: ${
        plan.reason ?? 'no reason given'
      }`,
    );
  }
  const sum = plan.assignments.reduce((n, a) => n + a.replicas, 0);
  const expected =
    plan.strategy === 'Duplicated'
      ? plan.replicas * plan.assignments.length
      : plan.replicas;
  if (sum !== expected) {
    throw new InputError(
      `placement.assignments: replicas add up to ${sum}, expected ${expected}`,
    );
  }
}

/**
 * Renders a placed workload per chosen cluster: Deployment (stateless) or
 * StatefulSet (with volumes) with that cluster's replicas, Service(s), a
 * default-deny NetworkPolicy, and volume claims on the storage class that
 * fits each cluster. Pure; throws `InputError` naming the field (or cluster).
 * @public
 */
export function renderWorkload(
  workloadInput: unknown,
  placement: PlacementPlan,
  clusters: readonly WorkloadClusterInput[],
): RenderedWorkload {
  const workload = parseDeployableWorkload(workloadInput);
  checkPlan(placement, workload.name);
  const byMember = new Map<string, SovereignClusterEntity>();
  clusters.forEach((input, index) => {
    const entity = input && entityOf(input);
    if (!entity?.spec || !entity.metadata?.name) {
      throw new InputError(
        `clusters[${index}]: must be a SovereignCluster entity`,
      );
    }
    byMember.set(karmadaMemberOf(entity), entity);
  });

  const placementId = placementIdOf(placement, workload.namespace);
  const rendered: ClusterWorkloadManifests[] = placement.assignments
    .filter(a => a.replicas > 0)
    .map(assignment => {
      const entity = byMember.get(assignment.cluster);
      if (!entity) {
        throw new InputError(
          `clusters: no SovereignCluster with Karmada member name "${assignment.cluster}" (from placement.assignments)`,
        );
      }
      const storageClasses: Record<string, string> = {};
      for (const volume of workload.volumes ?? []) {
        storageClasses[volume.name] = selectStorageClass(
          entity,
          volume,
          assignment.cluster,
        );
      }
      return {
        cluster: assignment.cluster,
        entityRef: stringifyEntityRef(entity),
        provider: assignment.provider,
        argoCdCluster: argoCdClusterOf(entity),
        replicas: assignment.replicas,
        storageClasses,
        objects: renderWorkloadObjects(workload, {
          replicas: assignment.replicas,
          storageClasses,
          placementId,
        }),
      };
    });

  const allowed = placement.decisions.filter(d => d.outcome !== 'filtered');
  return {
    workload,
    kind: (workload.volumes ?? []).length ? 'StatefulSet' : 'Deployment',
    placementId,
    strategy: placement.strategy,
    allowedClusters: allowed.map(d => d.cluster).sort(),
    providerOf: Object.fromEntries(allowed.map(d => [d.cluster, d.provider])),
    clusters: rendered,
  };
}
