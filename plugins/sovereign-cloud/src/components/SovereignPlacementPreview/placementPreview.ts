import {
  assessDeclaredCluster,
  createProviderCatalogue,
  PlacementPlan,
  planPlacement,
  ProviderCatalogue,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** The value the field keeps in the form: the plan's headline, for the review step and validation. */
export type PlacementPreviewValue = {
  schedulable?: boolean;
  reason?: string;
  clusters?: { cluster: string; replicas: number }[];
};

/** A plan, or why the form's workload cannot be planned yet. */
export type PlacementPreviewResult =
  | { plan: PlacementPlan; problem?: undefined }
  | { plan?: undefined; problem: string };

/**
 * Plans the form's workload over the clusters in the browser. Each
 * cluster's SEAL comes from its declared facts (the backend's assessments
 * are not read here), so minimum-SEAL constraints can be checked.
 */
export function previewPlacement(
  workload: unknown,
  clusters: readonly SovereignClusterEntity[],
  catalogue: ProviderCatalogue = createProviderCatalogue([]),
): PlacementPreviewResult {
  if (workload === undefined || workload === null) {
    return { problem: 'The form has no workload yet.' };
  }
  try {
    const fleet = clusters.map(entity => ({
      entity,
      seal: assessDeclaredCluster(entity, catalogue).seal.label,
    }));
    return { plan: planPlacement(workload, fleet, { catalogue }) };
  } catch (error) {
    // PlacementInputError names the field at fault.
    return { problem: (error as Error).message };
  }
}

/** What the field keeps in the form for a result. */
export function previewValueOf(
  result: PlacementPreviewResult,
): PlacementPreviewValue {
  if (!result.plan) return {};
  const { plan } = result;
  return plan.schedulable
    ? {
        schedulable: true,
        clusters: plan.assignments.map(a => ({
          cluster: a.cluster,
          replicas: a.replicas,
        })),
      }
    : { schedulable: false, reason: plan.reason };
}
