import { SealLevel } from '../entities/vocabulary';
import { ProviderLossAssessment } from '../posture/meshContinuity';
import { Seal } from '../posture/objectives';
import { PostureReport } from '../posture/report';
import type { EdgePosture } from '../edge/assessEdge';

/*
 * Shapes of the sovereign-cloud backend's REST API (`/api/sovereign-cloud`),
 * shared by the backend, the frontend and the CLI.
 */

/**
 * How the evidence of one cluster was gathered in an assessment:
 * `observed` — every probe of its Kubernetes API answered;
 * `partial` — some probes failed, the rest is observed;
 * `failed` — its API could not be read (timeout, 5xx, denied), declared facts only;
 * `not-configured` — the entity names no live source, declared facts only.
 * @public
 */
export type EvidenceCollectionStatus =
  | 'observed'
  | 'partial'
  | 'failed'
  | 'not-configured';

/** @public */
export type EvidenceProbeResult = {
  /** e.g. `nodes`, `images`, `cilium`, `storage-classes`, `admission`, `audit-logging`. */
  probe: string;
  status: 'ok' | 'failed' | 'skipped';
  /** Why it failed or was skipped; never contains credentials. */
  reason?: string;
  /** What the probe saw, for people, e.g. `kubelet v1.36.4 on 5 nodes`. */
  detail?: string;
};

/** @public */
export type ClusterEvidenceState = {
  /** Entity reference of the SovereignCluster. */
  cluster: string;
  status: EvidenceCollectionStatus;
  /** When the live evidence was read (absent when never read). */
  collectedAt?: string;
  reason?: string;
  probes: EvidenceProbeResult[];
};

/** @public */
export type PostureSubjectKind = 'cluster' | 'mesh' | 'component';

/**
 * One cluster as it contributes to a mesh's or component's posture.
 * @public
 */
export type MemberPosture = {
  cluster: string;
  score: number;
  seal: Seal;
  sealLabel: SealLevel;
  provisional: boolean;
  binding: string[];
};

/**
 * `GET /posture/:kind/:namespace/:name`
 * @public
 */
export type EntityPostureResponse = {
  entityRef: string;
  subjectKind: PostureSubjectKind;
  assessedAt: string;
  report: PostureReport;
  evidence: ClusterEvidenceState[];
  /** Mesh and component: each cluster's own posture. */
  members?: MemberPosture[];
  /** Mesh and component: what losing each provider does. */
  continuity?: ProviderLossAssessment[];
  survivesLossOfAnyProvider?: boolean;
  /** Component with an entry point: its edge posture (findings also in `report.findings`). */
  edge?: EdgePosture;
};

/**
 * One row of the fleet summary.
 * @public
 */
export type FleetClusterSummary = {
  entityRef: string;
  name: string;
  title?: string;
  owner?: string;
  /** Provider ids hosting nodes of the cluster (primary first). */
  providers: string[];
  /** ISO 3166-1 alpha-2 codes of the cluster's locations. */
  countries: string[];
  mesh?: string;
  phase?: string;
  /** null while the cluster has not been assessed yet. */
  score: number | null;
  seal: Seal | null;
  sealLabel: SealLevel | null;
  provisional: boolean;
  binding: string[];
  evidenceStatus: EvidenceCollectionStatus | 'pending';
  evidenceReason?: string;
  assessedAt?: string;
  /** Worker vCPU, for concentration charts. */
  vcpu: number;
};

/** @public */
export type FleetSortField =
  | 'name'
  | 'score'
  | 'seal'
  | 'provider'
  | 'country'
  | 'mesh'
  | 'assessedAt';

/**
 * Query of `GET /fleet`; list parameters may repeat or be comma-separated.
 * @public
 */
export type FleetSummaryQuery = {
  provider?: string[];
  country?: string[];
  seal?: Seal[];
  mesh?: string[];
  /** Case-insensitive match on name, title and entity reference. */
  q?: string;
  sort?: FleetSortField;
  order?: 'asc' | 'desc';
  offset?: number;
  /** 1..5000, default 100. */
  limit?: number;
  profile?: string;
};

/** @public */
export type FacetCount = { value: string; count: number };

/**
 * Share of the fleet's worker capacity (and clusters) per provider.
 * @public
 */
export type ProviderConcentration = {
  provider: string;
  clusters: number;
  vcpu: number;
  /** vcpu / total vcpu, 0..1 */
  share: number;
};

/**
 * `GET /fleet`: facets and concentration are computed over the filtered set
 * before pagination.
 * @public
 */
export type FleetSummaryResponse = {
  items: FleetClusterSummary[];
  totalItems: number;
  offset: number;
  limit: number;
  weightProfile: string;
  facets: {
    provider: FacetCount[];
    country: FacetCount[];
    seal: FacetCount[];
    mesh: FacetCount[];
  };
  providerConcentration: ProviderConcentration[];
};

/** @public */
export type PostureHistoryPoint = {
  assessedAt: string;
  weightProfile: string;
  score: number;
  seal: Seal;
  provisional: boolean;
  evidenceStatus: EvidenceCollectionStatus;
};

/**
 * `GET /posture/:kind/:namespace/:name/history`, oldest first.
 * @public
 */
export type PostureHistoryResponse = {
  entityRef: string;
  points: PostureHistoryPoint[];
};
