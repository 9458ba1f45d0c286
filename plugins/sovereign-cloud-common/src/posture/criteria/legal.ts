import { CriterionDefinition } from '../criterion';
import { recordOf } from '../evidenceRecords';
import { answer } from './answers';
import { evaluateProviderLevel, ProviderLevelOptions } from './providerLevel';

const SC_2_01_ANSWERS = [
  answer('verified-immunity', 'Verified legal immunity', 1, 4),
  answer('eu-structural', 'EU-controlled, no non-EU group operations', 0.75, 2),
  answer(
    'eu-with-non-eu-subsidiaries',
    'EU-controlled, with operating entities outside the EU',
    0.75,
    2,
  ),
  answer(
    'non-eu-parent-eu-structure',
    'EU entities of a non-EU parent',
    0.5,
    1,
  ),
  answer('non-eu-parent', 'Standard region of a non-EU provider', 0.25, 1),
];

const EXTRATERRITORIAL_EXPOSURE: ProviderLevelOptions<'exposure'> = {
  fact: 'exposure',
  share: 'data',
  answers: SC_2_01_ANSWERS,
  answerFor: value => value,
};

/** SC-2.01 — CSF SOV-2.2 + 2.3; data-bearing, so weighted by persistent data. */
export const extraterritorialExposure: CriterionDefinition = {
  id: 'SC-2.01',
  objective: 'SOV-2',
  title: 'Exposure of infrastructure providers to extraterritorial law',
  csfRefs: ['SOV-2.2', 'SOV-2.3'],
  mapping: 'direct',
  frameworkReference:
    'CSF v1.2.1 SOV-2.2 extraterritorial laws, SOV-2.3 data-access pathways',
  reads: ['nodes', 'persistentData', 'backups', 'provider.exposure'],
  maxPoints: 50,
  answers: SC_2_01_ANSWERS,
  remediation:
    'Use SecNumCloud-qualified / Gaia-X L3 services (later: CADA L4) or record a legal assessment; keep persistent data off non-EU-parent providers',
  providerShare: 'data',
  evaluate: context =>
    evaluateProviderLevel(context, EXTRATERRITORIAL_EXPOSURE),
};

/** SC-2.02 — CSF SOV-2.3 by analogy: who can become cluster-admin. */
export const administrationPaths: CriterionDefinition = {
  id: 'SC-2.02',
  objective: 'SOV-2',
  title: 'No non-EU-controlled path to cluster administration',
  csfRefs: ['SOV-2.3'],
  mapping: 'analogous',
  frameworkReference: 'CSF v1.2.1 SOV-2.3 data-access pathways (analogous)',
  reads: ['administration'],
  maxPoints: 30,
  answers: [
    answer('all-eu', 'All authentication paths EU-controlled', 1, 4),
    answer(
      'non-eu-unprivileged',
      'Non-EU-controlled path only for non-privileged identities (or an EU entity of a non-EU group)',
      0.5,
      1,
    ),
    answer(
      'non-eu-admin',
      'Non-EU IdP or provider IAM can obtain cluster-admin',
      0,
      1,
    ),
  ],
  remediation:
    'Self-host or use an EU IdP (e.g. Keycloak/Dex); remove non-EU IAM admin mappings; break-glass via offline client certificates',
  evaluate: ({ evidence }) => {
    const records = [recordOf('administration', evidence.administration)];
    const paths = evidence.administration.value;
    if (paths === null || paths.length === 0) {
      return { kind: 'unknown', evidence: records };
    }
    if (paths.some(p => p.control === 'non-eu' && p.privileged)) {
      return { kind: 'answer', answer: 'non-eu-admin', evidence: records };
    }
    if (paths.some(p => p.control !== 'eu')) {
      return {
        kind: 'answer',
        answer: 'non-eu-unprivileged',
        evidence: records,
      };
    }
    return { kind: 'answer', answer: 'all-eu', evidence: records };
  },
};

const SC_2_03_ANSWERS = [
  answer('eu', 'EU law and venue only', 1, 4),
  answer('mixed', 'Mixed', 0.5, 1),
  answer('non-eu', 'Non-EU law', 0, 1),
];

const CONTRACT_LAW: ProviderLevelOptions<'contractLaw'> = {
  fact: 'contractLaw',
  share: 'capacity',
  answers: SC_2_03_ANSWERS,
  answerFor: value => value,
};

/** SC-2.03 — CSF SOV-2.1. */
export const contractLaw: CriterionDefinition = {
  id: 'SC-2.03',
  objective: 'SOV-2',
  title: 'Provider contracts under EU law and venue',
  csfRefs: ['SOV-2.1'],
  mapping: 'direct',
  frameworkReference: 'CSF v1.2.1 SOV-2.1 primary legal jurisdiction',
  reads: ['nodes', 'provider.contractLaw'],
  maxPoints: 20,
  answers: SC_2_03_ANSWERS,
  remediation: 'Negotiate EU governing law/venue',
  providerShare: 'capacity',
  evaluate: context => evaluateProviderLevel(context, CONTRACT_LAW),
};
