import {
  AuthService,
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { RELATION_PART_OF, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EventsService } from '@backstage/plugin-events-node';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import {
  formatValidationProblem,
  MeshSlotRequest,
  MeshSlotResponse,
  ProvisioningRecord,
  PROVISIONING_RECORDS_TOPIC,
  sovereignCloudClusterDecommissionPermission,
  sovereignCloudClusterPlanPermission,
  sovereignCloudClusterProvisionPermission,
  sovereignCloudClusterUpdatePermission,
  SOVEREIGN_CLUSTER_KIND,
  validateSovereignCluster,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  allocateMeshSlot,
  MeshSlotClaim,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { authorizeOnCluster } from './authorizeOnCluster';
import { HeldMeshSlot, ProvisioningStore } from './ProvisioningStore';

/** Attempts to reserve a slot when other clusters of the mesh race for the same one. */
const RESERVE_ATTEMPTS = 5;

type Options = { credentials: BackstageCredentials };

/**
 * Provisioning records and ClusterMesh slots. The scaffolder actions write
 * them with the initiator's credentials; the catalog module reads them with
 * its own.
 */
export class ProvisioningService {
  readonly #store: ProvisioningStore;
  readonly #permissions: PermissionsService;
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #events: EventsService;

  static create(options: {
    store: ProvisioningStore;
    permissions: PermissionsService;
    catalog: CatalogService;
    auth: AuthService;
    events: EventsService;
  }): ProvisioningService {
    return new ProvisioningService(options);
  }

  private constructor(options: {
    store: ProvisioningStore;
    permissions: PermissionsService;
    catalog: CatalogService;
    auth: AuthService;
    events: EventsService;
  }) {
    this.#store = options.store;
    this.#permissions = options.permissions;
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#events = options.events;
  }

  listRecords(): Promise<ProvisioningRecord[]> {
    return this.#store.listRecords();
  }

  /** Saves the record of a provisioning run; the entity must be a valid SovereignCluster. */
  async saveRecord(
    input: Omit<ProvisioningRecord, 'meshSlot' | 'requestedBy'>,
    { credentials }: Options,
  ): Promise<ProvisioningRecord> {
    const validation = validateSovereignCluster(input.entity);
    // A day-2 change re-saves the run's record with its new request: updating
    // a cluster is enough for that, and the record keeps who asked first.
    const entityRef = validation.valid
      ? stringifyEntityRef(validation.entity).toLocaleLowerCase('en-US')
      : undefined;
    const existing = entityRef
      ? (await this.#store.listRecords()).find(
          r =>
            r.id === input.id &&
            stringifyEntityRef(r.entity).toLocaleLowerCase('en-US') ===
              entityRef,
        )
      : undefined;
    if (existing && entityRef) {
      await authorizeOnCluster(
        this.#permissions,
        sovereignCloudClusterUpdatePermission,
        entityRef,
        credentials,
      );
    } else {
      await this.#authorize(
        sovereignCloudClusterProvisionPermission,
        credentials,
      );
    }
    if (!validation.valid) {
      throw new InputError(
        `entity: not a valid SovereignCluster: ${validation.problems
          .map(formatValidationProblem)
          .join('; ')}`,
      );
    }
    const caller = this.#auth.isPrincipal(credentials, 'user')
      ? credentials.principal.userEntityRef
      : undefined;
    const requestedBy = existing ? existing.requestedBy : caller;
    const record = {
      ...input,
      ...(existing ? { requestedAt: existing.requestedAt } : {}),
      entity: validation.entity,
      requestedBy,
    };
    await this.#store.saveRecord(record);
    await this.#events.publish({
      topic: PROVISIONING_RECORDS_TOPIC,
      eventPayload: {
        entityRef: stringifyEntityRef(record.entity),
        id: record.id,
      },
    });
    return record;
  }

  /**
   * The cluster's slot in the mesh: the one it holds, else the lowest free
   * cluster ID and the first ranges no member uses (members from the records
   * and from the catalog). A dry run answers without reserving.
   */
  async reserveMeshSlot(
    request: MeshSlotRequest,
    { credentials }: Options,
  ): Promise<MeshSlotResponse> {
    await this.#authorize(
      request.dryRun
        ? sovereignCloudClusterPlanPermission
        : sovereignCloudClusterProvisionPermission,
      credentials,
    );
    const { mesh, cluster } = request;
    for (let attempt = 1; attempt <= RESERVE_ATTEMPTS; attempt++) {
      const held = await this.#store.listMeshSlots(mesh);
      const own = held.find(slot => slot.cluster === cluster);
      if (own) {
        checkSameRanges(request, own);
        return { ...own, reserved: true };
      }
      const used: MeshSlotClaim[] = [
        ...held,
        ...(await this.#catalogMembers(mesh, cluster)),
      ];
      const slot = allocateMeshSlot(used, {
        requested: {
          podCidr: request.podCidr,
          serviceCidr: request.serviceCidr,
        },
      });
      if (request.dryRun) return { mesh, cluster, ...slot, reserved: false };
      if (await this.#store.insertMeshSlot({ mesh, cluster, ...slot })) {
        return { mesh, cluster, ...slot, reserved: true };
      }
    }
    throw new Error(
      `Could not reserve a slot in ${mesh} for ${cluster}: other clusters took each free slot first; try again`,
    );
  }

  /**
   * Frees the cluster's ID and ranges in the mesh for the next cluster, by
   * hand (`POST /provisioning/mesh-slots/release`): decommissioning frees
   * them when its change is saved `decommissioned`. `released` is false when
   * it held none.
   */
  async releaseMeshSlot(
    slot: { mesh: string; cluster: string },
    { credentials }: Options,
  ): Promise<{ released: boolean }> {
    await authorizeOnCluster(
      this.#permissions,
      sovereignCloudClusterDecommissionPermission,
      slot.cluster,
      credentials,
    );
    return { released: await this.#store.deleteMeshSlot(slot) };
  }

  /** Ranges of catalog clusters in the mesh, also those that joined without the suite. */
  async #catalogMembers(
    mesh: string,
    cluster: string,
  ): Promise<MeshSlotClaim[]> {
    const { items } = await this.#catalog.getEntities(
      {
        filter: {
          kind: SOVEREIGN_CLUSTER_KIND,
          [`relations.${RELATION_PART_OF}`]: mesh,
        },
        fields: ['kind', 'metadata.name', 'metadata.namespace', 'spec.network'],
      },
      // Every member counts, also those the caller cannot see; only the slot is answered.
      { credentials: await this.#auth.getOwnServiceCredentials() },
    );
    return items
      .filter(
        entity =>
          stringifyEntityRef(entity).toLocaleLowerCase('en-US') !== cluster,
      )
      .map(entity => {
        const network = (entity.spec?.network ?? {}) as {
          podCidr?: string;
          serviceCidr?: string;
        };
        return { podCidr: network.podCidr, serviceCidr: network.serviceCidr };
      });
  }

  async #authorize(
    permission: BasicPermission,
    credentials: BackstageCredentials,
  ) {
    const [decision] = await this.#permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  }
}

function checkSameRanges(request: MeshSlotRequest, held: HeldMeshSlot) {
  for (const field of ['podCidr', 'serviceCidr'] as const) {
    const wanted = request[field];
    if (wanted && wanted !== held[field]) {
      throw new InputError(
        `${field}: ${request.cluster} already holds ${held[field]} in ${request.mesh}; free its slot before asking for ${wanted}`,
      );
    }
  }
}
