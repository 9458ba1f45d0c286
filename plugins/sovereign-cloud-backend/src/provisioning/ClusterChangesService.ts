import {
  AuthService,
  BackstageCredentials,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EventsService } from '@backstage/plugin-events-node';
import {
  ClusterChangeInput,
  ClusterChangeRecord,
  ClusterChangesResponse,
  ClusterChangeStatus,
  isSovereignCluster,
  PROVISIONING_RECORDS_TOPIC,
  sovereignCloudClusterDecommissionPermission,
  sovereignCloudClusterReadPermission,
  sovereignCloudClusterUpdatePermission,
  SOVEREIGN_CLUSTER_KIND,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  KubernetesClientFactory,
  SecretRedactor,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { authorizeOnCluster } from './authorizeOnCluster';
import { checkDrift } from './clusterDrift';
import { HeldMeshSlot, ProvisioningStore } from './ProvisioningStore';

type Options = { credentials: BackstageCredentials };

/** A saved change, with the mesh slots its saving freed. */
export type SavedClusterChange = {
  change: ClusterChangeRecord;
  /** Slots the cluster held; set once, when its decommission is first saved `decommissioned`. */
  freedMeshSlots: HeldMeshSlot[];
};

/**
 * A decommission saved `decommissioned` frees the cluster's ClusterMesh
 * slots: only then is it gone from its management cluster, so its ID and
 * CIDRs cannot clash with a new member's.
 */
export const freesMeshSlots = (
  change: Pick<ClusterChangeInput, 'kind' | 'status'>,
): boolean =>
  change.kind === 'decommission' && change.status === 'decommissioned';

const lowerRef = (ref: CompoundEntityRef | SovereignClusterEntity) =>
  stringifyEntityRef(ref).toLocaleLowerCase('en-US');

/**
 * Day-2 changes of clusters: the scaffolder actions save them with the
 * initiator's credentials (update or decommission permission on the cluster),
 * the catalog module reads the open decommissionings with its own, and the
 * cluster page reads a cluster's history with drift since the last change.
 */
export class ClusterChangesService {
  readonly #store: ProvisioningStore;
  readonly #permissions: PermissionsService;
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #events: EventsService;
  readonly #clients: KubernetesClientFactory;
  readonly #redactor: SecretRedactor;
  readonly #logger: LoggerService;

  static create(options: {
    store: ProvisioningStore;
    permissions: PermissionsService;
    catalog: CatalogService;
    auth: AuthService;
    events: EventsService;
    clients: KubernetesClientFactory;
    redactor: SecretRedactor;
    logger: LoggerService;
  }): ClusterChangesService {
    return new ClusterChangesService(options);
  }

  private constructor(
    options: Parameters<typeof ClusterChangesService.create>[0],
  ) {
    this.#store = options.store;
    this.#permissions = options.permissions;
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#events = options.events;
    this.#clients = options.clients;
    this.#redactor = options.redactor;
    this.#logger = options.logger;
  }

  /**
   * Saves a change (upsert by id). Upgrades, node pools and add-ons need
   * `sovereign-cloud.cluster.update` on the cluster, decommissioning
   * `sovereign-cloud.cluster.decommission`. The first save of a decommission
   * as `decommissioned` also frees every mesh slot of the cluster.
   */
  async saveChange(
    input: ClusterChangeInput,
    { credentials }: Options,
  ): Promise<SavedClusterChange> {
    await authorizeOnCluster(
      this.#permissions,
      input.kind === 'decommission'
        ? sovereignCloudClusterDecommissionPermission
        : sovereignCloudClusterUpdatePermission,
      input.cluster,
      credentials,
    );
    const existing = await this.#store.getChange(input.id);
    // Permission was checked on the input's cluster: an id must not move to another.
    if (existing && existing.cluster !== input.cluster) {
      throw new ConflictError(
        `id: change ${input.id} belongs to ${existing.cluster}, not ${input.cluster}`,
      );
    }
    const now = new Date().toISOString();
    const requestedBy = this.#auth.isPrincipal(credentials, 'user')
      ? credentials.principal.userEntityRef
      : undefined;
    const record: ClusterChangeRecord = {
      ...input,
      ...(requestedBy ? { requestedBy } : {}),
      requestedAt: now,
      updatedAt: now,
    };
    // Saved decommissioned before: its slots were freed then, and any slot
    // the name holds now belongs to a cluster provisioned since.
    const freeing =
      freesMeshSlots(input) && existing?.status !== 'decommissioned';
    let freedMeshSlots: HeldMeshSlot[] = [];
    if (freeing) {
      freedMeshSlots = await this.#store.saveChangeFreeingMeshSlots(record);
    } else {
      await this.#store.saveChange(record);
    }
    const saved = (await this.#store.getChange(input.id))!;
    if (freedMeshSlots.length) {
      this.#logger.info(
        `${saved.cluster} is decommissioned: freed ${freedMeshSlots
          .map(s => `ClusterMesh ID ${s.clusterId} in ${s.mesh}`)
          .join(', ')}`,
      );
    }
    // The catalog module refreshes on this topic (decommissioning phase).
    await this.#events.publish({
      topic: PROVISIONING_RECORDS_TOPIC,
      eventPayload: {
        entityRef: saved.cluster,
        id: saved.id,
        change: { kind: saved.kind, status: saved.status },
      },
    });
    return { change: saved, freedMeshSlots };
  }

  /** Every change, or those in one status; oldest first. */
  listChanges(query: {
    status?: ClusterChangeStatus;
  }): Promise<ClusterChangeRecord[]> {
    return this.#store.listChanges(query);
  }

  /**
   * `GET /clusters/:namespace/:name/changes`: the cluster's changes, newest
   * first, and whether the objects of the newest applied change still hold
   * what it set (Cluster API clusters whose management cluster is in
   * `sovereignCloud.kubernetes.clusters`).
   */
  async getClusterChanges(
    ref: CompoundEntityRef,
    { credentials }: Options,
  ): Promise<ClusterChangesResponse> {
    const text = stringifyEntityRef(ref);
    const entity = await this.#catalog.getEntityByRef(ref, { credentials });
    if (!entity) throw new NotFoundError(`No entity ${text}`);
    if (!isSovereignCluster(entity)) {
      throw new InputError(
        `kind: changes are kept for SovereignCluster entities, not ${entity.kind} (${text})`,
      );
    }
    const cluster = lowerRef(entity);
    await authorizeOnCluster(
      this.#permissions,
      sovereignCloudClusterReadPermission,
      stringifyEntityRef(entity),
      credentials,
    );
    const changes = await this.#store.listChanges({
      cluster,
      newestFirst: true,
    });
    const drift = await this.#drift(entity, changes);
    return { cluster, changes, ...(drift ? { drift } : {}) };
  }

  async #drift(
    entity: SovereignClusterEntity,
    changes: ClusterChangeRecord[],
  ): Promise<ClusterChangesResponse['drift']> {
    if (
      changes.some(
        c => c.status === 'decommissioning' || c.status === 'decommissioned',
      )
    ) {
      return undefined;
    }
    const applied = changes.find(c => c.status === 'applied');
    const management = entity.spec.management;
    if (!applied || management?.type !== 'cluster-api') return undefined;
    const name = managementClusterName(management.managementCluster);
    const configured = this.#clients
      .listConfiguredClusters()
      .some(c => c.name === name);
    if (!name || !configured) return undefined;
    const checkedAt = new Date().toISOString();
    try {
      const client = this.#clients.forConfiguredCluster(name);
      return { checkedAt, objects: await checkDrift(applied.diff, client) };
    } catch (error) {
      const message = this.#redactor.redact(
        error instanceof Error ? error.message : String(error),
      );
      this.#logger.warn(
        `Drift of ${lowerRef(
          entity,
        )} not checked: management cluster ${name}: ${message}`,
      );
      return {
        checkedAt,
        objects: [],
        error: `Management cluster ${name} could not be read: ${message}`,
      };
    }
  }
}

/** `spec.management.managementCluster` names a SovereignCluster; its name is the configured cluster's. */
function managementClusterName(ref: string): string | undefined {
  try {
    return parseEntityRef(ref, { defaultKind: SOVEREIGN_CLUSTER_KIND }).name;
  } catch {
    return undefined;
  }
}
