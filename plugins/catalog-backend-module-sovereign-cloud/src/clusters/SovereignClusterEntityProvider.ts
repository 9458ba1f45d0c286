import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { ProviderCatalogue } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesClientFactory } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { describeError } from '../util/describeError';
import {
  DeclaredCluster,
  readDeclaredClusters,
} from './config/readDeclaredClusters';
import { ClusterApiDiscovery } from './discovery/ClusterApiDiscovery';
import { DiscoveredCluster } from './discovery/DiscoveredCluster';
import { InfrastructureResolver } from './discovery/InfrastructureResolver';
import {
  ManagementClusterClients,
  ManagementClusterClientSource,
} from './discovery/ManagementClusterClients';
import {
  ManagementClusterConfig,
  readManagementClusters,
} from './discovery/ManagementClusterConfig';
import {
  changeKey,
  declaredIdentity,
  mergeClusterSources,
} from './merge/mergeClusterSources';
import {
  ClusterChangeRecord,
  ProvisioningRecord,
  ProvisioningRecordSource,
} from './provisioning/ProvisioningRecordSource';
import { readClusterSchedule } from './readClusterSchedule';

const PROVIDER_NAME = 'sovereign-cloud-clusters';

const entityKey = (entity: Entity) =>
  `${entity.metadata.namespace ?? 'default'}/${
    entity.metadata.name
  }`.toLocaleLowerCase('en-US');

const isUsableRecord = (record: ProvisioningRecord) =>
  typeof record?.id === 'string' &&
  typeof record.entity === 'object' &&
  record.entity !== null &&
  typeof record.entity.metadata?.name === 'string';

/**
 * The single source of every SovereignCluster it emits: clusters declared in
 * config, provisioning records, and clusters discovered in Cluster API
 * management clusters, merged into one entity per cluster (see
 * `mergeClusterSources`) and applied as a full mutation on a schedule. A
 * management cluster that fails keeps its last good clusters, so an outage
 * does not delete and re-create entities.
 * @public
 */
export class SovereignClusterEntityProvider implements EntityProvider {
  readonly #logger: LoggerService;
  readonly #taskRunner: SchedulerServiceTaskRunner;
  readonly #declared: DeclaredCluster[];
  readonly #managementClusters: ManagementClusterConfig[];
  readonly #clients: ManagementClusterClientSource;
  readonly #discovery: ClusterApiDiscovery;
  readonly #records: ProvisioningRecordSource;
  readonly #lastGood = new Map<string, DiscoveredCluster[]>();
  #lastRecords: ProvisioningRecord[] = [];
  #lastDecommissions: ClusterChangeRecord[] = [];
  /** Management cluster of each Cluster API cluster emitted, to tell when a decommissioned one is gone. */
  #managementOf = new Map<string, string>();
  #connection?: EntityProviderConnection;

  static fromConfig(
    config: Config,
    options: {
      logger: LoggerService;
      scheduler: SchedulerService;
      catalogue: ProviderCatalogue;
      provisioningRecords: ProvisioningRecordSource;
      kubernetes: KubernetesClientFactory;
    },
  ): SovereignClusterEntityProvider {
    const managementClusters = readManagementClusters(config);
    return new SovereignClusterEntityProvider({
      logger: options.logger,
      taskRunner: options.scheduler.createScheduledTaskRunner(
        readClusterSchedule(config),
      ),
      declared: readDeclaredClusters(config, options.logger),
      managementClusters: managementClusters.clusters,
      clients: ManagementClusterClients.create({
        rootConfig: config,
        managementClusters,
        kubernetes: options.kubernetes,
        logger: options.logger,
      }),
      discovery: ClusterApiDiscovery.create({
        resolver: InfrastructureResolver.create(options.catalogue),
      }),
      provisioningRecords: options.provisioningRecords,
    });
  }

  private constructor(options: {
    logger: LoggerService;
    taskRunner: SchedulerServiceTaskRunner;
    declared: DeclaredCluster[];
    managementClusters: ManagementClusterConfig[];
    clients: ManagementClusterClientSource;
    discovery: ClusterApiDiscovery;
    provisioningRecords: ProvisioningRecordSource;
  }) {
    this.#logger = options.logger;
    this.#taskRunner = options.taskRunner;
    this.#declared = options.declared;
    this.#managementClusters = options.managementClusters;
    this.#clients = options.clients;
    this.#discovery = options.discovery;
    this.#records = options.provisioningRecords;
  }

