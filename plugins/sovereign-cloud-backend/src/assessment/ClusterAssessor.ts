import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  assessCluster,
  ClusterEvidence,
  ClusterEvidenceState,
  evidenceFromEntity,
  mergeObservedEvidence,
  ObservedEvidence,
  PostureReport,
  SovereignClusterEntity,
  WeightProfile,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { ClusterEvidenceCollector } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { CatalogueSnapshot } from '../catalogue/ProviderCatalogueLoader';
import { SecretRedactor } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { clusterFactsOf, objectiveScoresOf } from './clusterFacts';
import { assessmentFingerprint } from './fingerprint';
import { StoredAssessment } from './types';

/** Live evidence of a cluster as the assessor keeps it: the state and what was observed. */
export interface CollectedEvidence {
  state: ClusterEvidenceState;
  observed: ObservedEvidence;
}

const usesObservations = (state: ClusterEvidenceState) =>
  state.status === 'observed' || state.status === 'partial';

/**
 * Collects a cluster's live evidence and assesses it. Problems on the
 * cluster's side (unreachable, denied, a collector bug, malformed
 * observations) never throw: the posture then rests on the declared facts and
 * the evidence state says `failed` and why.
 */
export class ClusterAssessor {
  readonly #collector: ClusterEvidenceCollector;
  readonly #redactor: SecretRedactor;
  readonly #logger: LoggerService;

  static create(options: {
    collector: ClusterEvidenceCollector;
    redactor: SecretRedactor;
    logger: LoggerService;
  }): ClusterAssessor {
    return new ClusterAssessor(options);
  }

  private constructor(options: {
    collector: ClusterEvidenceCollector;
    redactor: SecretRedactor;
    logger: LoggerService;
  }) {
    this.#collector = options.collector;
    this.#redactor = options.redactor;
    this.#logger = options.logger;
  }

  /** Reads the cluster's live evidence now. */
  async collect(
    entity: SovereignClusterEntity,
    options: { signal?: AbortSignal } = {},
  ): Promise<CollectedEvidence> {
    const cluster = stringifyEntityRef(entity);
    try {
      const collection = await this.#collector.collect(entity, {
        signal: options.signal,
      });
      const { observed, durationMs: _durationMs, ...state } = collection;
      const safe = this.#redactor.redactDeep({
        state: { ...state, cluster, probes: state.probes ?? [] },
        observed: observed ?? {},
      });
      if (safe.state.status === 'failed') {
        this.#logger.warn(
          `Live evidence of ${cluster} could not be collected: ${
            safe.state.reason ?? 'no reason given'
          }`,
        );
      }
      return safe;
    } catch (error) {
      // The collector contract says it never throws; one that does must not drop the cluster.
      const reason = this.#redactor.redact(
        `evidence collector failed: ${(error as Error)?.message ?? error}`,
      );
      this.#logger.warn(`Live evidence of ${cluster}: ${reason}`);
      return {
        state: { cluster, status: 'failed', reason, probes: [] },
        observed: {},
      };
    }
  }

  /**
   * Assesses the entity's declared facts with the observations merged in
   * (only when the collection was `observed` or `partial`). Observations the
   * engine rejects turn the state into `failed` with the engine's reason.
   */
  assess(
    entity: SovereignClusterEntity,
    collected: CollectedEvidence,
    snapshot: CatalogueSnapshot,
    profile: WeightProfile,
    assessedAt: string,
  ): StoredAssessment {
    const declared = evidenceFromEntity(entity, snapshot.catalogue);
    let state = collected.state;
    let observed = usesObservations(state) ? collected.observed : {};
    let evidence: ClusterEvidence = declared;
    let report: PostureReport | undefined;
    if (usesObservations(state)) {
      evidence = mergeObservedEvidence(declared, observed);
      try {
        report = assessCluster({
          cluster: evidence,
          providers: snapshot.providerFacts,
          profile,
        });
      } catch (error) {
        const reason = this.#redactor.redact(
          `observed evidence rejected by the posture engine: ${
            (error as Error).message
          }`,
        );
        this.#logger.warn(`Live evidence of ${declared.cluster}: ${reason}`);
        state = { ...state, status: 'failed', reason };
        observed = {};
        evidence = declared;
      }
    }
    report ??= assessCluster({
      cluster: evidence,
      providers: snapshot.providerFacts,
      profile,
    });
    const primary =
      snapshot.catalogue.find(entity.spec.provider)?.metadata.name ??
      entity.spec.provider;
    return {
      entityRef: stringifyEntityRef(entity),
      fingerprint: assessmentFingerprint(entity, snapshot.fingerprint),
      profile: profile.id,
      assessedAt,
      summary: {
        ...clusterFactsOf(evidence, primary),
        score: report.score,
        seal: report.seal.level,
        provisional: report.seal.provisional,
        binding: report.seal.binding,
        objectiveScores: objectiveScoresOf(report),
        evidenceStatus: state.status,
        ...(state.reason ? { evidenceReason: state.reason } : {}),
      },
      state,
      observed,
      evidence,
      report,
    };
  }
}
