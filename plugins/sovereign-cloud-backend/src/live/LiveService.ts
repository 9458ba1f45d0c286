import {
  AuthService,
  BackstageCredentials,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  isSovereignCluster,
  LiveCollectionStatus,
  NetworkReport,
  ObservabilityReport,
  sovereignCloudClusterReadPermission,
  SovereignClusterEntity,
  StorageReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  LiveCollectOptions,
  NetworkCollector,
  PrometheusObservabilityCollector,
  StorageCollector,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import pLimit from 'p-limit';
import { ProviderCatalogueLoader } from '../catalogue/ProviderCatalogueLoader';
import { readClusters } from '../catalogue/readClusters';
import { LiveReportCache } from './LiveReportCache';
import { PrometheusTargets } from './PrometheusTargets';
import { withMeshReadiness } from './withMeshReadiness';

/** The live cards and what each answers. */
export type LiveReports = {
  storage: StorageReport;
  network: NetworkReport;
  observability: ObservabilityReport;
};
export type LiveCard = keyof LiveReports;
export const LIVE_CARDS: LiveCard[] = ['storage', 'network', 'observability'];

/** What one scheduled refresh did. */
export interface LiveRefreshResult {
  clusters: number;
  reports: Record<LiveCollectionStatus, number>;
  dropped: number;
}

type Collect = { force?: boolean; signal?: AbortSignal };

/**
 * The live storage, network and observability cards of SovereignClusters.
 * Requests read the entity with the caller's credentials and need
 * `sovereign-cloud.cluster.read` on it; reports come from an in-memory cache
 * per (cluster, card) that the scheduled refresh renews and a miss fills.
 * Collectors have deadlines and never throw for a cluster's problems, so a
 * slow or broken cluster answers `failed` with its reason and holds up no one
 * else.
 */
export class LiveService {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #permissions: PermissionsService;
  readonly #logger: LoggerService;
  readonly #catalogue: ProviderCatalogueLoader;
  readonly #storage: StorageCollector;
  readonly #network: NetworkCollector;
  readonly #observability: PrometheusObservabilityCollector;
  readonly #targets: PrometheusTargets;
  readonly #concurrency: number;
  readonly #cache = new LiveReportCache<LiveReports[LiveCard]>();

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    permissions: PermissionsService;
    logger: LoggerService;
    catalogue: ProviderCatalogueLoader;
    storage: StorageCollector;
    network: NetworkCollector;
    observability: PrometheusObservabilityCollector;
    targets: PrometheusTargets;
    concurrency: number;
  }): LiveService {
    return new LiveService(options);
  }

  private constructor(options: Parameters<typeof LiveService.create>[0]) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#permissions = options.permissions;
    this.#logger = options.logger;
    this.#catalogue = options.catalogue;
    this.#storage = options.storage;
    this.#network = options.network;
    this.#observability = options.observability;
    this.#targets = options.targets;
    this.#concurrency = options.concurrency;
  }

  /** `GET /live/:card/:kind/:namespace/:name`; `refresh` collects again now. */
  async getReport<C extends LiveCard>(
    card: C,
    ref: CompoundEntityRef,
    options: { credentials: BackstageCredentials; refresh?: boolean },
  ): Promise<LiveReports[C]> {
    const entity = await this.#catalog.getEntityByRef(ref, {
      credentials: options.credentials,
    });
    const text = stringifyEntityRef(ref);
    if (!entity) throw new NotFoundError(`No entity ${text}`);
    if (!isSovereignCluster(entity)) {
      throw new InputError(
        `kind: live ${card} is read from SovereignCluster entities, not ${entity.kind} (${text})`,
      );
    }
    const entityRef = stringifyEntityRef(entity);
    const [decision] = await this.#permissions.authorize(
      [
        {
          permission: sovereignCloudClusterReadPermission,
          resourceRef: entityRef,
        },
      ],
      { credentials: options.credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Not allowed: ${sovereignCloudClusterReadPermission.name} on ${entityRef}`,
      );
    }
    return this.#report(card, entity, { force: options.refresh });
  }

  /** The scheduled refresh: every cluster the plugin sees, a few at a time. */
  async refreshAll(signal?: AbortSignal): Promise<LiveRefreshResult> {
    const credentials = await this.#auth.getOwnServiceCredentials();
    const clusters = await readClusters(this.#catalog, credentials);
    const reports: Record<LiveCollectionStatus, number> = {
      observed: 0,
      partial: 0,
      failed: 0,
      'not-configured': 0,
    };
    const limit = pLimit(this.#concurrency);
    await Promise.all(
      clusters.map(cluster =>
        limit(async () => {
          if (signal?.aborted) return;
          try {
            const collected = await Promise.all(
              LIVE_CARDS.map(card =>
                this.#report(card, cluster, { force: true, signal }),
              ),
            );
            for (const report of collected) reports[report.status] += 1;
          } catch (error) {
            // Collectors report a cluster's problems; this is a bug, and must not stop the others.
            this.#logger.warn(
              `Could not collect the live cards of ${stringifyEntityRef(
                cluster,
              )}: ${error}`,
            );
          }
        }),
      ),
    );
    const present = new Set(
      clusters.flatMap(c =>
        LIVE_CARDS.map(card =>
          LiveReportCache.key(stringifyEntityRef(c), card),
        ),
      ),
    );
    const dropped = this.#cache.retain(key => present.has(key));
    this.#logger.info(
      `Live cards of ${clusters.length} clusters collected (${Object.entries(
        reports,
      )
        .map(([status, n]) => `${n} ${status}`)
        .join(', ')}); ${dropped} reports of removed clusters dropped`,
    );
    return { clusters: clusters.length, reports, dropped };
  }

  #report<C extends LiveCard>(
    card: C,
    entity: SovereignClusterEntity,
    options: Collect,
  ): Promise<LiveReports[C]> {
    const key = LiveReportCache.key(stringifyEntityRef(entity), card);
    return this.#cache.get(key, () => this.#collect(card, entity, options), {
      force: options.force,
    }) as Promise<LiveReports[C]>;
  }

  async #collect(
    card: LiveCard,
    entity: SovereignClusterEntity,
    options: Collect,
  ): Promise<LiveReports[LiveCard]> {
    if (card === 'observability') {
      return this.#collectObservability(entity, options.signal);
    }
    const collectOptions: LiveCollectOptions = {
      catalogue: (await this.#catalogue.get()).catalogue,
      ...(options.signal ? { signal: options.signal } : {}),
    };
    if (card === 'storage') {
      return this.#storage.collect(entity, collectOptions);
    }
    // Mesh readiness comes from the cluster's Prometheus: read it alongside.
    const [network, observability] = await Promise.all([
      this.#network.collect(entity, collectOptions),
      this.#report('observability', entity, options),
    ]);
    return withMeshReadiness(network, observability);
  }

  async #collectObservability(
    entity: Entity,
    signal?: AbortSignal,
  ): Promise<ObservabilityReport> {
    const resolution = this.#targets.resolve(entity);
    if ('notConfigured' in resolution) {
      const report = await this.#observability.collect({
        cluster: stringifyEntityRef(entity),
      });
      return { ...report, reason: resolution.notConfigured };
    }
    return this.#observability.collect(resolution.target, { signal });
  }
}
