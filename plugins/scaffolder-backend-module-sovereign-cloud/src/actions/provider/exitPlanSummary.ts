import { ProviderExitPlan } from '@sovereign-cloud/plugin-sovereign-cloud-common';

const replicasText = (list: { cluster: string; replicas: number }[]) =>
  list.map(a => `${a.cluster} ${a.replicas}`).join(', ') || 'none';

const sealText = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([level, n]) => `${level} ×${n}`)
    .join(', ') || 'none';

/** The exit drill as Markdown: what moves where, what cannot move and why, posture before and after. */
export function exitPlanSummary(plan: ProviderExitPlan): string {
  const { summary, posture } = plan;
  const lines = [
    `## Exit drill: leaving ${plan.provider}`,
    '',
    `Clusters on ${plan.provider}: ${plan.clustersLeft.join(', ') || 'none'}`,
    '',
    `${summary.moves} workload(s) move, ${summary.cannotMove} cannot move, ${summary.unaffected} unaffected.`,
  ];
  const moves = plan.workloads.filter(w => w.status === 'moves');
  if (moves.length) {
    lines.push(
      '',
      '### Moves',
      '',
      '| Workload | Replicas moving | Before | After |',
      '| --- | --- | --- | --- |',
    );
    for (const w of moves) {
      lines.push(
        `| ${w.entityRef} | ${w.movingReplicas} | ${replicasText(
          w.before,
        )} | ${replicasText(w.after)} |`,
      );
    }
  }
  const stuck = plan.workloads.filter(w => w.status === 'cannot-move');
  if (stuck.length) {
    lines.push(
      '',
      '### Cannot move',
      '',
      '| Workload | Blocker | Reason |',
      '| --- | --- | --- |',
    );
    for (const w of stuck) {
      lines.push(
        `| ${w.entityRef} | ${w.blocker ?? ''} | ${(w.reason ?? '').replace(
          /\|/g,
          '\\|',
        )} |`,
      );
    }
  }
  const problems = plan.workloads.filter(w => w.problems.length);
  if (problems.length) {
    lines.push('', '### Annotations ignored', '');
    for (const w of problems) {
      lines.push(`- ${w.entityRef}: ${w.problems.join('; ')}`);
    }
  }
  lines.push(
    '',
    '### Fleet posture',
    '',
    '| | Clusters | Providers | Average score | SEAL |',
    '| --- | --- | --- | --- | --- |',
    `| Before | ${posture.before.clusters} | ${posture.before.providers.join(
      ', ',
    )} | ${posture.before.averageScore} | ${sealText(
      posture.before.sealCounts,
    )} |`,
    `| After | ${posture.after.clusters} | ${
      posture.after.providers.join(', ') || 'none'
    } | ${posture.after.averageScore} | ${sealText(
      posture.after.sealCounts,
    )} |`,
  );
  return lines.join('\n');
}
