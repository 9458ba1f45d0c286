import { ClusterEvidence, Provenance, ProviderFacts } from './evidence';
import { Seal, SovereigntyObjective } from './objectives';
import { ClusterTopology } from './topology';

/**
 * One answer of a criterion: its credit (points = credit × max) and the SEAL
 * it caps the level at (`null`: score only).
 * @public
 */
export type CriterionAnswer = {
  key: string;
  label: string;
  credit: number;
  cap: Seal | null;
};

/**
 * How a criterion relates to the CSF calculator: `direct` proxy (ladder and
 * caps copied), `analogous` (same intent, caps by analogy) or `plugin` (no
 * CSF criterion).
 * @public
 */
export type CriterionMapping = 'direct' | 'analogous' | 'plugin';

/**
 * A piece of evidence as a finding shows it.
 * @public
 */
export type EvidenceRecord = {
  /** e.g. `volumeKeys` or `provider:ionos.exposure`. */
  name: string;
  provenance: Provenance;
  value: unknown;
  source?: string;
  note?: string;
  /** For provider facts: the provider's share (capacity or data) in the cluster. */
  share?: number;
};

/**
 * What a criterion read, before points and caps are applied.
 * `computed` outcomes carry their own credit and cap (capacity-weighted or
 * averaged criteria); `partlyUnknown` marks results with an unevidenced part.
 * @public
 */
export type CriterionOutcome =
  | {
      kind: 'answer';
      answer: string;
      evidence: EvidenceRecord[];
      /** Names of the records that decided the answer (default: all). */
      decidedBy?: readonly string[];
      detail?: string;
    }
  | {
      kind: 'computed';
      credit: number;
      cap: Seal | null;
      answer?: string;
      /** Part of the evidence is unknown: it scores zero and could lower the cap. */
      partlyUnknown: boolean;
      evidence: EvidenceRecord[];
      detail?: string;
    }
  | { kind: 'unknown'; evidence: EvidenceRecord[]; detail?: string }
  | { kind: 'na'; evidence: EvidenceRecord[]; detail?: string };

/**
 * What a criterion's evaluation may read.
 * @public
 */
export type AssessmentContext = {
  evidence: ClusterEvidence;
  providers: ReadonlyMap<string, ProviderFacts>;
  topology: ClusterTopology;
};

/**
 * One criterion of the catalogue (§5.3 of the sovereignty model).
 * @public
 */
export type CriterionDefinition = {
  id: string;
  objective: SovereigntyObjective;
  title: string;
  /** CSF calculator criteria, e.g. `SOV-3.1`. */
  csfRefs: string[];
  mapping: CriterionMapping;
  /** Human-readable framework reference, shown with every finding. */
  frameworkReference: string;
  /** Names of the evidence it reads. */
  reads: string[];
  maxPoints: number;
  /** Best answer first. */
  answers: CriterionAnswer[];
  remediation: string;
  /** Set for provider-level criteria: which share weights the providers. */
  providerShare?: 'capacity' | 'data';
  evaluate(context: AssessmentContext): CriterionOutcome;
};
