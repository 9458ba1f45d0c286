import {
  AuditorService,
  AuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  assessMesh,
  ProviderFacts,
  ClusterEvidence,
  EvidenceCollectionStatus,
  WeightProfile,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { AssessmentService } from '../assessment/AssessmentService';
import { StoredAssessment } from '../assessment/types';
import { ProviderCatalogueLoader } from '../catalogue/ProviderCatalogueLoader';
import { readClusters } from '../catalogue/readClusters';
import { PostureStore } from '../database/PostureStore';
import { meshRefOf } from '../fleet/FleetEntry';
import { FleetIndexLoader } from '../fleet/FleetIndexLoader';

/** What one run did, for the audit event and tests. */
export interface PostureRunResult {
  clusters: number;
  assessed: number;
  evidence: Record<EvidenceCollectionStatus, number>;
  removed: number;
  meshes: number;
  meshHistoryPointsWritten: number;
  historyPointsExpired: number;
}

// A mesh's evidence is as weak as its weakest member's.
const STATUS_ORDER: EvidenceCollectionStatus[] = [
  'observed',
  'partial',
  'not-configured',
  'failed',
];
const worst = (statuses: EvidenceCollectionStatus[]) =>
  statuses.reduce((a, b) =>
    STATUS_ORDER.indexOf(b) > STATUS_ORDER.indexOf(a) ? b : a,
  );

/**
 * The scheduled assessment of the whole fleet: every SovereignCluster in the
 * catalog (read with the plugin's own credentials) is collected with bounded
 * concurrency and assessed with the configured profile; meshes get history
 * points too; assessments of clusters that left the catalog are removed and
 * history older than the retention is deleted.
 */
export class PostureRefresher {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #auditor: AuditorService;
  readonly #logger: LoggerService;
  readonly #catalogue: ProviderCatalogueLoader;
  readonly #assessments: AssessmentService;
  readonly #store: PostureStore;
  readonly #indexLoader: FleetIndexLoader;
  readonly #profile: WeightProfile;
  readonly #historyMinIntervalMs: number;
  readonly #historyRetentionMs: number;

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    auditor: AuditorService;
    logger: LoggerService;
    catalogue: ProviderCatalogueLoader;
    assessments: AssessmentService;
    store: PostureStore;
    indexLoader: FleetIndexLoader;
    profile: WeightProfile;
    historyMinIntervalMs: number;
    historyRetentionMs: number;
  }): PostureRefresher {
    return new PostureRefresher(options);
  }

  private constructor(options: Parameters<typeof PostureRefresher.create>[0]) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#auditor = options.auditor;
    this.#logger = options.logger;
    this.#catalogue = options.catalogue;
    this.#assessments = options.assessments;
    this.#store = options.store;
    this.#indexLoader = options.indexLoader;
    this.#profile = options.profile;
    this.#historyMinIntervalMs = options.historyMinIntervalMs;
    this.#historyRetentionMs = options.historyRetentionMs;
  }

  async run(signal?: AbortSignal): Promise<PostureRunResult> {
    const event = await this.#auditor.createEvent({
      eventId: 'posture-refresh',
      severityLevel: 'low',
      meta: { profile: this.#profile.id },
    });
    try {
      const result = await this.#run(signal);
      await event.success({ meta: { ...result } });
      this.#logger.info(
        `Assessed ${result.assessed} of ${
          result.clusters
        } clusters (${Object.entries(result.evidence)
          .map(([status, n]) => `${n} ${status}`)
          .join(', ')}); ${
          result.meshHistoryPointsWritten
        } mesh history points written, ${result.historyPointsExpired} expired`,
      );
      return result;
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  }

  async #run(signal?: AbortSignal): Promise<PostureRunResult> {
    const credentials = await this.#auth.getOwnServiceCredentials();
    const snapshot = await this.#catalogue.reload();
    const clusters = await readClusters(this.#catalog, credentials);

    const assessed = await this.#assessments.assessAll(clusters, {
      signal,
      snapshot,
      updateIndex: false,
    });
    const evidence: Record<EvidenceCollectionStatus, number> = {
      observed: 0,
      partial: 0,
      failed: 0,
      'not-configured': 0,
    };
    let meshHistoryPointsWritten = 0;
    for (const a of assessed.values()) evidence[a.summary.evidenceStatus] += 1;

    const present = new Set(clusters.map(c => stringifyEntityRef(c)));
    const gone = (await this.#store.listSummaries())
      .map(s => s.entityRef)
      .filter(ref => !present.has(ref));
    const removed = await this.#store.deleteAssessments(gone);

    const meshes = new Map<string, StoredAssessment[]>();
    for (const cluster of clusters) {
      const assessment = assessed.get(stringifyEntityRef(cluster));
      const mesh = cluster.spec.network?.mesh;
      if (!assessment || !mesh) continue;
      const ref = meshRefOf(mesh, cluster.metadata.namespace ?? 'default');
      if (!ref) continue;
      meshes.set(ref, [...(meshes.get(ref) ?? []), assessment]);
    }
    for (const [meshRef, members] of meshes) {
      try {
        const { written } = await this.#meshHistory(
          meshRef,
          members.map(m => m.evidence),
          members,
          snapshot.providerFacts,
        );
        if (written) meshHistoryPointsWritten += 1;
      } catch (error) {
        this.#logger.warn(`Could not assess mesh ${meshRef}: ${error}`);
      }
    }

    const historyPointsExpired = await this.#store.deleteHistoryBefore(
      new Date(Date.now() - this.#historyRetentionMs),
    );
    await this.#indexLoader.apply(clusters);

    return {
      clusters: clusters.length,
      assessed: assessed.size,
      evidence,
      removed,
      meshes: meshes.size,
      meshHistoryPointsWritten,
      historyPointsExpired,
    };
  }

  async #meshHistory(
    meshRef: string,
    evidence: ClusterEvidence[],
    members: StoredAssessment[],
    providers: ProviderFacts[],
  ): Promise<{ written: boolean }> {
    const mesh = assessMesh({
      mesh: meshRef,
      clusters: evidence,
      providers,
      profile: this.#profile,
    });
    const { historyWritten } = await this.#store.recordHistory(
      {
        entityRef: meshRef,
        assessedAt: members.map(m => m.assessedAt).sort()[0],
        profile: this.#profile.id,
        score: mesh.report.score,
        seal: mesh.report.seal.level,
        provisional: mesh.report.seal.provisional,
        evidenceStatus: worst(members.map(m => m.summary.evidenceStatus)),
      },
      { historyMinIntervalMs: this.#historyMinIntervalMs },
    );
    return { written: historyWritten };
  }
}
