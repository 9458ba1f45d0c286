import { LoggerService } from '@backstage/backend-plugin-api';
import { CustomErrorBase } from '@backstage/errors';
import {
  ApplyConflictError,
  KubernetesClusterClient,
  KubernetesNotFoundError,
  KubernetesObject,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { describeObject } from './describeObject';

/** The field manager of everything the scaffolder applies. */
export const PROVISION_FIELD_MANAGER = 'sovereign-cloud-scaffolder';

/** Runs `fn` once per key and task, even across retries (the task's checkpoint). */
export type Checkpoint = (
  key: string,
  fn: () => Promise<{ object: string; uid: string }>,
) => Promise<{ object: string; uid: string }>;

/**
 * Applying a plan stopped part-way. `applied` lists exactly the objects that
 * were applied before the failure (in this run or, through checkpoints, in an
 * earlier one).
 */
export class PlanApplyError extends CustomErrorBase {
  name = 'PlanApplyError';
  readonly applied: string[];

  constructor(message: string, applied: string[], cause: unknown) {
    super(message, cause);
    this.applied = applied;
  }
}

/** Namespaces first, so the other objects have somewhere to go; otherwise the plan's order. */
export function applyOrder(objects: KubernetesObject[]): KubernetesObject[] {
  const isNamespace = (o: KubernetesObject) =>
    o.kind === 'Namespace' && o.apiVersion === 'v1';
  return [
    ...objects.filter(isNamespace),
    ...objects.filter(o => !isNamespace(o)),
  ];
}

/**
 * Namespaces of the plan that do not exist yet. A dry run creates nothing, so
 * the API server cannot validate objects in them (it answers 404).
 */
async function missingNamespaces(
  client: KubernetesClusterClient,
  objects: KubernetesObject[],
  signal?: AbortSignal,
): Promise<Set<string>> {
  const missing = new Set<string>();
  for (const object of objects) {
    if (object.kind !== 'Namespace' || object.apiVersion !== 'v1') continue;
    const name = object.metadata.name!;
    try {
      await client.get(
        { apiVersion: 'v1', kind: 'Namespace', name },
        { signal },
      );
    } catch (error) {
      if (!(error instanceof KubernetesNotFoundError)) throw error;
      missing.add(name);
    }
  }
  return missing;
}

function reasonOf(error: unknown): string {
  if (error instanceof ApplyConflictError) {
    const fields = error.conflicts
      .map(c => `${c.field} (owned by ${c.manager})`)
      .join(', ');
    // Forcing would silently take fields over from an operator or controller.
    return `conflict with other field managers on ${fields}; the action does not force ownership: remove or hand over those fields, then retry`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Server-side applies a plan's objects one by one with the scaffolder's
 * field manager. Each object is its own checkpoint, so a retried task skips
 * what it already applied. Returns the objects applied, as `Kind ns/name`.
 */
export async function applyPlanObjects(options: {
  client: KubernetesClusterClient;
  clusterName: string;
  objects: KubernetesObject[];
  dryRun: boolean;
  checkpoint: Checkpoint;
  logger: LoggerService;
  signal?: AbortSignal;
  /** How messages name the target. Default `management cluster <name>`. */
  targetDescription?: string;
}): Promise<string[]> {
  const { client, clusterName, dryRun, checkpoint, logger, signal } = options;
  const target =
    options.targetDescription ?? `management cluster ${client.cluster.name}`;
  const objects = applyOrder(options.objects);
  const applied: string[] = [];
  const unvalidated = dryRun
    ? await missingNamespaces(client, objects, signal)
    : new Set<string>();
  for (const object of objects) {
    const described = describeObject(object);
    const namespace = object.metadata.namespace;
    if (namespace && unvalidated.has(namespace)) {
      applied.push(described);
      logger.info(
        `Dry run: ${described} not validated, its namespace ${namespace} is created by this plan`,
      );
      continue;
    }
    const applyOnce = async () => {
      const [stored] = await client.apply([object], {
        fieldManager: PROVISION_FIELD_MANAGER,
        dryRun,
        signal,
      });
      return { object: described, uid: stored?.metadata.uid ?? '' };
    };
    try {
      // A dry run stores nothing, so there is nothing to resume.
      await (dryRun
        ? applyOnce()
        : checkpoint(
            `apply-${clusterName}-${object.kind}-${object.metadata.name}`,
            applyOnce,
          ));
    } catch (error) {
      throw new PlanApplyError(
        `Could not apply ${described} to ${target}: ${reasonOf(
          error,
        )}. Applied before the failure (${applied.length} of ${
          objects.length
        }): ${applied.join(', ') || 'none'}`,
        applied,
        error,
      );
    }
    applied.push(described);
    logger.info(
      `${dryRun ? 'Validated (dry run)' : 'Applied'} ${described} on ${target}`,
    );
  }
  return applied;
}
