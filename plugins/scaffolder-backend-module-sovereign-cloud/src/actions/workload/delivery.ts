import {
  AuditorService,
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { JsonObject } from '@backstage/types';
import { SovereignClusterEntity } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  karmadaMemberOf,
  KubernetesClientFactory,
  KubernetesObject,
  WorkloadFile,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import yaml from 'yaml';
import { z as zv3 } from 'zod/v3';
import {
  applyPlanObjects,
  Checkpoint,
  PlanApplyError,
} from '../../provisioning/applyPlanObjects';
import { writePlanFiles } from '../../provisioning/writePlanFiles';
import {
  configuredTarget,
  DeliveryTarget,
  directTargets,
} from './deliveryTargets';

/** Config keys of the default delivery targets. */
export const WORKLOAD_CONFIG = {
  karmadaCluster: 'sovereignCloud.workloads.karmada.cluster',
  argoCdCluster: 'sovereignCloud.workloads.argocd.cluster',
  argoCdNamespace: 'sovereignCloud.workloads.argocd.namespace',
  argoCdRepoURL: 'sovereignCloud.workloads.argocd.repoURL',
} as const;

type Z = typeof zv3;

/** The engine and its settings, as the scaffolder's JSON schema. */
export const deliveryEngineInput = {
  engine: (z: Z) =>
    z
      .enum(['karmada', 'argocd', 'direct'])
      .describe(
        'karmada: apply to the Karmada API server; argocd: ApplicationSet plus files; direct: server-side apply to each cluster.',
      ),
  karmada: (z: Z) =>
    z
      .object({
        cluster: z
          .string()
          .optional()
          .describe(
            `The Karmada API server, a cluster of sovereignCloud.kubernetes.clusters. Default ${WORKLOAD_CONFIG.karmadaCluster}.`,
          ),
      })
      .optional(),
  argocd: (z: Z) =>
    z
      .object({
        repoURL: z
          .string()
          .optional()
          .describe(
            `Git repository Argo CD syncs from. Default ${WORKLOAD_CONFIG.argoCdRepoURL}.`,
          ),
        path: z
          .string()
          .optional()
          .describe(
            'Directory of the workload in the repository (and the workspace). Default workloads/<namespace>/<name>.',
          ),
        revision: z.string().optional(),
        project: z.string().optional(),
        namespace: z
          .string()
          .optional()
          .describe(
            `Namespace of Argo CD. Default ${WORKLOAD_CONFIG.argoCdNamespace}, else argocd.`,
          ),
        apply: z
          .boolean()
          .optional()
          .describe(
            'Apply the ApplicationSet to the Argo CD cluster; otherwise it is written into the workspace with the other files for a publish step.',
          ),
        cluster: z
          .string()
          .optional()
          .describe(
            `The cluster Argo CD runs on, of sovereignCloud.kubernetes.clusters. Default ${WORKLOAD_CONFIG.argoCdCluster}.`,
          ),
      })
      .optional(),
};

/** The engine settings as the handler receives them. */
export type DeliveryEngineInput = {
  engine: 'karmada' | 'argocd' | 'direct';
  karmada?: { cluster?: string };
  argocd?: {
    repoURL?: string;
    path?: string;
    revision?: string;
    project?: string;
    namespace?: string;
    apply?: boolean;
    cluster?: string;
  };
};

/**
 * The Karmada API server and Argo CD cluster the engine needs, checked
 * before planning: a wrong cluster name should not wait for the catalog.
 */
export function resolveEngineTargets(
  input: DeliveryEngineInput,
  options: { kubernetes: KubernetesClientFactory; config: RootConfigService },
): { karmada?: DeliveryTarget; argoCdCluster?: DeliveryTarget } {
  const { kubernetes, config } = options;
  if (input.karmada && input.engine !== 'karmada') {
    throw new InputError('karmada: only with engine karmada');
  }
  if (input.argocd && input.engine !== 'argocd') {
    throw new InputError('argocd: only with engine argocd');
  }
  const karmada =
    input.engine === 'karmada'
      ? configuredTarget({
          kubernetes,
          config,
          field: 'karmada.cluster',
          value: input.karmada?.cluster,
          configKey: WORKLOAD_CONFIG.karmadaCluster,
          role: 'Karmada API server',
        })
      : undefined;
  const argoCdCluster =
    input.engine === 'argocd' && input.argocd?.apply
      ? configuredTarget({
          kubernetes,
          config,
          field: 'argocd.cluster',
          value: input.argocd.cluster,
          configKey: WORKLOAD_CONFIG.argoCdCluster,
          role: 'cluster Argo CD runs on',
        })
      : undefined;
  return { karmada, argoCdCluster };
}

/** The Argo CD repository and the workload's directory in it. */
export function argoCdLocation(
  input: DeliveryEngineInput,
  config: RootConfigService,
  workload: { name: string; namespace: string },
): { repoURL: string; path: string; namespace?: string } {
  const repoURL =
    // An empty form field means "not given".
    input.argocd?.repoURL ||
    config.getOptionalString(WORKLOAD_CONFIG.argoCdRepoURL);
  if (!repoURL) {
    throw new InputError(
      `argocd.repoURL: is required; give it or set ${WORKLOAD_CONFIG.argoCdRepoURL}`,
    );
  }
  const path =
    input.argocd?.path || `workloads/${workload.namespace}/${workload.name}`;
  const namespace =
    input.argocd?.namespace ??
    config.getOptionalString(WORKLOAD_CONFIG.argoCdNamespace);
  return { repoURL, path, namespace };
}

/** Karmada propagates the namespace to the members that get the workload. */
export function karmadaNamespace(workload: {
  namespace: string;
}): KubernetesObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: workload.namespace },
  };
}

