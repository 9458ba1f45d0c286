import {
  AuditorService,
  PermissionsService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  isSovereignCluster,
  MeshSlotResponse,
  ObjectDiff,
  SOVEREIGN_CLUSTER_KIND,
  sovereignCloudClusterDecommissionPermission,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  KubernetesClientFactory,
  ProvisioningClient,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import fs from 'node:fs';
import path from 'node:path';
import { requirePermission } from '../requirePermission';
import { loadProviderCatalogueOrShipped } from '../../planning/loadProviderCatalogue';
import { commitPlanFiles } from '../../provisioning/commitPlanFiles';
import {
  blockersOf,
  describeBlockers,
  replanWithoutCluster,
  workloadsPlacedOn,
} from './decommissionBlockers';
import { decommissionSummary, refusalSummary } from './decommissionSummary';
import {
  deleteClusterApiCluster,
  resolveDecommissionTarget,
} from './decommissionTarget';
import { examples } from './decommission.examples';

/** @public */
export const CLUSTER_DECOMMISSION_ACTION_ID =
  'sovereign-cloud:cluster:decommission';

type MeshSlot = Pick<MeshSlotResponse, 'clusterId' | 'podCidr' | 'serviceCidr'>;

/** Files under `directory` in the workspace (a fetch step may have put the repository there). */
async function workspaceFiles(
  workspacePath: string,
  directory: string,
): Promise<string[]> {
  const root = path.join(workspacePath, directory);
  const entries = await fs.promises
    .readdir(root, { recursive: true, withFileTypes: true })
    .catch(() => []);
  return entries
    .filter(e => e.isFile())
    .map(e =>
      path
        .relative(workspacePath, path.join(e.parentPath, e.name))
        .split(path.sep)
        .join('/'),
    )
    .sort();
}

/**
 * `sovereign-cloud:cluster:decommission`: takes a SovereignCluster out of
 * service. Refuses while Components are placed on it (and shows the exit
 * drill's re-plan for them), requires its name typed to confirm, then deletes
 * its Cluster API `Cluster` (or its GitOps files) and records the change so
 * the catalog shows it as Decommissioning. Its ClusterMesh slot stays
 * reserved while Cluster API tears the cluster down (a new member with its ID
 * would clash): the backend frees it when the catalog module saves the change
 * `decommissioned`.
 * @public
 */
export function createClusterDecommissionAction(options: {
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  config: RootConfigService;
  kubernetes: KubernetesClientFactory;
  /** The backend's provisioning records: the change the catalog shows and the mesh slot it holds. */
  records: Pick<ProvisioningClient, 'saveChange' | 'listProvisioningRecords'>;
}) {
  const { permissions, auditor, catalog, config, kubernetes, records } =
    options;
  return createTemplateAction({
    id: CLUSTER_DECOMMISSION_ACTION_ID,
    description:
      'Decommissions a SovereignCluster: refuses while workloads are placed on it (listing them with the exit drill re-plan), requires its name to confirm, deletes its Cluster API Cluster (apply) or its GitOps files (gitops), keeps it Decommissioning in the catalog until the management cluster no longer has it; its ClusterMesh ID and CIDRs stay reserved until then and are freed automatically.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        cluster: z =>
          z
            .string()
            .describe(
              'Entity ref of the SovereignCluster, e.g. sovereigncluster:default/hetzner-eu-prod.',
            ),
        confirm: z =>
          z.string().describe('The cluster name, typed exactly, to confirm.'),
        mode: z =>
          z
            .enum(['apply', 'gitops'])
            .optional()
            .describe(
              'apply: delete the Cluster API Cluster in the management cluster; gitops: remove the cluster directory from the GitOps repository. Default from spec.management.',
            ),
        managementCluster: z =>
          z
            .string()
            .optional()
            .describe(
              'apply mode: cluster of sovereignCloud.kubernetes.clusters holding the Cluster. Default the one spec.management names.',
            ),
        targetPath: z =>
          z
            .string()
            .optional()
            .describe(
              'gitops mode: the cluster directory in the repository. Default spec.management.path or clusters/<name>.',
            ),
      },
      output: {
        summary: z => z.string().describe('What happened, as Markdown.'),
        deleted: z =>
          z
            .array(z.string())
            .optional()
            .describe(
              'Deleted (in a dry run: would delete): "Cluster namespace/name", or the files of the cluster; without a configured GitOps repository, the files to delete by hand.',
            ),
        meshSlot: z =>
          z
            .object({
              mesh: z.string(),
              clusterId: z.number().optional(),
              podCidr: z.string().optional(),
              serviceCidr: z.string().optional(),
              freedWhen: z.literal('decommissioned'),
            })
            .optional()
            .describe(
              'For a mesh member: its slot (ID and CIDRs when the provisioning records show them), which stays reserved until the change is decommissioned (the management cluster no longer has the cluster), then is freed automatically.',
            ),
        blockedBy: z =>
          z
            .array(z.object({ entityRef: z.string(), replicas: z.number() }))
            .optional()
            .describe(
              'When refused: the workloads placed on the cluster, with their replicas there.',
            ),
        replan: z =>
          z
            .object({})
            .passthrough()
            .optional()
            .describe(
              'When refused: the exit drill re-plan of those workloads without the cluster.',
            ),
        commit: z =>
          z
            .string()
            .optional()
            .describe('gitops mode: the commit that removed the files.'),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const dryRun = ctx.isDryRun === true;
      const credentials = await ctx.getInitiatorCredentials();

      let clusterRef: string;
      try {
        const ref = parseEntityRef(input.cluster.trim(), {
          defaultKind: SOVEREIGN_CLUSTER_KIND,
          defaultNamespace: 'default',
        });
        if (ref.kind.toLocaleLowerCase('en-US') !== 'sovereigncluster') {
          throw new Error(`must be a SovereignCluster, got kind ${ref.kind}`);
        }
        clusterRef = stringifyEntityRef(ref);
      } catch (error) {
        throw new InputError(
          `cluster: ${(error as Error).message} (${JSON.stringify(
            input.cluster,
          )})`,
        );
      }
      await requirePermission(
        permissions,
        {
          permission: sovereignCloudClusterDecommissionPermission,
          resourceRef: clusterRef,
          what: `decommission ${clusterRef}`,
        },
        credentials,
      );
      const entity = await catalog.getEntityByRef(clusterRef, { credentials });
      if (!entity || !isSovereignCluster(entity)) {
        throw new InputError(
          `cluster: no SovereignCluster ${clusterRef} in the catalog`,
        );
      }
      const name = entity.metadata.name;
      if (input.confirm !== name) {
        throw new InputError(
          `confirm: type the cluster name ${JSON.stringify(
            name,
          )} exactly to decommission it`,
        );
      }
      // Workloads first: a cluster that still runs something is not taken away.
      const placed = await workloadsPlacedOn({
        catalog,
        credentials,
        clusterRef,
      });
      if (placed.length) {
        const blockedBy = blockersOf(placed, clusterRef);
        const { plan, error } = await replanWithoutCluster({
          catalog,
          credentials,
          catalogue: await loadProviderCatalogueOrShipped(
            catalog,
            credentials,
            ctx.logger,
          ),
          clusterRef,
          workloads: placed,
          logger: ctx.logger,
        });
        const summary = refusalSummary({
          cluster: clusterRef,
          dryRun,
          blockedBy,
          replan: plan,
          replanError: error,
        });
        ctx.output('blockedBy', blockedBy);
        if (plan) {
          ctx.output('replan', plan as unknown as Record<string, unknown>);
        }
        ctx.output('summary', summary);
        ctx.logger.info(summary);
        const message = `cluster: cannot decommission ${clusterRef} while workloads are placed on it: ${describeBlockers(
          blockedBy,
        )}. Move them first; the exit drill re-plan without this cluster is in the step output (replan) and log`;
        if (dryRun) {
          ctx.logger.warn(`Dry run: ${message}`);
          return;
        }
        throw new InputError(message);
      }

      // After the workloads: a refusal is shown even where the management cluster is not reachable.
      const target = await resolveDecommissionTarget({
        entity,
        mode: input.mode,
        managementCluster: input.managementCluster,
        targetPath: input.targetPath,
        catalog,
        credentials,
        config,
        kubernetes,
      });

      const mesh = entity.spec.network?.mesh;
      // The slot's ID and CIDRs, for the summary; the records may not know the cluster.
      const slotOf = async (): Promise<{ slot?: MeshSlot; unread?: true }> => {
        if (!mesh) return {};
        try {
          const held = (await records.listProvisioningRecords()).find(
            r =>
              r.meshSlot?.mesh === mesh &&
              stringifyEntityRef(r.entity).toLocaleLowerCase('en-US') ===
                clusterRef.toLocaleLowerCase('en-US'),
          )?.meshSlot;
          return held
            ? {
                slot: {
                  clusterId: held.clusterId,
                  podCidr: held.podCidr,
                  serviceCidr: held.serviceCidr,
                },
              }
            : {};
        } catch (error) {
          ctx.logger.warn(
            `Could not read the provisioning records for the ClusterMesh slot of ${clusterRef}: ${error}`,
          );
          return { unread: true };
        }
      };

      const event = dryRun
        ? undefined
        : await auditor.createEvent({
            eventId: 'cluster-decommission',
            severityLevel: 'high',
            meta: {
              entityRef: clusterRef,
              mode: target.mode,
              ...(target.mode === 'apply'
                ? { managementCluster: target.managementCluster }
                : { directory: target.directory }),
              initiator: ctx.user?.ref ?? null,
            },
          });
      try {
        const deletions: string[] = [];
        let deleted: string[] = [];
        let alreadyGone: string | undefined;
        let manual: string | undefined;
        const diff: ObjectDiff[] = [];

        if (target.mode === 'apply') {
          const deletion = dryRun
            ? await deleteClusterApiCluster({
                ...target,
                dryRun,
                signal: ctx.signal,
              })
            : await ctx.checkpoint({
                key: 'decommission-delete-cluster',
                fn: () =>
                  deleteClusterApiCluster({
                    ...target,
                    dryRun,
                    signal: ctx.signal,
                  }),
              });
          if (deletion.outcome === 'already-gone') {
            alreadyGone = `${deletion.object} is not on management cluster ${target.managementCluster}: already gone.`;
          } else {
            deleted = [deletion.object];
            deletions.push(
              `${deletion.object} on management cluster ${target.managementCluster} (foreground: machines and infrastructure first)`,
            );
          }
          diff.push({
            apiVersion: deletion.apiVersion,
            kind: 'Cluster',
            namespace: target.namespace,
            name: target.name,
            action: 'delete',
            fields: [],
          });
        } else if (target.repository) {
          const where = `${target.repository.url} (branch ${target.repository.branch})`;
          const remove = () =>
            commitPlanFiles({
              repository: target.repository!,
              directory: target.directory,
              // No files: every file of the cluster's directory is removed.
              files: {},
              message: `Decommission cluster ${name} (${clusterRef})`,
              logger: ctx.logger,
              dryRun,
            });
          const result = dryRun
            ? await remove()
            : await ctx.checkpoint({
                key: 'decommission-gitops-commit',
                fn: async () => {
                  const { commit, changed, removed } = await remove();
                  return { commit, changed, removed };
                },
              });
          deleted = result.removed;
          deletions.push(...result.removed.map(f => `${f} in ${where}`));
          if (!result.removed.length) {
            alreadyGone = `${where} has no files under ${target.directory}/: already gone.`;
          }
          if (!dryRun && result.changed) ctx.output('commit', result.commit);
        } else {
          const files = await workspaceFiles(
            ctx.workspacePath,
            target.directory,
          );
          deleted = files.length ? files : [`${target.directory}/`];
          manual = `No GitOps repository is configured (sovereignCloud.provisioning.gitops): delete ${deleted
            .map(f => `\`${f}\``)
            .join(
              ', ',
            )} from the repository; Flux or Argo CD then removes the cluster objects.`;
        }

        const { slot, unread } = await slotOf();
        let changeSummary = 'nothing left to delete';
        if (manual) changeSummary = `delete ${deleted.join(', ')} by hand`;
        else if (deleted.length === 1) changeSummary = `delete ${deleted[0]}`;
        else if (deleted.length)
          changeSummary = `delete ${deleted.length} files`;
        if (!dryRun) {
          await ctx.checkpoint({
            key: 'decommission-record',
            fn: async () => {
              await records.saveChange(
                {
                  id: ctx.task.id,
                  cluster: clusterRef,
                  kind: 'decommission',
                  status: 'decommissioning',
                  summary: `Decommission ${name}: ${changeSummary}${
                    mesh ? `, leave mesh ${mesh}` : ''
                  }`,
                  diff,
                  mode: target.mode,
                },
                { credentials },
              );
            },
          });
        }
        // Not freed here: Cluster API may take minutes to tear the cluster
        // down, and a new member given its ID meanwhile would clash with it.
        const meshSlot = mesh
          ? { mesh, ...slot, freedWhen: 'decommissioned' as const }
          : undefined;

        const summary = decommissionSummary({
          cluster: clusterRef,
          dryRun,
          deletions,
          alreadyGone,
          manual,
          mesh: mesh ? { name: mesh, slot, recordsUnread: unread } : undefined,
        });
        ctx.output('deleted', deleted);
        if (meshSlot) ctx.output('meshSlot', meshSlot);
        ctx.output('summary', summary);
        ctx.logger.info(summary);
        await event?.success({
          meta: { deleted, ...(meshSlot ? { meshSlot } : {}) },
        });
      } catch (error) {
        await event?.fail({ error: error as Error });
        throw error;
      }
    },
  });
}
