import { CriterionDefinition } from '../criterion';
import { ManagedOperations, OperatingTeam } from '../evidence';
import { isUsableFact, providerRecordOf, recordOf } from '../evidenceRecords';
import { answer } from './answers';

/** SC-4.01 — CSF SOV-4.1. */
export const exitReadiness: CriterionDefinition = {
  id: 'SC-4.01',
  objective: 'SOV-4',
  title: 'Portability / exit readiness',
  csfRefs: ['SOV-4.1'],
  mapping: 'direct',
  frameworkReference: 'CSF v1.2.1 SOV-4.1 portability',
  reads: ['nodes', 'exit', 'provider.controlJurisdiction'],
  maxPoints: 30,
  answers: [
    answer('multi-eu-provider', 'Already on ≥ 2 EU-controlled providers', 1, 4),
    answer('tested-migration', 'Documented, tested migration', 0.75, 4),
    answer(
      'standard-export',
      'Standard export, but provider-specific dependencies',
      0.5,
      4,
    ),
    answer('best-effort', 'Best effort', 0.25, 1),
    answer('none', 'None', 0, 1),
  ],
  remediation:
    'Replace provider-specific annotations/CRDs with portable equivalents; test restores on a second provider',
  evaluate: ({ evidence, topology, providers }) => {
    let records = [
      recordOf('nodes', evidence.nodes),
      recordOf('exit', evidence.exit),
    ];
    if (topology.nodes !== null) {
      let euWorkerProviders = 0;
      const providerRecords = topology.nodeFacts.workerProviders.map(id => {
        const fact = providers.get(id)?.controlJurisdiction;
        if (isUsableFact(fact) && fact.value === 'eu-eea') euWorkerProviders++;
        return providerRecordOf(id, 'controlJurisdiction', fact);
      });
      records = records.concat(providerRecords);
      if (euWorkerProviders >= 2) {
        return {
          kind: 'answer',
          answer: 'multi-eu-provider',
          evidence: records,
        };
      }
    }
    const exit = evidence.exit.value;
    if (exit === null) return { kind: 'unknown', evidence: records };
    if (exit.restoreTestedElsewhere) {
      return { kind: 'answer', answer: 'tested-migration', evidence: records };
    }
    const key = exit.gitops || exit.backups ? 'standard-export' : 'best-effort';
    return { kind: 'answer', answer: key, evidence: records };
  },
};

const MANAGED_OPERATIONS_ANSWER: Record<ManagedOperations, string> = {
  'eu-only-staff': 'eu-staff',
  'eu-resident-staff': 'eu-staff',
  mixed: 'mixed',
  global: 'global',
};
const OPERATING_TEAM_ANSWER: Record<OperatingTeam, string> = {
  'customer-eu': 'customer-eu',
  'customer-mixed': 'mixed',
  'customer-non-eu': 'non-eu',
};
const DECIDED_BY_TEAM = Object.freeze(['operatingTeam']);

/** SC-4.02 — CSF SOV-4.2 / 4.4. */
export const controlPlaneOperators: CriterionDefinition = {
  id: 'SC-4.02',
  objective: 'SOV-4',
  title: 'Who operates the control plane',
  csfRefs: ['SOV-4.2', 'SOV-4.4'],
  mapping: 'direct',
  frameworkReference:
    'CSF v1.2.1 SOV-4.2 operation without foreign dependency, SOV-4.4 support channels',
  reads: ['controlPlane', 'operatingTeam', 'provider.managedOperations'],
  maxPoints: 30,
  answers: [
    answer('customer-eu', "Customer's EU team", 1, 4),
    answer(
      'eu-staff',
      'EU provider with EU-only staff, or EU-resident staff of a sovereign partition',
      0.75,
      3,
    ),
    answer('mixed', 'Mixed', 0.5, 3),
    answer('global', 'Hyperscaler with global operations', 0.25, 1),
    answer('non-eu', 'Non-EU team', 0, 1),
  ],
  remediation:
    'Self-manage (e.g. Cluster API, Gardener, Talos) or choose an EU-operated KaaS',
  evaluate: ({ evidence, providers }) => {
    const controlPlane = recordOf('controlPlane', evidence.controlPlane);
    const cp = evidence.controlPlane.value;
    if (cp === null) return { kind: 'unknown', evidence: [controlPlane] };
    if (cp.managed) {
      const id = cp.provider ?? '';
      const fact = providers.get(id)?.managedOperations;
      const operations = providerRecordOf(id, 'managedOperations', fact);
      const records = [controlPlane, operations];
      if (!isUsableFact(fact)) return { kind: 'unknown', evidence: records };
      return {
        kind: 'answer',
        answer: MANAGED_OPERATIONS_ANSWER[fact.value],
        evidence: records,
        decidedBy: [operations.name],
      };
    }
    const records = [
      controlPlane,
      recordOf('operatingTeam', evidence.operatingTeam),
    ];
    const team = evidence.operatingTeam.value;
    if (team === null) return { kind: 'unknown', evidence: records };
    return {
      kind: 'answer',
      answer: OPERATING_TEAM_ANSWER[team],
      evidence: records,
      decidedBy: DECIDED_BY_TEAM,
    };
  },
};

/** SC-4.03 — CSF SOV-4.6 by analogy (a privileged agent is an access path). */
export const noNonEuSaas: CriterionDefinition = {
  id: 'SC-4.03',
  objective: 'SOV-4',
  title: 'No non-EU SaaS in the operational path',
  csfRefs: ['SOV-4.6'],
  mapping: 'analogous',
  frameworkReference:
    'CSF v1.2.1 SOV-4.6 subcontractor jurisdiction (analogous; a privileged non-EU agent is treated as a SOV-2.3 access path)',
  reads: ['saasAgents'],
  maxPoints: 20,
  answers: [
    answer('none', 'None, or EU-operated only', 1, 4),
    answer(
      'non-eu-telemetry',
      'Non-EU SaaS, non-privileged telemetry',
      0.25,
      2,
    ),
    answer('privileged-non-eu', 'Privileged non-EU agent', 0, 1),
  ],
  remediation: 'Replace with self-hosted or EU-operated tooling',
  evaluate: ({ evidence }) => {
    const records = [recordOf('saasAgents', evidence.saasAgents)];
    const agents = evidence.saasAgents.value;
    if (agents === null) return { kind: 'unknown', evidence: records };
    const nonEu = agents.filter(a => a.vendorJurisdiction === 'non-eu');
    let key = 'none';
    if (nonEu.some(a => a.privileged)) key = 'privileged-non-eu';
    else if (nonEu.length > 0) key = 'non-eu-telemetry';
    return { kind: 'answer', answer: key, evidence: records };
  },
};
