import {
  EvidenceRecord,
  PostureReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { ClusterPosture, FleetPosture } from './assessFleet';
import { SealGate } from './minimumSeal';

const MAX_VALUE_LENGTH = 100;

/** Left-aligned columns, two spaces apart. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map(r => r[i].length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

const clusters = (n: number) => (n === 1 ? '1 cluster' : `${n} clusters`);
const sealText = (report: PostureReport) => `SEAL-${report.seal.level}`;
const list = (ids: readonly string[]) => (ids.length ? ids.join(', ') : '-');

/** `"static-key"`, shortened when long (nodes, registries…). */
export function valueText(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH
    ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…`
    : text;
}

function evidenceText(record: EvidenceRecord): string {
  const where = [record.provenance, record.source].filter(Boolean).join(', ');
  const note = record.note ? ` — ${record.note}` : '';
  return `${record.name} = ${valueText(record.value)} (${where})${note}`;
}

/** Why one cluster is below the minimum: its binding criteria. */
export function failureText(cluster: ClusterPosture): string {
  const { report } = cluster;
  const provisional = report.seal.provisional ? ' (provisional)' : '';
  const lines = [
    `${cluster.entityRef}: ${sealText(report)}${provisional}, score ${
      report.score
    } — ${cluster.location}`,
  ];
  for (const id of report.seal.binding) {
    const finding = report.findings.find(f => f.criterionId === id);
    if (!finding) continue;
    lines.push(`  ${id} ${finding.title} (caps at ${sealText(report)})`);
    lines.push(`    Result: ${finding.detail}`);
    for (const record of finding.evidence) {
      lines.push(`    Evidence: ${evidenceText(record)}`);
    }
    lines.push(`    Remediation: ${finding.remediation}`);
    if (finding.wouldRaiseCapTo !== undefined) {
      lines.push(
        `    A better answer lifts this cap to SEAL-${finding.wouldRaiseCapTo}.`,
      );
    }
  }
  if (report.seal.provisional) {
    lines.push(
      `  Provisional: unknown evidence of ${list(
        report.seal.couldLower,
      )} could lower the level further.`,
    );
  }
  return lines.join('\n');
}

/** The human-readable result: tables, then what fails and why. */
export function formatText(posture: FleetPosture, gate: SealGate): string {
  const minimum =
    gate.minSeal === undefined ? '' : `, minimum SEAL-${gate.minSeal}`;
  const out = [
    `Sovereignty posture — weights ${posture.profile.id} (${posture.profile.title})${minimum}`,
    'Indicative SEAL, self-assessed from the declared facts (CSF v1.2.1-aligned); not a certification.',
    '',
  ];
  const failing = new Set(gate.failing.map(c => c.entityRef));
  const withResult = gate.minSeal !== undefined;
  out.push(
    table(
      [
        'CLUSTER',
        'SCORE',
        'SEAL',
        'PROVISIONAL',
        'BINDING',
        ...(withResult ? ['RESULT'] : []),
      ],
      posture.clusters.map(c => [
        c.entityRef,
        c.report.score.toFixed(1),
        sealText(c.report),
        c.report.seal.provisional ? 'yes' : 'no',
        list(c.report.seal.binding),
        ...(withResult ? [failing.has(c.entityRef) ? 'FAIL' : 'pass'] : []),
      ]),
    ),
  );
  if (posture.meshes.length > 0) {
    out.push(
      '',
      table(
        [
          'MESH',
          'CLUSTERS',
          'SCORE',
          'SEAL',
          'PROVISIONAL',
          'SURVIVES PROVIDER LOSS',
          'BINDING',
        ],
        posture.meshes.map(m => [
          m.entityRef,
          String(m.clusters.length),
          m.report.score.toFixed(1),
          sealText(m.report),
          m.report.seal.provisional ? 'yes' : 'no',
          m.survivesLossOfAnyProvider ? 'yes' : 'no',
          list(m.report.seal.binding),
        ]),
      ),
    );
  }
  if (gate.minSeal !== undefined) {
    out.push('');
    if (gate.passed) {
      out.push(
        `PASSED: ${clusters(posture.clusters.length)} at SEAL-${
          gate.minSeal
        } or above.`,
      );
    } else {
      out.push(
        `FAILED: ${gate.failing.length} of ${clusters(
          posture.clusters.length,
        )} below SEAL-${gate.minSeal}. Binding criteria:`,
        '',
        gate.failing.map(failureText).join('\n\n'),
      );
    }
  }
  return `${out.join('\n')}\n`;
}