/** One apply run: what goes where, and how messages name the target. */
export type Delivery = {
  target: DeliveryTarget;
  description: string;
  objects: KubernetesObject[];
};

/**
 * Direct delivery: each chosen cluster's objects (by Karmada member name)
 * to the configured cluster its SovereignCluster names.
 */
export function directDeliveries(
  kubernetes: KubernetesClientFactory,
  fleet: readonly { entity: SovereignClusterEntity }[],
  perCluster: readonly { cluster: string; objects: KubernetesObject[] }[],
): Delivery[] {
  const byMember = new Map(
    fleet.map(c => [karmadaMemberOf(c.entity), c.entity]),
  );
  const entities = perCluster.map(d => byMember.get(d.cluster)!);
  const targets = directTargets(kubernetes, entities);
  return perCluster.map((d, i) => {
    const target = targets.get(entities[i])!;
    return {
      target,
      description: `cluster ${d.cluster} (${target.name})`,
      objects: d.objects,
    };
  });
}

/**
 * Argo CD delivery: writes the files into the workspace for a publish step,
 * the ApplicationSet among them unless an Argo CD cluster is configured to
 * receive it; then that cluster is the one delivery.
 */
export async function writeArgoCdFiles(options: {
  files: WorkloadFile[];
  applicationSet: KubernetesObject;
  location: { repoURL: string; path: string };
  argoCdCluster?: DeliveryTarget;
  workspacePath: string;
  /** What the files are of, for the log: `ledger`, `the edge of ledger`. */
  what: string;
  logger: LoggerService;
  output: (name: 'files', value: string[]) => void;
}): Promise<Delivery[]> {
  const { repoURL, path } = options.location;
  const files = [...options.files];
  if (!options.argoCdCluster) {
    files.push({
      path: `${path.replace(/\/+$/, '')}/applicationset.yaml`,
      objects: [options.applicationSet],
    });
  }
  const written = await writePlanFiles(options.workspacePath, filesOf(files));
  options.output('files', written);
  options.logger.info(
    `Wrote ${written.length} files of ${options.what} under ${path}; a publish step pushes them to ${repoURL}`,
  );
  const cluster = options.argoCdCluster;
  return cluster
    ? [
        {
          target: cluster,
          description: `Argo CD cluster ${cluster.name}`,
          objects: [options.applicationSet],
        },
      ]
    : [];
}

/** Workspace files as YAML documents. */
export function filesOf(files: WorkloadFile[]): Record<string, string> {
  return Object.fromEntries(
    files.map(f => [
      f.path,
      f.objects.map(o => yaml.stringify(o)).join('---\n'),
    ]),
  );
}

/** Applies deliveries in order; on failure, `applied` covers every target so far. */
export async function applyDeliveries(options: {
  deliveries: Delivery[];
  placementId: string;
  /** Keeps checkpoints of different actions on the same placement apart. */
  keyPrefix?: string;
  dryRun: boolean;
  checkpoint: Checkpoint;
  logger: LoggerService;
  signal?: AbortSignal;
}): Promise<string[]> {
  const applied: string[] = [];
  for (const delivery of options.deliveries) {
    const prefix = `${delivery.target.name}: `;
    try {
      const done = await applyPlanObjects({
        client: delivery.target.client,
        // The placement is part of the key: a changed placement applies again.
        clusterName: `${options.keyPrefix ?? ''}${options.placementId}-${
          delivery.target.name
        }`,
        objects: delivery.objects,
        dryRun: options.dryRun,
        checkpoint: options.checkpoint,
        logger: options.logger,
        signal: options.signal,
        targetDescription: delivery.description,
      });
      applied.push(...done.map(d => prefix + d));
    } catch (error) {
      if (!(error instanceof PlanApplyError)) throw error;
      const all = [...applied, ...error.applied.map(d => prefix + d)];
      if (applied.length === 0) {
        // Same message; `applied` names the target like the success output does.
        error.applied.splice(0, error.applied.length, ...all);
        throw error;
      }
      throw new PlanApplyError(
        `Deploying to ${
          delivery.description
        } failed after applying to earlier clusters (${applied.join(', ')})`,
        all,
        error,
      );
    }
  }
  return applied;
}

/**
 * Applies the deliveries inside an audit event (none on dry-run: nothing
 * changes) and outputs `applied`, also when a later target fails.
 */
export async function deliverAudited(options: {
  auditor: AuditorService;
  eventId: string;
  meta: JsonObject;
  deliveries: Delivery[];
  placementId: string;
  keyPrefix?: string;
  dryRun: boolean;
  checkpoint: Checkpoint;
  logger: LoggerService;
  signal?: AbortSignal;
  output: (name: 'applied', value: string[]) => void;
}): Promise<string[]> {
  const { auditor, deliveries, dryRun } = options;
  // Applying changes clusters: an audit trail names who changed what where.
  const event = dryRun
    ? undefined
    : await auditor.createEvent({
        eventId: options.eventId,
        severityLevel: 'high',
        meta: options.meta,
      });
  let applied: string[];
  try {
    applied = await applyDeliveries({
      deliveries,
      placementId: options.placementId,
      keyPrefix: options.keyPrefix,
      dryRun,
      checkpoint: options.checkpoint,
      logger: options.logger,
      signal: options.signal,
    });
  } catch (error) {
    const done = error instanceof PlanApplyError ? error.applied : [];
    if (error instanceof PlanApplyError) options.output('applied', done);
    await event?.fail({ error: error as Error, meta: { applied: done } });
    throw error;
  }
  await event?.success({ meta: { applied } });
  options.output('applied', applied);
  return applied;
}
