import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  applyClusterChange,
  assessDeclaredCluster,
  ClusterRequest,
  ClusterRequestOverrides,
  clusterRequestFromEntity,
  describeClusterChange,
  isSovereignCluster,
  ObjectDiff,
  parseClusterChange,
  parseClusterRequest,
  PosturePreview,
  posturePreviewOf,
  ProvisioningRecord,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  diffManifestFiles,
  diffObjects,
  KubernetesClusterClient,
  KubernetesNotFoundError,
  ProvisioningClient,
  rendererForProvider,
  summariseDiff,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { parseAllDocuments } from 'yaml';
import { loadProviderCatalogueOrShipped } from '../../../planning/loadProviderCatalogue';
import { AddonPlanOptions } from '../../../planning/addonRequestOf';
import { ClusterPlan, planCluster } from '../../../planning/planCluster';
import { PROVISION_FIELD_MANAGER } from '../../../provisioning/applyPlanObjects';
import { readClusterFiles } from '../../../provisioning/readClusterFiles';
import { ClusterChangeTarget } from './changeTarget';

/** A change to an existing cluster, planned against its management cluster or GitOps files. */
export type ClusterChangePlan = {
  entityRef: string;
  /** Where the change goes. */
  target: ClusterChangeTarget;
  /** The cluster's provisioning record, when the portal provisioned it. */
  record?: ProvisioningRecord;
  before: ClusterRequest;
  after: ClusterRequest;
  /** The plan of the cluster after the change. */
  plan: ClusterPlan;
  /** One line, e.g. `Kubernetes v1.32.4 → v1.33.1`. */
  summary: string;
  diff: ObjectDiff[];
  diffSummary: string;
  /** gitops without a repository: the diff is against nothing known. */
  diffAgainstNothing?: boolean;
  posture: { before: PosturePreview; after: PosturePreview };
};

/** `hetzner-eu-prod` → `sovereigncluster:default/hetzner-eu-prod`; InputError naming `cluster` otherwise. */
export function sovereignClusterRefOf(value: string): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, {
        defaultKind: 'SovereignCluster',
        defaultNamespace: 'default',
      }),
    );
  } catch {
    throw new InputError(
      `cluster: must be a SovereignCluster entity reference, got ${JSON.stringify(
        value,
      )}`,
    );
  }
}

const clusterObjectOf = (plan: ClusterPlan) =>
  plan.manifests.find(
    o => o.kind === 'Cluster' && o.apiVersion.startsWith('cluster.x-k8s.io/'),
  );

/** The topology version the cluster's GitOps files declare, if they declare one. */
function declaredVersion(
  files: Record<string, string>,
  plan: ClusterPlan,
): string | undefined {
  const cluster = clusterObjectOf(plan);
  if (!cluster) return undefined;
  for (const text of Object.values(files)) {
    // Files that do not parse are reported by the diff, naming the file.
    for (const document of parseAllDocuments(text, { prettyErrors: false })) {
      if (document.errors.length) continue;
      const value = document.toJS() as {
        apiVersion?: unknown;
        kind?: unknown;
        metadata?: { name?: unknown };
        spec?: { topology?: { version?: unknown } };
      } | null;
      if (
        value?.kind === 'Cluster' &&
        typeof value.apiVersion === 'string' &&
        value.apiVersion.startsWith('cluster.x-k8s.io/') &&
        value.metadata?.name === cluster.metadata.name
      ) {
        const version = value.spec?.topology?.version;
        return typeof version === 'string' ? version : undefined;
      }
    }
  }
  return undefined;
}

/** The live topology version of the cluster, when the management cluster has it. */
async function liveVersion(
  client: KubernetesClusterClient,
  plan: ClusterPlan,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const cluster = clusterObjectOf(plan);
  if (!cluster) return undefined;
  try {
    const live = await client.get(
      {
        apiVersion: cluster.apiVersion,
        kind: 'Cluster',
        namespace: cluster.metadata.namespace,
        name: cluster.metadata.name!,
      },
      { signal },
    );
    const version = (live as { spec?: { topology?: { version?: unknown } } })
      .spec?.topology?.version;
    return typeof version === 'string' ? version : undefined;
  } catch (error) {
    if (error instanceof KubernetesNotFoundError) return undefined;
    throw error;
  }
}

/** The records are a convenience here: without them the entity says what the cluster is. */
async function provisioningRecordsOf(
  records: Pick<ProvisioningClient, 'listProvisioningRecords'>,
  logger: LoggerService,
) {
  try {
    return await records.listProvisioningRecords();
  } catch (error) {
    logger.warn(
      `Could not read the provisioning records (${
        error instanceof Error ? error.message : String(error)
      }); planning the change from the catalog entity`,
    );
    return [];
  }
}

const normalised = (version: string) =>
  version.startsWith('v') ? version : `v${version}`;

/**
 * The one planning step of the change actions: loads the cluster with the
 * initiator's credentials, starts from the request it was provisioned with
 * (else the entity), applies the change, plans the cluster as it will be
 * (jurisdiction and minimum-SEAL checks included) and diffs that plan
 * against the management cluster with a server-side-apply dry run (apply),
 * or against the cluster's files in the GitOps repository (gitops).
 */
