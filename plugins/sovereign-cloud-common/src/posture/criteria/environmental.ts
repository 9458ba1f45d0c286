import { CriterionDefinition } from '../criterion';
import { answer } from './answers';
import { evaluateProviderLevel, ProviderLevelOptions } from './providerLevel';

const SC_8_01_ANSWERS = [
  answer('below-1.2-verified', 'PUE < 1.2, EU-verified', 1, 4),
  answer('below-1.3', 'PUE < 1.3', 0.75, 4),
  answer('below-1.5', 'PUE < 1.5 with a roadmap', 0.5, 4),
  answer('below-3', 'PUE < 3', 0.25, 1),
  answer('worse', 'PUE ≥ 3', 0, 1),
];

const ENERGY_EFFICIENCY: ProviderLevelOptions<'pue'> = {
  fact: 'pue',
  share: 'capacity',
  answers: SC_8_01_ANSWERS,
  answerFor: (pue, facts) => {
    if (pue < 1.2 && facts.pue.verification === 'verified') {
      return 'below-1.2-verified';
    }
    if (pue < 1.3) return 'below-1.3';
    if (pue < 1.5) return 'below-1.5';
    return pue < 3 ? 'below-3' : 'worse';
  },
};

/** SC-8.01 — CSF SOV-8.1, from the catalogue (unknown by default). */
export const energyEfficiency: CriterionDefinition = {
  id: 'SC-8.01',
  objective: 'SOV-8',
  title: 'Provider energy efficiency',
  csfRefs: ['SOV-8.1'],
  mapping: 'direct',
  frameworkReference: 'CSF v1.2.1 SOV-8.1 energy efficiency',
  reads: ['nodes', 'provider.pue'],
  maxPoints: 50,
  answers: SC_8_01_ANSWERS,
  remediation: 'Ask providers for site PUE; prefer efficient sites',
  providerShare: 'capacity',
  evaluate: context => evaluateProviderLevel(context, ENERGY_EFFICIENCY),
};

const SC_8_02_ANSWERS = [
  answer('green-eu-only', 'Green energy, EU only', 1, null),
  answer('eu-only', 'EU energy only', 0.75, null),
  answer('mix-eu-non-eu', 'Mix of EU and non-EU supply', 0.5, null),
  answer('non-traceable', 'Not traceable', 0, null),
];

const ENERGY_SOURCING: ProviderLevelOptions<'energy'> = {
  fact: 'energy',
  share: 'capacity',
  answers: SC_8_02_ANSWERS,
  answerFor: value => value,
};

/** SC-8.02 — CSF SOV-8.4 (inert). */
export const energySourcing: CriterionDefinition = {
  id: 'SC-8.02',
  objective: 'SOV-8',
  title: 'Renewable energy sourcing',
  csfRefs: ['SOV-8.4'],
  mapping: 'direct',
  frameworkReference: 'CSF v1.2.1 SOV-8.4 energy supplies (score only)',
  reads: ['nodes', 'provider.energy'],
  maxPoints: 50,
  answers: SC_8_02_ANSWERS,
  remediation: 'Ask providers for the origin of their energy supply',
  providerShare: 'capacity',
  evaluate: context => evaluateProviderLevel(context, ENERGY_SOURCING),
};
