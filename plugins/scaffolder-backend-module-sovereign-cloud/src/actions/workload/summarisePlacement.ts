import { PlacementPlan } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/**
 * A placement plan in a few lines: where the replicas go and why clusters
 * were left out. Shared by the actions and the CLI.
 * @public
 */
export function summarisePlacement(plan: PlacementPlan): string {
  const lines: string[] = [];
  if (!plan.schedulable) {
    lines.push(
      `${plan.workload}: cannot place ${plan.replicas} replicas: ${plan.reason}`,
    );
  } else {
    const clusters = `${plan.assignments.length} cluster${
      plan.assignments.length === 1 ? '' : 's'
    }`;
    const total = plan.assignments.reduce((n, a) => n + a.replicas, 0);
    lines.push(
      plan.strategy === 'Duplicated'
        ? `${plan.workload}: ${plan.replicas} replicas on each of ${clusters} (Duplicated)`
        : `${plan.workload}: ${total} replicas (${
            plan.strategy ?? 'Divided'
          }) on ${clusters}`,
    );
    for (const a of plan.assignments) {
      lines.push(`  ${a.cluster} (${a.provider}): ${a.replicas}`);
    }
  }
  if (plan.providerLoss) {
    const p = plan.providerLoss;
    lines.push(
      `Losing ${p.worstProvider ?? 'any one provider'} leaves ${
        p.worstCaseReplicas
      } of at least ${p.minReplicas} replicas${
        p.rebalanced ? ' (rebalanced across providers)' : ''
      }`,
    );
  }
  const filtered = plan.decisions.filter(d => d.outcome === 'filtered');
  if (filtered.length) {
    lines.push(`Not eligible (${filtered.length}):`);
    for (const d of filtered) {
      lines.push(`  ${d.cluster}: ${d.reasons.join('; ')}`);
    }
  }
  return lines.join('\n');
}
