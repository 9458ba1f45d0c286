import {
  EntityValidationError,
  formatValidationProblem,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { ClusterPlan } from '@sovereign-cloud/plugin-scaffolder-backend-module-sovereign-cloud';

/** The plan's summary (with the posture preview) and the files written. */
export function formatPlan(plan: ClusterPlan, written: string[]): string {
  return [
    plan.summary,
    '',
    `## Files (${written.length})`,
    '',
    ...written.map(path => `- ${path}`),
    '',
  ].join('\n');
}

/** Why the policy refuses the plan: each field and its reason. */
export function formatRefusal(
  requestName: string,
  refusal: EntityValidationError,
): string {
  return [
    `REFUSED: cluster request "${requestName}" breaks its policy; nothing was written.`,
    ...refusal.problems.map(p => `- ${formatValidationProblem(p)}`),
    '',
  ].join('\n');
}
