import {
  ClusterExitPlan,
  MeshSlotResponse,
  WorkloadExit,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { DecommissionBlocker } from './decommissionBlockers';

const replicasText = (list: { cluster: string; replicas: number }[]) =>
  list.map(a => `${a.cluster} ${a.replicas}`).join(', ') || 'none';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Where one workload would go without the cluster, in a table cell. */
function replanText(exit: WorkloadExit | undefined): string {
  if (!exit) return 'not re-planned';
  if (exit.status === 'cannot-move') {
    return cell(
      `cannot move (${exit.blocker ?? 'no cluster'}): ${exit.reason ?? ''}`,
    );
  }
  return `moves to ${replicasText(exit.after)}`;
}

/** The refusal: the workloads on the cluster and where the exit drill would move each. */
export function refusalSummary(options: {
  cluster: string;
  dryRun: boolean;
  blockedBy: readonly DecommissionBlocker[];
  replan?: ClusterExitPlan;
  replanError?: string;
}): string {
  const { cluster, blockedBy, replan } = options;
  const lines = [
    `## Decommission of ${cluster} ${
      options.dryRun ? 'would be refused' : 'refused'
    }`,
    '',
    `${blockedBy.length} workload(s) are placed on the cluster; move them first, then decommission it.`,
    '',
    '### Exit drill re-plan without this cluster',
    '',
    '| Workload | Replicas on the cluster | Without the cluster |',
    '| --- | --- | --- |',
  ];
  for (const blocker of blockedBy) {
    const exit = replan?.workloads.find(w => w.entityRef === blocker.entityRef);
    lines.push(
      `| ${blocker.entityRef} | ${blocker.replicas} | ${replanText(exit)} |`,
    );
  }
  if (options.replanError) {
    lines.push('', `The re-plan failed: ${cell(options.replanError)}`);
  }
  if (replan) {
    const { before, after } = replan.posture;
    lines.push(
      '',
      `Fleet after the move: ${after.clusters} clusters (was ${before.clusters}), average posture score ${after.averageScore} (was ${before.averageScore}).`,
    );
  }
  return lines.join('\n');
}

/** What the decommission did, or in a dry run would do. */
export function decommissionSummary(options: {
  cluster: string;
  dryRun: boolean;
  /** One line per object or file, with where it is. */
  deletions: string[];
  /** Set when nothing was left to delete (a re-run, or removed by hand). */
  alreadyGone?: string;
  /** What a person must still do by hand, e.g. delete files from an unconfigured repository. */
  manual?: string;
  /** The mesh the cluster leaves; `slot` when the provisioning records show it. */
  mesh?: {
    name: string;
    slot?: Pick<MeshSlotResponse, 'clusterId' | 'podCidr' | 'serviceCidr'>;
    /** The provisioning records could not be read. */
    recordsUnread?: boolean;
  };
}): string {
  const { dryRun, mesh } = options;
  const lines = [
    `## Decommission of ${options.cluster}${
      dryRun ? ' (dry run, nothing changed)' : ''
    }`,
    '',
    dryRun ? '### Would delete' : '### Deleted',
    '',
    ...(options.deletions.length
      ? options.deletions.map(d => `- ${d}`)
      : ['- nothing']),
  ];
  if (options.alreadyGone) lines.push('', options.alreadyGone);
  if (options.manual) lines.push('', options.manual);
  if (mesh) {
    // Freed by the backend once the change is decommissioned, not now: a new
    // member given the ID while the cluster still runs would clash with it.
    let slot =
      'Its slot, if it still holds one (the provisioning records show none),';
    if (mesh.slot) {
      slot = `Its slot (ClusterMesh ID ${mesh.slot.clusterId}, pod CIDR ${mesh.slot.podCidr}, service CIDR ${mesh.slot.serviceCidr})`;
    } else if (mesh.recordsUnread) {
      slot = 'Its slot (the provisioning records could not be read)';
    }
    const text = dryRun
      ? `Would remove it from mesh ${mesh.name}. ${slot} would stay reserved until the management cluster no longer has the cluster, then be freed automatically.`
      : `Leaving mesh ${mesh.name}. ${slot} stays reserved until the management cluster no longer has the cluster, then is freed automatically.`;
    lines.push('', '### Mesh', '', text);
  }
  lines.push(
    '',
    dryRun
      ? 'The catalog would show the cluster as Decommissioning until the management cluster no longer has it.'
      : 'The catalog shows the cluster as Decommissioning until the management cluster no longer has it.',
  );
  return lines.join('\n');
}
