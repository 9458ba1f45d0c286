import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { toError } from '@backstage/errors';
import { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import {
  ClusterBuilder,
  ClusterBuildOutcome,
} from './SovereignClusterDetailsBuilder';
import pLimit from 'p-limit';
import { ProblemLog } from './ProblemLog';
import { SovereignClusterSource } from './SovereignClusterSource';

// CA references may need a Secret read each; a few at a time is plenty.
const buildConcurrency = 8;

function refOf(entity: Entity): string {
  try {
    return stringifyEntityRef(entity);
  } catch {
    return `SovereignCluster '${entity?.metadata?.name ?? '(unnamed)'}'`;
  }
}

/**
 * The SovereignClusters the Kubernetes plugin may reach, cached between
 * refreshes because the plugin asks for clusters on every request. A refresh
 * replaces the list only when the catalog answered: a failing catalog keeps
 * the last good list, and one bad entity is skipped, never the whole list.
 */
export class SovereignClusterRegistry {
  readonly #source: SovereignClusterSource;
  readonly #builder: ClusterBuilder;
  readonly #logger: LoggerService;
  readonly #problems: ProblemLog;
  readonly #retryAfterMs: number;
  readonly #now: () => number;
  #clusters: ClusterDetails[] = [];
  #loaded = false;
  #lastAttemptAt = Number.NEGATIVE_INFINITY;
  #inFlight?: Promise<void>;

  static create(options: {
    source: SovereignClusterSource;
    builder: ClusterBuilder;
    logger: LoggerService;
    /** Until a first refresh succeeds, how long to wait before a request may try again. */
    retryAfterMs?: number;
    now?: () => number;
  }): SovereignClusterRegistry {
    return new SovereignClusterRegistry(options);
  }

  private constructor(
    options: Parameters<typeof SovereignClusterRegistry.create>[0],
  ) {
    this.#source = options.source;
    this.#builder = options.builder;
    this.#logger = options.logger;
    this.#problems = ProblemLog.create(options.logger);
    this.#retryAfterMs = options.retryAfterMs ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  /**
   * The cached clusters. Before the first successful refresh, waits for one
   * (the scheduled task may not have run yet when the first request comes).
   */
  async clusters(): Promise<ClusterDetails[]> {
    if (!this.#loaded) {
      if (this.#inFlight) {
        await this.#inFlight;
      } else if (this.#now() - this.#lastAttemptAt >= this.#retryAfterMs) {
        await this.refresh();
      }
    }
    return this.#clusters;
  }

  /** Reads the entities again; never throws (failures are logged). */
  refresh(): Promise<void> {
    if (!this.#inFlight) {
      this.#inFlight = this.#refresh().finally(() => {
        this.#inFlight = undefined;
      });
    }
    return this.#inFlight;
  }

  async #refresh(): Promise<void> {
    this.#lastAttemptAt = this.#now();
    let entities: Entity[];
    try {
      entities = await this.#source.list();
    } catch (error) {
      this.#logger.error(
        `Could not read SovereignCluster entities from the catalog; keeping the ${
          this.#clusters.length
        } cluster(s) of the last successful refresh: ${toError(error).message}`,
      );
      return;
    }

    const limit = pLimit(buildConcurrency);
    const outcomes = await Promise.all(
      entities.map(e => limit(() => this.#build(e))),
    );
    const byName = new Map<string, { ref: string; cluster: ClusterDetails }>();
    outcomes.forEach((outcome, index) => {
      const ref = refOf(entities[index]);
      if (outcome.type === 'skipped') {
        this.#problems.report(ref, `Skipping ${ref}: ${outcome.reason}`);
      } else if (outcome.type === 'cluster') {
        const taken = byName.get(outcome.cluster.name);
        // Cluster names must be unique; entities in different namespaces may share one.
        if (taken && taken.ref < ref) {
          this.#problems.report(
            ref,
            `Skipping ${ref}: cluster name '${outcome.cluster.name}' is already used by ${taken.ref}`,
          );
        } else {
          if (taken) {
            this.#problems.report(
              taken.ref,
              `Skipping ${taken.ref}: cluster name '${outcome.cluster.name}' is already used by ${ref}`,
            );
          }
          byName.set(outcome.cluster.name, { ref, cluster: outcome.cluster });
        }
      }
    });
    this.#problems.endRound();

    this.#clusters = [...byName.values()].map(v => v.cluster);
    this.#loaded = true;
    this.#logger.debug(
      `Loaded ${this.#clusters.length} cluster(s) from ${
        entities.length
      } SovereignCluster entities`,
    );
  }

  async #build(entity: Entity): Promise<ClusterBuildOutcome> {
    try {
      return await this.#builder.build(entity);
    } catch (error) {
      return {
        type: 'skipped',
        reason: `unexpected error: ${toError(error).message}`,
      };
    }
  }
}