  getProviderName(): string {
    return PROVIDER_NAME;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.#connection = connection;
    await this.#taskRunner.run({
      id: `${PROVIDER_NAME}:refresh`,
      fn: async () => {
        try {
          await this.refresh();
        } catch (error) {
          this.#logger.error(
            `Refreshing SovereignClusters failed: ${describeError(error)}`,
          );
        }
      },
    });
  }

  /** Reads every source and applies one full mutation. */
  async refresh(): Promise<void> {
    if (!this.#connection)
      throw new Error(`${PROVIDER_NAME} is not connected to the catalog yet`);
    const [records, decommissions, { clusters: discovered, read }] =
      await Promise.all([
        this.#readRecords(),
        this.#readDecommissions(),
        this.#discoverAll(),
      ]);
    const sources = {
      declared: this.#declared,
      records,
      discovered,
      decommissions,
    };
    let merged = mergeClusterSources(sources);
    const done = await this.#markDecommissioned(sources, merged, read);
    if (done.length) {
      sources.decommissions = [
        ...decommissions.filter(c => !done.some(d => d.id === c.id)),
        ...done,
      ];
      this.#lastDecommissions = sources.decommissions;
      merged = mergeClusterSources(sources);
    }
    this.#rememberManagementClusters(merged.entities, sources.decommissions);
    for (const conflict of merged.conflicts)
      this.#logger.warn(`Left out: ${conflict}`);
    await this.#connection.applyMutation({
      type: 'full',
      entities: merged.entities.map(entity => ({
        entity,
        locationKey: PROVIDER_NAME,
      })),
    });
    this.#logger.info(
      `Applied ${merged.entities.length} SovereignClusters (${
        this.#declared.length
      } configured, ${discovered.length} discovered, ${
        records.length
      } provisioning records)`,
    );
  }

  async #readRecords(): Promise<ProvisioningRecord[]> {
    try {
      const records = await this.#records.listProvisioningRecords();
      const usable = records.filter(isUsableRecord);
      if (usable.length < records.length) {
        this.#logger.warn(
          `Skipped ${
            records.length - usable.length
          } provisioning records without a named entity`,
        );
      }
      this.#lastRecords = usable;
    } catch (error) {
      this.#logger.warn(
        `Reading provisioning records failed, using the last ones read: ${describeError(
          error,
        )}`,
      );
    }
    return this.#lastRecords;
  }

  async #readDecommissions(): Promise<ClusterChangeRecord[]> {
    if (!this.#records.listChanges) return [];
    try {
      const [open, done] = await Promise.all([
        this.#records.listChanges({ status: 'decommissioning' }),
        this.#records.listChanges({ status: 'decommissioned' }),
      ]);
      this.#lastDecommissions = [...open, ...done];
    } catch (error) {
      this.#logger.warn(
        `Reading decommissioning changes failed, using the last ones read: ${describeError(
          error,
        )}`,
      );
    }
    return this.#lastDecommissions;
  }

  /**
   * Open decommissionings whose cluster its management cluster no longer has
   * (read successfully in this refresh) are saved `decommissioned`; returns
   * them as saved. Clusters not managed by Cluster API stay open until
   * someone saves them done.
   */
  async #markDecommissioned(
    sources: { decommissions: ClusterChangeRecord[] },
    merged: { entities: Entity[]; discoveredRefs: Set<string> },
    read: Set<string>,
  ): Promise<ClusterChangeRecord[]> {
    const save = this.#records.saveChange?.bind(this.#records);
    if (!save) return [];
    const managementOf = new Map(this.#managementOf);
    for (const entity of merged.entities) {
      const identity = declaredIdentity(entity);
      if (identity)
        managementOf.set(entityKey(entity), identity.managementCluster);
    }
    const done: ClusterChangeRecord[] = [];
    for (const change of sources.decommissions) {
      const key = changeKey(change);
      if (change.status !== 'decommissioning' || !key) continue;
      const where = managementOf.get(key);
      if (merged.discoveredRefs.has(key) || !where || !read.has(where)) {
        continue;
      }
      const { requestedBy, requestedAt, updatedAt, ...input } = change;
      try {
        await save({ ...input, status: 'decommissioned' });
        this.#logger.info(
          `${change.cluster} is gone from management cluster ${where}: change ${change.id} decommissioned`,
        );
        done.push({
          ...change,
          status: 'decommissioned',
          updatedAt: new Date().toISOString(),
        });
      } catch (error) {
        this.#logger.warn(
          `Could not mark change ${change.id} of ${
            change.cluster
          } decommissioned; trying again at the next refresh: ${describeError(
            error,
          )}`,
        );
      }
    }
    return done;
  }

  /** Keeps the management cluster of each emitted cluster, and of those still decommissioning after they vanish. */
  #rememberManagementClusters(
    entities: Entity[],
    decommissions: ClusterChangeRecord[],
  ) {
    const next = new Map<string, string>();
    for (const change of decommissions) {
      const key = changeKey(change);
      const where = key && this.#managementOf.get(key);
      if (change.status === 'decommissioning' && key && where) {
        next.set(key, where);
      }
    }
    for (const entity of entities) {
      const identity = declaredIdentity(entity);
      if (identity) next.set(entityKey(entity), identity.managementCluster);
    }
    this.#managementOf = next;
  }

  async #discoverAll(): Promise<{
    clusters: DiscoveredCluster[];
    /** Management clusters read successfully this time. */
    read: Set<string>;
  }> {
    const read = new Set<string>();
    await Promise.all(
      this.#managementClusters.map(async managementCluster => {
        const { name } = managementCluster;
        try {
          const result = await this.#discovery.discover(
            managementCluster,
            this.#clients.clientFor(managementCluster),
          );
          for (const { cluster, problem } of result.skipped) {
            this.#logger.warn(
              `Management cluster ${name}: left out Cluster ${cluster}: ${problem}`,
            );
          }
          this.#lastGood.set(name, result.clusters);
          read.add(name);
        } catch (error) {
          const kept = this.#lastGood.get(name)?.length ?? 0;
          this.#logger.warn(
            `Management cluster ${name} could not be read; keeping the ${kept} clusters of its last good read: ${describeError(
              error,
            )}`,
          );
        }
      }),
    );
    // Config order, so which of two same-named clusters wins does not depend on timing.
    return {
      clusters: this.#managementClusters.flatMap(
        ({ name }) => this.#lastGood.get(name) ?? [],
      ),
      read,
    };
  }
}
