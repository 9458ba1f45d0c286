import {
  EvidenceRecord,
  PostureFinding,
  PostureReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { FleetPosture } from './assessFleet';
import { SealGate } from './minimumSeal';

/*
 * The JSON output is an interface for pipelines: every key is always
 * present (null when there is no value), and keys are only ever added.
 */

/** @public */
export type JsonEvidence = {
  name: string;
  provenance: string;
  value: unknown;
  source: string | null;
  note: string | null;
};

/** @public */
export type JsonFinding = {
  criterionId: string;
  objective: string;
  severity: string;
  title: string;
  detail: string;
  evidence: JsonEvidence[];
  remediation: string;
  wouldRaiseCapTo: number | null;
};

/** @public */
export type JsonClusterPosture = {
  entityRef: string;
  title: string | null;
  location: string;
  score: number;
  seal: number;
  provisional: boolean;
  /** Criteria whose cap is the level. */
  binding: string[];
  /** Unknown criteria that could still lower the level. */
  couldLower: string[];
  /** False when the SEAL is below `minSeal`. */
  passed: boolean;
  /** Every finding of the engine, most severe first (`blocking`: binding). */
  findings: JsonFinding[];
};

/** @public */
export type JsonMeshPosture = {
  entityRef: string;
  title: string | null;
  clusters: string[];
  score: number;
  seal: number;
  provisional: boolean;
  binding: string[];
  survivesLossOfAnyProvider: boolean;
};

/** @public */
export type JsonPostureOutput = {
  profile: string;
  minSeal: number | null;
  passed: boolean;
  clusters: JsonClusterPosture[];
  meshes: JsonMeshPosture[];
  /** Documents in the files that were not used, and why. */
  ignored: string[];
};

const evidenceOf = (r: EvidenceRecord): JsonEvidence => ({
  name: r.name,
  provenance: r.provenance,
  value: r.value,
  source: r.source ?? null,
  note: r.note ?? null,
});

const findingOf = (f: PostureFinding): JsonFinding => ({
  criterionId: f.criterionId,
  objective: f.objective,
  severity: f.severity,
  title: f.title,
  detail: f.detail,
  evidence: f.evidence.map(evidenceOf),
  remediation: f.remediation,
  wouldRaiseCapTo: f.wouldRaiseCapTo ?? null,
});

const levelOf = (report: PostureReport) => ({
  score: report.score,
  seal: report.seal.level,
  provisional: report.seal.provisional,
  binding: report.seal.binding,
});

/** The machine-readable result. */
export function toJsonOutput(
  posture: FleetPosture,
  gate: SealGate,
  ignored: readonly string[],
): JsonPostureOutput {
  const failing = new Set(gate.failing.map(c => c.entityRef));
  return {
    profile: posture.profile.id,
    minSeal: gate.minSeal ?? null,
    passed: gate.passed,
    clusters: posture.clusters.map(c => ({
      entityRef: c.entityRef,
      title: c.title ?? null,
      location: c.location,
      ...levelOf(c.report),
      couldLower: c.report.seal.couldLower,
      passed: !failing.has(c.entityRef),
      findings: c.report.findings.map(findingOf),
    })),
    meshes: posture.meshes.map(m => ({
      entityRef: m.entityRef,
      title: m.title ?? null,
      clusters: m.clusters,
      ...levelOf(m.report),
      survivesLossOfAnyProvider: m.survivesLossOfAnyProvider,
    })),
    ignored: [...ignored],
  };
}

export function formatJson(
  posture: FleetPosture,
  gate: SealGate,
  ignored: readonly string[],
): string {
  return `${JSON.stringify(toJsonOutput(posture, gate, ignored), null, 2)}\n`;
}
