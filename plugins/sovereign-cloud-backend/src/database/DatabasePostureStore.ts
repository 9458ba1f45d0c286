import { DatabaseService } from '@backstage/backend-plugin-api';
import {
  EvidenceCollectionStatus,
  PostureHistoryPoint,
  Seal,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { Knex } from 'knex';
import { AssessmentSummaryRow, StoredAssessment } from '../assessment/types';
import { migratedClient } from './migrateDatabase';
import { HistoryPointInput, PostureStore } from './PostureStore';

const ASSESSMENTS = 'sovereign_cloud_posture_assessments';
const HISTORY = 'sovereign_cloud_posture_history';

type Timestamp = Date | string | number;

interface AssessmentRow {
  entity_ref: string;
  fingerprint: string;
  profile: string;
  providers: string;
  countries: string;
  vcpu: number;
  vcpu_by_provider: string;
  score: number;
  seal: number;
  provisional: boolean | number;
  binding: string;
  objective_scores: string;
  evidence_status: string;
  evidence_reason: string | null;
  evidence_state: string;
  observed: string;
  evidence: string;
  report: string;
  assessed_at: Timestamp;
}

interface HistoryRow {
  id?: number;
  entity_ref: string;
  assessed_at: Timestamp;
  profile: string;
  score: number;
  seal: number;
  provisional: boolean | number;
  evidence_status: string;
}

const SUMMARY_COLUMNS = [
  'entity_ref',
  'fingerprint',
  'profile',
  'providers',
  'countries',
  'vcpu',
  'vcpu_by_provider',
  'score',
  'seal',
  'provisional',
  'binding',
  'objective_scores',
  'evidence_status',
  'evidence_reason',
  'assessed_at',
] as const;

// SQLite returns timestamps as numbers, PostgreSQL as Dates.
const toIso = (value: Timestamp) => new Date(value).toISOString();
// Chunks of `IN (...)` lists stay below every database's parameter limit.
const CHUNK = 500;

function summaryOf(
  row: Pick<AssessmentRow, (typeof SUMMARY_COLUMNS)[number]>,
): AssessmentSummaryRow {
  return {
    entityRef: row.entity_ref,
    fingerprint: row.fingerprint,
    profile: row.profile,
    assessedAt: toIso(row.assessed_at),
    summary: {
      providers: JSON.parse(row.providers),
      countries: JSON.parse(row.countries),
      vcpu: Number(row.vcpu),
      vcpuByProvider: JSON.parse(row.vcpu_by_provider),
      score: Number(row.score),
      seal: Number(row.seal) as Seal,
      provisional: Boolean(row.provisional),
      binding: JSON.parse(row.binding),
      objectiveScores: JSON.parse(row.objective_scores),
      evidenceStatus: row.evidence_status as EvidenceCollectionStatus,
      ...(row.evidence_reason ? { evidenceReason: row.evidence_reason } : {}),
    },
  };
}

function changed(
  last: HistoryRow | undefined,
  point: HistoryPointInput,
  minIntervalMs: number,
): boolean {
  if (!last) return true;
  return (
    last.profile !== point.profile ||
    Number(last.score) !== point.score ||
    Number(last.seal) !== point.seal ||
    Boolean(last.provisional) !== point.provisional ||
    last.evidence_status !== point.evidenceStatus ||
    new Date(point.assessedAt).getTime() -
      new Date(last.assessed_at).getTime() >=
      minIntervalMs
  );
}

/**
 * Assessments and history in the plugin's database (SQLite or PostgreSQL),
 * with the migrations of this package.
 */
export class DatabasePostureStore implements PostureStore {
  readonly #db: Knex;

  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabasePostureStore> {
    return new DatabasePostureStore(await migratedClient(options.database));
  }

  private constructor(db: Knex) {
    this.#db = db;
  }

  async saveAssessment(
    assessment: StoredAssessment,
    options: { historyMinIntervalMs: number },
  ): Promise<{ historyWritten: boolean }> {
    const { summary } = assessment;
    const row: AssessmentRow = {
      entity_ref: assessment.entityRef,
      fingerprint: assessment.fingerprint,
      profile: assessment.profile,
      providers: JSON.stringify(summary.providers),
      countries: JSON.stringify(summary.countries),
      vcpu: summary.vcpu,
      vcpu_by_provider: JSON.stringify(summary.vcpuByProvider),
      score: summary.score,
      seal: summary.seal,
      provisional: summary.provisional,
      binding: JSON.stringify(summary.binding),
      objective_scores: JSON.stringify(summary.objectiveScores),
      evidence_status: summary.evidenceStatus,
      evidence_reason: summary.evidenceReason ?? null,
      evidence_state: JSON.stringify(assessment.state),
      observed: JSON.stringify(assessment.observed),
      evidence: JSON.stringify(assessment.evidence),
      report: JSON.stringify(assessment.report),
      assessed_at: new Date(assessment.assessedAt),
    };
    return this.#db.transaction(async trx => {
      await trx<AssessmentRow>(ASSESSMENTS)
        .insert(row)
        .onConflict('entity_ref')
        .merge();
      return this.#recordHistory(
        trx,
        {
          entityRef: assessment.entityRef,
          assessedAt: assessment.assessedAt,
          profile: assessment.profile,
          score: summary.score,
          seal: summary.seal,
          provisional: summary.provisional,
          evidenceStatus: summary.evidenceStatus,
        },
        options.historyMinIntervalMs,
      );
    });
  }

  async recordHistory(
    point: HistoryPointInput,
    options: { historyMinIntervalMs: number },
  ): Promise<{ historyWritten: boolean }> {
    return this.#db.transaction(trx =>
      this.#recordHistory(trx, point, options.historyMinIntervalMs),
    );
  }

  async #recordHistory(
    trx: Knex.Transaction,
    point: HistoryPointInput,
    minIntervalMs: number,
  ): Promise<{ historyWritten: boolean }> {
    const last = await trx<HistoryRow>(HISTORY)
      .where({ entity_ref: point.entityRef })
      .orderBy('assessed_at', 'desc')
      .orderBy('id', 'desc')
      .first();
    if (!changed(last, point, minIntervalMs)) return { historyWritten: false };
    await trx<HistoryRow>(HISTORY).insert({
      entity_ref: point.entityRef,
      assessed_at: new Date(point.assessedAt),
      profile: point.profile,
      score: point.score,
      seal: point.seal,
      provisional: point.provisional,
      evidence_status: point.evidenceStatus,
    });
    return { historyWritten: true };
  }

  async getAssessments(
    entityRefs: string[],
  ): Promise<Map<string, StoredAssessment>> {
    const result = new Map<string, StoredAssessment>();
    for (let i = 0; i < entityRefs.length; i += CHUNK) {
      const rows = await this.#db<AssessmentRow>(ASSESSMENTS).whereIn(
        'entity_ref',
        entityRefs.slice(i, i + CHUNK),
      );
      for (const row of rows) {
        result.set(row.entity_ref, {
          ...summaryOf(row),
          state: JSON.parse(row.evidence_state),
          observed: JSON.parse(row.observed),
          evidence: JSON.parse(row.evidence),
          report: JSON.parse(row.report),
        });
      }
    }
    return result;
  }

  async listSummaries(): Promise<AssessmentSummaryRow[]> {
    const rows = await this.#db<AssessmentRow>(ASSESSMENTS).select(
      ...SUMMARY_COLUMNS,
    );
    return rows.map(summaryOf);
  }

  async deleteAssessments(entityRefs: string[]): Promise<number> {
    let deleted = 0;
    for (let i = 0; i < entityRefs.length; i += CHUNK) {
      deleted += await this.#db(ASSESSMENTS)
        .whereIn('entity_ref', entityRefs.slice(i, i + CHUNK))
        .delete();
    }
    return deleted;
  }

  async listHistory(
    entityRef: string,
    options: { from?: Date; to?: Date; limit: number },
  ): Promise<PostureHistoryPoint[]> {
    let query = this.#db<HistoryRow>(HISTORY).where({ entity_ref: entityRef });
    if (options.from) query = query.where('assessed_at', '>=', options.from);
    if (options.to) query = query.where('assessed_at', '<=', options.to);
    // The latest `limit` points, returned oldest first.
    const rows = await query
      .orderBy('assessed_at', 'desc')
      .orderBy('id', 'desc')
      .limit(options.limit);
    return rows.reverse().map(row => ({
      assessedAt: toIso(row.assessed_at),
      weightProfile: row.profile,
      score: Number(row.score),
      seal: Number(row.seal) as Seal,
      provisional: Boolean(row.provisional),
      evidenceStatus: row.evidence_status as EvidenceCollectionStatus,
    }));
  }

  async deleteHistoryBefore(before: Date): Promise<number> {
    return this.#db(HISTORY).where('assessed_at', '<', before).delete();
  }
}
