import { CriterionDefinition } from '../criterion';
import { recordOf } from '../evidenceRecords';
import { answer } from './answers';
import { evaluateProviderLevel, ProviderLevelOptions } from './providerLevel';

/** SC-5.01 — CSF SOV-5.5 by analogy: admission-time signature enforcement. */
export const imageSignatureEnforcement: CriterionDefinition = {
  id: 'SC-5.01',
  objective: 'SOV-5',
  title: 'Admission-time signature/provenance enforcement',
  csfRefs: ['SOV-5.5'],
  mapping: 'analogous',
  frameworkReference:
    'CSF v1.2.1 SOV-5.5 software packaging and distribution (analogous)',
  reads: ['admission'],
  maxPoints: 30,
  answers: [
    answer(
      'enforced-customer-vuln-gate',
      'Enforced with customer-controlled signing and a vulnerability gate',
      1,
      4,
    ),
    answer('enforced-customer', 'Enforced with customer signing', 0.75, 3),
    answer(
      'enforced-upstream',
      'Enforced with upstream signatures only',
      0.5,
      3,
    ),
    answer('audit', 'Audit mode only', 0.25, 1),
    answer('none', 'None', 0, 1),
  ],
  remediation:
    'Sign in an EU pipeline with your keys, enforce `verifyImages`, add vuln gate',
  evaluate: ({ evidence }) => {
    const records = [recordOf('admission', evidence.admission)];
    const admission = evidence.admission.value;
    if (admission === null) return { kind: 'unknown', evidence: records };
    let key = 'none';
    if (admission.signer !== 'none' && admission.mode === 'audit')
      key = 'audit';
    if (admission.signer !== 'none' && admission.mode === 'enforce') {
      if (admission.signer === 'upstream') key = 'enforced-upstream';
      else {
        key = admission.vulnerabilityGate
          ? 'enforced-customer-vuln-gate'
          : 'enforced-customer';
      }
    }
    return { kind: 'answer', answer: key, evidence: records };
  },
};

/** SC-5.02 — CSF SOV-5.6: share of pods from self-hosted or EU registries. */
export const registryDependency: CriterionDefinition = {
  id: 'SC-5.02',
  objective: 'SOV-5',
  title: 'Registry dependency',
  csfRefs: ['SOV-5.6'],
  mapping: 'direct',
  frameworkReference: 'CSF v1.2.1 SOV-5.6 single point of dependency',
  reads: ['registries'],
  maxPoints: 30,
  answers: [
    answer('eu-95', '≥ 95 % of pods from self-hosted or EU registries', 1, 4),
    answer('eu-75', '≥ 75 %', 0.75, 3),
    answer('eu-40', '≥ 40 %', 0.5, 2),
    answer('eu-some', 'Some', 0.25, 1),
    answer('eu-none', 'None', 0, 1),
  ],
  remediation:
    'Harbor (or similar) as proxy cache/mirror in the EU; rewrite image references',
  evaluate: ({ evidence }) => {
    const records = [recordOf('registries', evidence.registries)];
    const registries = evidence.registries.value;
    if (registries === null) return { kind: 'unknown', evidence: records };
    let total = 0;
    let eu = 0;
    for (const r of registries) {
      total += r.pods;
      // Registries of unknown jurisdiction get no credit (a lower bound).
      if (r.jurisdiction === 'self' || r.jurisdiction === 'eu') eu += r.pods;
    }
    if (total <= 0) return { kind: 'unknown', evidence: records };
    const share = eu / total;
    let key = 'eu-none';
    if (share >= 0.95) key = 'eu-95';
    else if (share >= 0.75) key = 'eu-75';
    else if (share >= 0.4) key = 'eu-40';
    else if (share > 0) key = 'eu-some';
    return {
      kind: 'answer',
      answer: key,
      evidence: records,
      detail: `${(share * 100).toFixed(
        0,
      )} % of pods from self-hosted or EU-operated registries`,
    };
  },
};

/** SC-5.03 — plugin-defined, score only (CSF SOV-5.7). */
export const sbomCoverage: CriterionDefinition = {
  id: 'SC-5.03',
  objective: 'SOV-5',
  title: 'SBOM coverage',
  csfRefs: ['SOV-5.7'],
  mapping: 'plugin',
  frameworkReference: 'Plugin-defined, score only (CSF v1.2.1 SOV-5.7)',
  reads: ['sbomCoverage'],
  maxPoints: 20,
  answers: [
    answer('90', '≥ 90 % of running images', 1, null),
    answer('50', '≥ 50 %', 0.5, null),
    answer('less', 'Less', 0, null),
  ],
  remediation: 'Generate SBOMs (Trivy/Syft), attach as attestations',
  evaluate: ({ evidence }) => {
    const records = [recordOf('sbomCoverage', evidence.sbomCoverage)];
    const coverage = evidence.sbomCoverage.value;
    if (coverage === null) return { kind: 'unknown', evidence: records };
    let key = 'less';
    if (coverage >= 0.9) key = '90';
    else if (coverage >= 0.5) key = '50';
    return { kind: 'answer', answer: key, evidence: records };
  },
};

const SC_5_04_ANSWERS = [
  answer('eu-certified', 'EU-certified provenance', 1, 4),
  answer('full', 'Full transparency', 0.75, 3),
  answer('transparent-with-exceptions', 'Transparent with exceptions', 0.5, 3),
  answer('partial', 'Partial disclosure', 0.25, 1),
  answer('none', 'No disclosure', 0, 1),
];

const HARDWARE_PROVENANCE: ProviderLevelOptions<'hardwareProvenance'> = {
  fact: 'hardwareProvenance',
  share: 'capacity',
  answers: SC_5_04_ANSWERS,
  answerFor: value => value,
};

/** SC-5.04 — CSF SOV-5.1–5.3, from the catalogue (unknown by default). */
export const hardwareProvenance: CriterionDefinition = {
  id: 'SC-5.04',
  objective: 'SOV-5',
  title: 'Hardware/firmware provenance of providers',
  csfRefs: ['SOV-5.1', 'SOV-5.2', 'SOV-5.3'],
  mapping: 'direct',
  frameworkReference:
    'CSF v1.2.1 SOV-5.1 origin of components, 5.2 manufacturing, 5.3 firmware',
  reads: ['nodes', 'provider.hardwareProvenance'],
  maxPoints: 20,
  answers: SC_5_04_ANSWERS,
  remediation: 'Request provider disclosure',
  providerShare: 'capacity',
  evaluate: context => evaluateProviderLevel(context, HARDWARE_PROVENANCE),
};
