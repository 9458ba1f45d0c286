import { CriterionDefinition } from '../criterion';
import { recordOf } from '../evidenceRecords';
import { answer } from './answers';
import { evaluateProviderLevel, ProviderLevelOptions } from './providerLevel';

const SC_7_01_ANSWERS = [
  answer('secnumcloud-or-eucs-high', 'SecNumCloud 3.2 or EUCS high', 1, 4),
  answer(
    'c5-type2-or-eucs-substantial',
    'BSI C5 Type 2 or EUCS substantial',
    0.75,
    3,
  ),
  answer('iso-27001', 'ISO/IEC 27001 (27017/27018)', 0.5, 2),
  answer('self-declaration', 'Self-declaration / CSA STAR level 1', 0.25, 1),
  answer('none', 'None', 0, 1),
];

const PROVIDER_CERTIFICATION: ProviderLevelOptions<'certification'> = {
  fact: 'certification',
  share: 'capacity',
  answers: SC_7_01_ANSWERS,
  answerFor: value => value,
};

/** SC-7.01 — CSF SOV-7.1 ladder; the scheme → rung mapping is the model's. */
export const providerCertification: CriterionDefinition = {
  id: 'SC-7.01',
  objective: 'SOV-7',
  title: 'Provider security certification of the service used',
  csfRefs: ['SOV-7.1'],
  mapping: 'direct',
  frameworkReference:
    'CSF v1.2.1 SOV-7.1 security certification (scheme mapping: sovereignty model §5.3)',
  reads: ['nodes', 'provider.certification'],
  maxPoints: 40,
  answers: SC_7_01_ANSWERS,
  remediation:
    "Use the provider's certified service lines; require C5 Type 2 / SecNumCloud in contracts",
  providerShare: 'capacity',
  evaluate: context => evaluateProviderLevel(context, PROVIDER_CERTIFICATION),
};

/** SC-7.02 — CSF SOV-7.4. */
export const securityMonitoring: CriterionDefinition = {
  id: 'SC-7.02',
  objective: 'SOV-7',
  title: 'Security monitoring under customer control in the EU',
  csfRefs: ['SOV-7.4'],
  mapping: 'direct',
  frameworkReference: 'CSF v1.2.1 SOV-7.4 control over security monitoring',
  reads: ['monitoring'],
  maxPoints: 30,
  answers: [
    answer(
      'immutable-eu-customer',
      'Immutable logs, EU-only, customer-controlled',
      1,
      4,
    ),
    answer('customer-eu', 'Full direct access, EU-stored', 0.75, 3),
    answer('provider-portal', 'Basic provider portal', 0.5, 1),
    answer('reports', 'Periodic reports', 0.25, 1),
    answer('provider-only', 'Provider retains control', 0, 0),
  ],
  remediation: 'Self-host Loki/OpenSearch with object lock on EU storage',
  evaluate: ({ evidence }) => {
    const records = [recordOf('monitoring', evidence.monitoring)];
    const value = evidence.monitoring.value;
    if (value === null) return { kind: 'unknown', evidence: records };
    return { kind: 'answer', answer: value, evidence: records };
  },
};

/** SC-7.03 — CSF SOV-7.6 with the scs-0210-v2 thresholds. */
export const patchAutonomy: CriterionDefinition = {
  id: 'SC-7.03',
  objective: 'SOV-7',
  title: 'Patch & upgrade autonomy',
  csfRefs: ['SOV-7.6'],
  mapping: 'direct',
  frameworkReference:
    'CSF v1.2.1 SOV-7.6 maintenance autonomy; SCS scs-0210-v2',
  reads: ['patching'],
  maxPoints: 20,
  answers: [
    answer('current-customer-timed', 'Current and customer-timed', 1, 4),
    answer(
      'supported-provider-timed',
      'Supported, provider-timed windows',
      0.75,
      4,
    ),
    answer('supported-lagging', 'Supported but lagging', 0.5, 4),
    answer('end-of-life', 'End of life', 0, 1),
  ],
  remediation: 'Upgrade; automate per scs-0210-v2 thresholds',
  evaluate: ({ evidence }) => {
    const records = [recordOf('patching', evidence.patching)];
    const p = evidence.patching.value;
    if (p === null) return { kind: 'unknown', evidence: records };
    let key = 'end-of-life';
    if (p.supported && !p.current) key = 'supported-lagging';
    if (p.supported && p.current) {
      key =
        p.timing === 'customer'
          ? 'current-customer-timed'
          : 'supported-provider-timed';
    }
    return { kind: 'answer', answer: key, evidence: records };
  },
};

/** SC-7.04 — CSF SOV-7.2 by analogy (inert), scs-0217: share of checks passed. */
export const hardeningBaseline: CriterionDefinition = {
  id: 'SC-7.04',
  objective: 'SOV-7',
  title: 'Hardening baseline',
  csfRefs: ['SOV-7.2'],
  mapping: 'analogous',
  frameworkReference:
    'CSF v1.2.1 SOV-7.2 (analogous, score only); SCS scs-0217',
  reads: ['hardening'],
  maxPoints: 10,
  answers: [answer('share', 'Share of hardening checks passed', 1, null)],
  remediation: 'Enforce PSA Baseline/Restricted; default-deny policies',
  evaluate: ({ evidence }) => {
    const records = [recordOf('hardening', evidence.hardening)];
    const h = evidence.hardening.value;
    if (h === null || h.total <= 0)
      return { kind: 'unknown', evidence: records };
    return {
      kind: 'computed',
      credit: Math.min(1, Math.max(0, h.passed / h.total)),
      cap: null,
      partlyUnknown: false,
      evidence: records,
      detail: `${h.passed} of ${h.total} checks passed`,
    };
  },
};