export async function planClusterChange(options: {
  cluster: string;
  change: unknown;
  overrides?: ClusterRequestOverrides;
  planOptions?: AddonPlanOptions;
  catalog: CatalogService;
  records: Pick<ProvisioningClient, 'listProvisioningRecords'>;
  /** Where the change goes, once the entity says how the cluster is managed. */
  target: (
    entity: SovereignClusterEntity,
  ) => ClusterChangeTarget | Promise<ClusterChangeTarget>;
  credentials: BackstageCredentials;
  logger: LoggerService;
  signal?: AbortSignal;
}): Promise<ClusterChangePlan> {
  const { catalog, credentials, logger } = options;
  const change = parseClusterChange(options.change);
  const entityRef = sovereignClusterRefOf(options.cluster);
  const found = await catalog.getEntityByRef(entityRef, { credentials });
  if (!found) {
    throw new NotFoundError(`cluster: ${entityRef} is not in the catalog`);
  }
  if (!isSovereignCluster(found)) {
    throw new InputError(`cluster: ${entityRef} is not a SovereignCluster`);
  }
  const entity: SovereignClusterEntity = found;
  const target = await options.target(entity);
  const catalogue = await loadProviderCatalogueOrShipped(
    catalog,
    credentials,
    logger,
  );

  const record = (await provisioningRecordsOf(options.records, logger))
    .filter(
      r =>
        stringifyEntityRef({
          kind: 'SovereignCluster',
          namespace: r.entity.metadata.namespace ?? 'default',
          name: r.entity.metadata.name,
        }) === entityRef,
    )
    .at(-1);
  let base: ClusterRequest = record?.request
    ? parseClusterRequest(record.request)
    : clusterRequestFromEntity(entity, options.overrides);
  const meshSlot = record?.meshSlot
    ? { slot: record.meshSlot, reserved: true }
    : undefined;
  const planOptions = {
    ...options.planOptions,
    catalogue,
    meshSlot,
    // Rendered where the cluster's files are, so the diff matches them file by file.
    ...(target.mode === 'gitops' ? { basePath: target.directory } : {}),
  };

  const currentFiles =
    target.mode === 'gitops' && target.repository
      ? await readClusterFiles({
          repository: target.repository,
          directory: target.directory,
          logger,
        })
      : {};
  if (
    target.mode === 'gitops' &&
    target.repository &&
    Object.keys(currentFiles).length === 0
  ) {
    // Committing a plan the repository does not have would create a cluster, not change one.
    throw new InputError(
      `cluster: the GitOps repository ${target.repository.url} (branch ${target.repository.branch}) has no files under ${target.directory}/ for ${entityRef}; give targetPath, or provision the cluster first`,
    );
  }
  // The records may keep the request as provisioned; the cluster (or its files) knows the version now.
  const running =
    target.mode === 'apply'
      ? await liveVersion(
          target.management.client,
          planCluster(base, planOptions),
          options.signal,
        )
      : declaredVersion(currentFiles, planCluster(base, planOptions));
  if (running && normalised(running) !== base.kubernetesVersion) {
    base = { ...base, kubernetesVersion: normalised(running) };
  }

  const provider = catalogue.find(base.provider);
  const renderer = provider ? rendererForProvider(provider) : undefined;
  const alreadyThere =
    change.kind === 'upgrade' &&
    normalised(change.kubernetesVersion) === base.kubernetesVersion;
  // An upgrade that already ran is a no-op: its diff shows the cluster unchanged.
  const after = alreadyThere
    ? base
    : applyClusterChange(base, change, { renderer });
  const plan = planCluster(after, planOptions);

  if (target.mode === 'gitops') {
    const diff = diffManifestFiles(currentFiles, plan.files);
    const diffAgainstNothing = !target.repository;
    const summary = alreadyThere
      ? `Kubernetes ${base.kubernetesVersion} already declared`
      : describeClusterChange(base, after);
    return {
      entityRef,
      target,
      record,
      before: base,
      after,
      plan,
      summary: diffAgainstNothing
        ? `${summary} (no GitOps repository in sovereignCloud.provisioning.gitops: files written to the workspace, diffed against nothing known)`
        : summary,
      diff,
      diffSummary: summariseDiff(diff),
      ...(diffAgainstNothing ? { diffAgainstNothing } : {}),
      posture: postureOf(entity, catalogue, plan),
    };
  }

  const { management } = target;
  const diff = await diffObjects(management.client, plan.manifests, {
    fieldManager: PROVISION_FIELD_MANAGER,
    signal: options.signal,
  });
  // Applying a plan the management cluster does not have would create a cluster, not change one.
  const missing = diff.find(
    d =>
      d.kind === 'Cluster' &&
      d.apiVersion.startsWith('cluster.x-k8s.io/') &&
      d.action === 'create',
  );
  if (missing) {
    throw new InputError(
      `cluster: management cluster ${management.name} has no Cluster ${missing.namespace}/${missing.name} for ${entityRef}; name the management cluster that reconciles it, or provision the cluster first`,
    );
  }
  return {
    entityRef,
    target,
    record,
    before: base,
    after,
    plan,
    summary: alreadyThere
      ? `Kubernetes ${base.kubernetesVersion} already running`
      : describeClusterChange(base, after),
    diff,
    diffSummary: summariseDiff(diff),
    posture: postureOf(entity, catalogue, plan),
  };
}

function postureOf(
  entity: SovereignClusterEntity,
  catalogue: Parameters<typeof assessDeclaredCluster>[1],
  plan: ClusterPlan,
): ClusterChangePlan['posture'] {
  return {
    before: posturePreviewOf(assessDeclaredCluster(entity, catalogue)),
    // The catalog entity's own declarations (operators, keys, audit) still hold after the
    // change, and so does how it is managed (GitOps is exit evidence).
    after: posturePreviewOf(
      assessDeclaredCluster(
        {
          ...entity,
          spec: {
            ...entity.spec,
            ...plan.entity.spec,
            management: entity.spec.management ?? plan.entity.spec.management,
          },
        },
        catalogue,
      ),
    ),
  };
}
