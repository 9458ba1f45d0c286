import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
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
import { mergeClusterSources } from './merge/mergeClusterSources';
import {
  ProvisioningRecord,
  ProvisioningRecordSource,
} from './provisioning/ProvisioningRecordSource';
import { readClusterSchedule } from './readClusterSchedule';

const PROVIDER_NAME = 'sovereign-cloud-clusters';

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
    const [records, discovered] = await Promise.all([
      this.#readRecords(),
      this.#discoverAll(),
    ]);
    const merged = mergeClusterSources({
      declared: this.#declared,
      records,
      discovered,
    });
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

  async #discoverAll(): Promise<DiscoveredCluster[]> {
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
    return this.#managementClusters.flatMap(
      ({ name }) => this.#lastGood.get(name) ?? [],
    );
  }
}
