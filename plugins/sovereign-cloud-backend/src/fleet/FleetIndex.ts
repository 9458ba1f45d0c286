import {
  FleetClusterSummary,
  FleetSortField,
  SEAL_LEVELS,
  WeightProfile,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { scoreUnder } from '../assessment/clusterFacts';
import { AssessmentSummaryRow } from '../assessment/types';
import {
  FleetCluster,
  FleetEntry,
  fleetClusterFromAssessment,
} from './FleetEntry';

/** A fleet row under one weight profile, with what filters and facets read. */
export interface FleetRow {
  key: string;
  summary: FleetClusterSummary;
  /** Lower-case name, title and entity reference, for `q`. */
  search: string;
  providersLower: string[];
  vcpuByProvider: Record<string, number>;
}

type SortValue = string | number | null;

const sortValue: Record<FleetSortField, (r: FleetRow) => SortValue> = {
  name: r => r.summary.name.toLocaleLowerCase('en-US'),
  score: r => r.summary.score,
  seal: r => r.summary.seal,
  provider: r => r.providersLower[0] ?? null,
  country: r => r.summary.countries[0] ?? null,
  mesh: r => r.summary.mesh ?? null,
  assessedAt: r => r.summary.assessedAt ?? null,
};

function compareBy(field: FleetSortField, order: 'asc' | 'desc') {
  const value = sortValue[field];
  const sign = order === 'asc' ? 1 : -1;
  return (a: FleetRow, b: FleetRow): number => {
    const va = value(a);
    const vb = value(b);
    // Clusters without a value (not assessed, no mesh) go last in both orders.
    if (va !== vb) {
      if (va === null) return 1;
      if (vb === null) return -1;
      return (va < vb ? -1 : 1) * sign;
    }
    if (a.key === b.key) return 0;
    return a.key < b.key ? -1 : 1;
  };
}

/**
 * The fleet under one weight profile. Sorted orders are built on first use
 * and kept until the index changes, so a request only filters and pages.
 */
export class FleetView {
  readonly profile: WeightProfile;
  readonly rows: readonly FleetRow[];
  readonly #sorted = new Map<string, readonly FleetRow[]>();

  constructor(profile: WeightProfile, rows: FleetRow[]) {
    this.profile = profile;
    this.rows = rows;
  }

  sorted(field: FleetSortField, order: 'asc' | 'desc'): readonly FleetRow[] {
    const key = `${field}:${order}`;
    let rows = this.#sorted.get(key);
    if (!rows) {
      rows = [...this.rows].sort(compareBy(field, order));
      this.#sorted.set(key, rows);
    }
    return rows;
  }
}

function rowOf(entry: FleetEntry, profile: WeightProfile): FleetRow {
  const { cluster, assessment } = entry;
  const facts = assessment?.summary ?? cluster.declared;
  const a = assessment?.summary;
  let score: number | null = null;
  if (assessment && a) {
    score =
      assessment.profile === profile.id
        ? a.score
        : scoreUnder(a.objectiveScores, profile);
  }
  const summary: FleetClusterSummary = {
    entityRef: cluster.entityRef,
    name: cluster.name,
    ...(cluster.title ? { title: cluster.title } : {}),
    ...(cluster.owner ? { owner: cluster.owner } : {}),
    providers: facts.providers,
    countries: facts.countries,
    ...(cluster.mesh ? { mesh: cluster.mesh } : {}),
    ...(cluster.phase ? { phase: cluster.phase } : {}),
    score,
    seal: a ? a.seal : null,
    sealLabel: a ? SEAL_LEVELS[a.seal] : null,
    provisional: a ? a.provisional : false,
    binding: a ? a.binding : [],
    evidenceStatus: a ? a.evidenceStatus : 'pending',
    ...(a?.evidenceReason ? { evidenceReason: a.evidenceReason } : {}),
    ...(assessment ? { assessedAt: assessment.assessedAt } : {}),
    vcpu: facts.vcpu,
  };
  return {
    key: cluster.entityRef,
    summary,
    search: [cluster.name, cluster.title ?? '', cluster.entityRef]
      .join('\n')
      .toLocaleLowerCase('en-US'),
    providersLower: facts.providers.map(p => p.toLocaleLowerCase('en-US')),
    vcpuByProvider: facts.vcpuByProvider,
  };
}

/**
 * In-memory index of the fleet: the SovereignClusters in the catalog (read
 * with the plugin's credentials) joined with their latest stored
 * assessments. Requests filter it after the caller's visibility is known.
 */
export class FleetIndex {
  /** Undefined until the catalog has been read once; stored assessments stand in meanwhile. */
  #clusters?: Map<string, FleetCluster>;
  readonly #assessments = new Map<string, AssessmentSummaryRow>();
  readonly #views = new Map<string, FleetView>();
  // What the last reloads put in; an unchanged reload keeps the views and the answers built on them.
  #clustersFingerprint?: string;
  #assessmentsFingerprint?: string;

  /** Replaces the clusters from the catalog. */
  setClusters(clusters: Iterable<FleetCluster>): void {
    const list = [...clusters];
    const fingerprint = JSON.stringify(list);
    if (this.#clusters && fingerprint === this.#clustersFingerprint) return;
    this.#clustersFingerprint = fingerprint;
    this.#clusters = new Map(list.map(c => [c.entityRef, c]));
    this.#views.clear();
  }

  /** Replaces every stored assessment. */
  setAssessments(rows: Iterable<AssessmentSummaryRow>): void {
    const list = [...rows];
    const fingerprint = JSON.stringify(list);
    if (fingerprint === this.#assessmentsFingerprint) return;
    this.#assessmentsFingerprint = fingerprint;
    this.#assessments.clear();
    for (const row of list) this.#assessments.set(row.entityRef, row);
    this.#views.clear();
  }

  /** Adds or replaces one assessment (after an assessment on this instance). */
  putAssessment(row: AssessmentSummaryRow): void {
    this.#assessments.set(row.entityRef, row);
    this.#assessmentsFingerprint = undefined;
    this.#views.clear();
  }

  entries(): FleetEntry[] {
    if (!this.#clusters) {
      return [...this.#assessments.values()].map(assessment => ({
        cluster: fleetClusterFromAssessment(assessment),
        assessment,
      }));
    }
    return [...this.#clusters.values()].map(cluster => ({
      cluster,
      assessment: this.#assessments.get(cluster.entityRef),
    }));
  }

  view(profile: WeightProfile): FleetView {
    let view = this.#views.get(profile.id);
    if (!view) {
      view = new FleetView(
        profile,
        this.entries().map(e => rowOf(e, profile)),
      );
      this.#views.set(profile.id, view);
    }
    return view;
  }
}
