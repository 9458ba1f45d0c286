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
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  diffObjects,
  KubernetesClusterClient,
  KubernetesNotFoundError,
  ProvisioningClient,
  rendererForProvider,
  summariseDiff,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { loadProviderCatalogueOrShipped } from '../../../planning/loadProviderCatalogue';
import { AddonPlanOptions } from '../../../planning/addonRequestOf';
import { ClusterPlan, planCluster } from '../../../planning/planCluster';
import { PROVISION_FIELD_MANAGER } from '../../../provisioning/applyPlanObjects';

/** A change to an existing cluster, planned against its management cluster. */
export type ClusterChangePlan = {
  entityRef: string;
  before: ClusterRequest;
  after: ClusterRequest;
  /** The plan of the cluster after the change. */
  plan: ClusterPlan;
  /** One line, e.g. `Kubernetes v1.32.4 → v1.33.1`. */
  summary: string;
  diff: ObjectDiff[];
  diffSummary: string;
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

/** The live topology version of the cluster, when the management cluster has it. */
async function liveVersion(
  client: KubernetesClusterClient,
  plan: ClusterPlan,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const cluster = plan.manifests.find(
    o => o.kind === 'Cluster' && o.apiVersion.startsWith('cluster.x-k8s.io/'),
  );
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
 * against the management cluster with a server-side-apply dry run.
 */
export async function planClusterChange(options: {
  cluster: string;
  change: unknown;
  overrides?: ClusterRequestOverrides;
  planOptions?: AddonPlanOptions;
  catalog: CatalogService;
  records: Pick<ProvisioningClient, 'listProvisioningRecords'>;
  management: { name: string; client: KubernetesClusterClient };
  credentials: BackstageCredentials;
  logger: LoggerService;
  signal?: AbortSignal;
}): Promise<ClusterChangePlan> {
  const { catalog, credentials, logger, management } = options;
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
  };

  // The records keep the request as provisioned; the management cluster knows the version now.
  const running = await liveVersion(
    management.client,
    planCluster(base, planOptions),
    options.signal,
  );
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
    before: base,
    after,
    plan,
    summary: alreadyThere
      ? `Kubernetes ${base.kubernetesVersion} already running`
      : describeClusterChange(base, after),
    diff,
    diffSummary: summariseDiff(diff),
    posture: {
      before: posturePreviewOf(assessDeclaredCluster(entity, catalogue)),
      // The catalog entity's own declarations (operators, keys, audit) still hold after the change.
      after: posturePreviewOf(
        assessDeclaredCluster(
          { ...entity, spec: { ...entity.spec, ...plan.entity.spec } },
          catalogue,
        ),
      ),
    },
  };
}
