import { CriterionDefinition } from '../criterion';
import { survivesLossOfAnyProviderIn } from '../continuity';
import { ControlJurisdiction } from '../evidence';
import { recordOf } from '../evidenceRecords';
import { answer } from './answers';
import { evaluateProviderLevel, ProviderLevelOptions } from './providerLevel';

const SC_1_01_ANSWERS = [
  answer('entirely-eu', 'Controlled entirely within the EU/EEA', 1, 4),
  answer('mostly-eu', 'Controlled mostly within the EU/EEA', 0.67, 3),
  answer('mostly-non-eu', 'Controlled mostly outside the EU/EEA', 0.33, 1),
  answer('non-eu', 'Controlled entirely outside the EU/EEA', 0, 1),
];

const SC_1_01_ANSWER_FOR: Record<ControlJurisdiction, string> = {
  'eu-eea': 'entirely-eu',
  'mostly-eu': 'mostly-eu',
  'mostly-non-eu': 'mostly-non-eu',
  'non-eu': 'non-eu',
};

const PROVIDERS_CONTROLLED_IN_EU: ProviderLevelOptions<'controlJurisdiction'> =
  {
    fact: 'controlJurisdiction',
    share: 'capacity',
    answers: SC_1_01_ANSWERS,
    answerFor: value => SC_1_01_ANSWER_FOR[value],
  };

/** SC-1.01 — CSF SOV-1.1, per provider, capacity-weighted, worst cap. */
export const providersControlledInEu: CriterionDefinition = {
  id: 'SC-1.01',
  objective: 'SOV-1',
  title: 'Providers are controlled from within the EU/EEA',
  csfRefs: ['SOV-1.1'],
  mapping: 'direct',
  frameworkReference: 'CSF v1.2.1 SOV-1.1 EU/EEA legal entity control',
  reads: ['nodes', 'persistentData', 'backups', 'provider.controlJurisdiction'],
  maxPoints: 40,
  answers: SC_1_01_ANSWERS,
  remediation:
    'Move control plane and persistent data to EU-controlled providers',
  providerShare: 'capacity',
  evaluate: context =>
    evaluateProviderLevel(context, PROVIDERS_CONTROLLED_IN_EU),
};

const SC_1_02_ANSWERS = [
  answer('eu-anchored', 'EU-anchored owner', 1, null),
  answer('eu-listed-free-float', 'EU-listed, free float', 0.75, null),
  answer('non-eu-financial-owner', 'Non-EU financial owner', 0.5, null),
  answer('non-eu-parent', 'Non-EU parent', 0, null),
];

const CHANGE_OF_CONTROL_EXPOSURE: ProviderLevelOptions<'ownership'> = {
  fact: 'ownership',
  share: 'capacity',
  answers: SC_1_02_ANSWERS,
  answerFor: value => value,
};

/** SC-1.02 — CSF SOV-1.2/1.4, inert (score only). */
export const changeOfControlExposure: CriterionDefinition = {
  id: 'SC-1.02',
  objective: 'SOV-1',
  title: 'Change-of-control & financing exposure',
  csfRefs: ['SOV-1.2', 'SOV-1.4'],
  mapping: 'direct',
  frameworkReference:
    'CSF v1.2.1 SOV-1.2 change-of-control risk, SOV-1.4 financial independence (score only)',
  reads: ['nodes', 'provider.ownership'],
  maxPoints: 20,
  answers: SC_1_02_ANSWERS,
  remediation: 'Prefer providers with stable EU ownership; keep an exit plan',
  providerShare: 'capacity',
  evaluate: context =>
    evaluateProviderLevel(context, CHANGE_OF_CONTROL_EXPOSURE),
};

/** SC-1.03 — CSF SOV-1.8 by analogy: survive the withdrawal of any one provider. */
export const survivesProviderWithdrawal: CriterionDefinition = {
  id: 'SC-1.03',
  objective: 'SOV-1',
  title: 'Cluster survives withdrawal of any single provider',
  csfRefs: ['SOV-1.8'],
  mapping: 'analogous',
  frameworkReference:
    'CSF v1.2.1 SOV-1.8 resilience to cut-off (analogous; bottom answer capped at SEAL-1 instead of SEAL-0 because the customer keeps manifests and backups)',
  reads: ['nodes', 'controlPlane', 'backups', 'exit'],
  maxPoints: 40,
  answers: [
    answer('survives', 'Quorum survives and capacity on ≥ 2 providers', 1, 4),
    answer(
      'partial',
      'Multi-provider without provider-loss quorum, or single provider with tested off-provider restore',
      0.5,
      2,
    ),
    answer(
      'single-provider',
      'Single provider without off-provider copy',
      0,
      1,
    ),
  ],
  remediation:
    'Add an etcd member (or a third provider/site) so no provider holds a quorum; back up to a second provider',
  evaluate: ({ evidence, topology }) => {
    const records = [
      recordOf('nodes', evidence.nodes),
      recordOf('controlPlane', evidence.controlPlane),
      recordOf('backups', evidence.backups),
      recordOf('exit', evidence.exit),
    ];
    const nodes = topology.nodes;
    const cp = evidence.controlPlane.value;
    if (nodes === null || cp === null)
      return { kind: 'unknown', evidence: records };
    const facts = topology.nodeFacts;
    const workersOnTwo = facts.workerProviders.length >= 2;
    if (!cp.managed && survivesLossOfAnyProviderIn(facts)) {
      return { kind: 'answer', answer: 'survives', evidence: records };
    }
    if (workersOnTwo) {
      return {
        kind: 'answer',
        answer: 'partial',
        evidence: records,
        detail:
          'Losing the provider with most control-plane members loses etcd quorum',
      };
    }
    const backups = evidence.backups.value;
    const exit = evidence.exit.value;
    const managedBy = cp.managed && cp.provider ? cp.provider : undefined;
    const offProviderCopy = (backups ?? []).some(b =>
      managedBy !== undefined
        ? b.provider !== managedBy
        : !facts.controlPlaneByProvider.has(b.provider),
    );
    if (offProviderCopy && exit?.restoreTestedElsewhere) {
      return { kind: 'answer', answer: 'partial', evidence: records };
    }
    if (backups === null || exit === null) {
      return {
        kind: 'unknown',
        evidence: records,
        detail: 'Backup targets or restore tests not evidenced',
      };
    }
    return { kind: 'answer', answer: 'single-provider', evidence: records };
  },
};
