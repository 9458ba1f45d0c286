import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  SovereignClusterEntity,
  WeightProfile,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import pLimit from 'p-limit';
import {
  CatalogueSnapshot,
  ProviderCatalogueLoader,
} from '../catalogue/ProviderCatalogueLoader';
import { PostureStore } from '../database/PostureStore';
import { FleetIndex } from '../fleet/FleetIndex';
import { ClusterAssessor } from './ClusterAssessor';
import { assessmentFingerprint } from './fingerprint';
import { StoredAssessment } from './types';

/** Options of an assessment. */
export interface AssessOptions {
  signal?: AbortSignal;
  snapshot?: CatalogueSnapshot;
  /**
   * Put the result in the fleet index right away (default). A fleet run
   * turns this off and reloads the index once at its end, so requests
   * during the run keep their cached views.
   */
  updateIndex?: boolean;
}

/**
 * Assessments of clusters: collects and assesses on demand (one collection
 * per cluster at a time), stores the result with its history point and puts
 * it in the fleet index, and derives the posture under another profile or for
 * a changed entity from the stored observations without collecting again.
 */
export class AssessmentService {
  readonly #store: PostureStore;
  readonly #assessor: ClusterAssessor;
  readonly #catalogue: ProviderCatalogueLoader;
  readonly #index: FleetIndex;
  readonly #defaultProfile: WeightProfile;
  readonly #historyMinIntervalMs: number;
  readonly #concurrency: number;
  readonly #logger: LoggerService;
  readonly #inFlight = new Map<string, Promise<StoredAssessment>>();

  static create(options: {
    store: PostureStore;
    assessor: ClusterAssessor;
    catalogue: ProviderCatalogueLoader;
    index: FleetIndex;
    defaultProfile: WeightProfile;
    historyMinIntervalMs: number;
    concurrency: number;
    logger: LoggerService;
  }): AssessmentService {
    return new AssessmentService(options);
  }

  private constructor(options: {
    store: PostureStore;
    assessor: ClusterAssessor;
    catalogue: ProviderCatalogueLoader;
    index: FleetIndex;
    defaultProfile: WeightProfile;
    historyMinIntervalMs: number;
    concurrency: number;
    logger: LoggerService;
  }) {
    this.#store = options.store;
    this.#assessor = options.assessor;
    this.#catalogue = options.catalogue;
    this.#index = options.index;
    this.#defaultProfile = options.defaultProfile;
    this.#historyMinIntervalMs = options.historyMinIntervalMs;
    this.#concurrency = options.concurrency;
    this.#logger = options.logger;
  }

  /**
   * Collects live evidence and assesses the cluster now with the configured
   * profile; stores it, records history and updates the fleet index. A
   * collection already running for the cluster is joined, not repeated.
   */
  assessNow(
    entity: SovereignClusterEntity,
    options: AssessOptions = {},
  ): Promise<StoredAssessment> {
    const ref = stringifyEntityRef(entity);
    const running = this.#inFlight.get(ref);
    if (running) return running;
    const promise = this.#assess(entity, options).finally(() => {
      this.#inFlight.delete(ref);
    });
    this.#inFlight.set(ref, promise);
    return promise;
  }

  async #assess(
    entity: SovereignClusterEntity,
    options: AssessOptions,
  ): Promise<StoredAssessment> {
    const snapshot = options.snapshot ?? (await this.#catalogue.get());
    const collected = await this.#assessor.collect(entity, {
      signal: options.signal,
    });
    const assessment = this.#assessor.assess(
      entity,
      collected,
      snapshot,
      this.#defaultProfile,
      new Date().toISOString(),
    );
    await this.#store.saveAssessment(assessment, {
      historyMinIntervalMs: this.#historyMinIntervalMs,
    });
    if (options.updateIndex !== false) this.#index.putAssessment(assessment);
    return assessment;
  }

  /**
   * Re-collects several clusters with bounded concurrency; a cluster whose
   * assessment fails (e.g. its database write) is logged and left out.
   */
  async assessAll(
    entities: SovereignClusterEntity[],
    options: AssessOptions = {},
  ): Promise<Map<string, StoredAssessment>> {
    const limit = pLimit(this.#concurrency);
    const result = new Map<string, StoredAssessment>();
    await Promise.all(
      entities.map(entity =>
        limit(async () => {
          if (options.signal?.aborted) return;
          try {
            const assessment = await this.assessNow(entity, options);
            result.set(assessment.entityRef, assessment);
          } catch (error) {
            this.#logger.error(
              `Could not assess ${stringifyEntityRef(entity)}: ${error}`,
            );
          }
        }),
      ),
    );
    return result;
  }

  /** Stored assessments of the clusters; those never assessed are assessed now. */
  async ensureAssessed(
    entities: SovereignClusterEntity[],
    snapshot: CatalogueSnapshot,
  ): Promise<Map<string, StoredAssessment>> {
    const stored = await this.#store.getAssessments(
      entities.map(e => stringifyEntityRef(e)),
    );
    const missing = entities.filter(e => !stored.has(stringifyEntityRef(e)));
    if (missing.length > 0) {
      const fresh = await this.assessAll(missing, { snapshot });
      for (const [ref, assessment] of fresh) stored.set(ref, assessment);
    }
    return stored;
  }

  /**
   * The stored assessment when it matches the entity, catalogue and profile;
   * otherwise the same observations assessed again for the current entity
   * under the profile (nothing is collected or stored).
   */
  postureOf(
    entity: SovereignClusterEntity,
    stored: StoredAssessment,
    snapshot: CatalogueSnapshot,
    profile: WeightProfile,
  ): StoredAssessment {
    if (
      stored.profile === profile.id &&
      stored.fingerprint === assessmentFingerprint(entity, snapshot.fingerprint)
    ) {
      return stored;
    }
    return this.#assessor.assess(
      entity,
      { state: stored.state, observed: stored.observed },
      snapshot,
      profile,
      stored.assessedAt,
    );
  }
}
