import { CriterionDefinition } from '../criterion';
import { ComponentGovernance, ConformanceEvidence } from '../evidence';
import { recordOf } from '../evidenceRecords';
import { Seal } from '../objectives';
import { answer } from './answers';

const COUPLING_ANSWER: Record<
  ConformanceEvidence['proprietaryCoupling'],
  string
> = {
  none: 'open',
  some: 'standards',
  heavy: 'heavy-coupling',
  'lock-in': 'restricted',
};

/** SC-6.01 — CSF SOV-6.1 / 6.2. */
export const openInterfaces: CriterionDefinition = {
  id: 'SC-6.01',
  objective: 'SOV-6',
  title: 'Conformant Kubernetes and open interfaces',
  csfRefs: ['SOV-6.1', 'SOV-6.2'],
  mapping: 'direct',
  frameworkReference:
    'CSF v1.2.1 SOV-6.1 interoperability, SOV-6.2 open standards; CNCF conformance, SCS KaaS v1',
  reads: ['conformance'],
  maxPoints: 40,
  answers: [
    answer(
      'open',
      'Conformant, SCS checks pass, no proprietary coupling',
      1,
      4,
    ),
    answer('standards', 'Conformant, some provider integrations', 0.75, 3),
    answer(
      'heavy-coupling',
      'Conformant but heavy proprietary coupling',
      0.5,
      2,
    ),
    answer(
      'restricted',
      'Restricted (cannot run without provider APIs)',
      0.25,
      1,
    ),
    answer('non-conformant', 'Not conformant', 0, 0),
  ],
  remediation: 'Run SCS KaaS tests; replace proprietary integrations',
  evaluate: ({ evidence }) => {
    const records = [recordOf('conformance', evidence.conformance)];
    const c = evidence.conformance.value;
    if (c === null) return { kind: 'unknown', evidence: records };
    let key = 'non-conformant';
    if (c.conformant) {
      key = COUPLING_ANSWER[c.proprietaryCoupling];
      if (key === 'open' && !c.scsChecksPass) key = 'standards';
    }
    return { kind: 'answer', answer: key, evidence: records };
  },
};

const GOVERNANCE_CREDIT: Record<ComponentGovernance, number> = {
  'neutral-foundation': 1,
  'eu-governed': 1,
  'eu-contributed': 0.75,
  'single-vendor-oss': 0.5,
  'source-available': 0.25,
  proprietary: 0,
};

/** Caps from critical-path components (CSF SOV-6.3 answers). */
const CRITICAL_PATH_CAP: Record<ComponentGovernance, Seal> = {
  'neutral-foundation': 4,
  'eu-governed': 4,
  'eu-contributed': 4,
  'single-vendor-oss': 3,
  'source-available': 2,
  proprietary: 2,
};

// Looked up by a string from the input: a Map is faster than an object's
// keyed lookup for strings the engine has not seen before (JSON.parse).
const GOVERNANCE: ReadonlyMap<
  string,
  { credit: number; criticalPathCap: Seal }
> = new Map(
  (Object.keys(GOVERNANCE_CREDIT) as ComponentGovernance[]).map(g => [
    g,
    { credit: GOVERNANCE_CREDIT[g], criticalPathCap: CRITICAL_PATH_CAP[g] },
  ]),
);

/** SC-6.02 — CSF SOV-6.3: mean over components; critical path sets the cap. */
export const openSourceStack: CriterionDefinition = {
  id: 'SC-6.02',
  objective: 'SOV-6',
  title: 'Open-source platform stack with neutral/EU governance',
  csfRefs: ['SOV-6.3'],
  mapping: 'direct',
  frameworkReference: 'CSF v1.2.1 SOV-6.3 open-source availability',
  reads: ['components'],
  maxPoints: 40,
  answers: [
    answer('neutral-or-eu', 'All neutral-foundation or EU-governed', 1, 4),
    answer('eu-contributed', 'OSS with EU contributions', 0.75, 4),
    answer(
      'single-vendor-oss',
      'Single-vendor OSS on the critical path',
      0.5,
      3,
    ),
    answer(
      'source-available',
      'Source-available on the critical path',
      0.25,
      2,
    ),
    answer('proprietary', 'Proprietary on the critical path', 0, 2),
  ],
  remediation: 'Prefer CNCF/LF/Eclipse/OpenInfra-governed components',
  evaluate: ({ evidence }) => {
    const records = [recordOf('components', evidence.components)];
    const components = evidence.components.value;
    if (components === null || components.length === 0) {
      return { kind: 'unknown', evidence: records };
    }
    let sum = 0;
    let cap: Seal = 4;
    for (const c of components) {
      const governance = GOVERNANCE.get(c.governance)!;
      sum += governance.credit;
      if (c.criticalPath)
        cap = Math.min(cap, governance.criticalPathCap) as Seal;
    }
    return {
      kind: 'computed',
      credit: sum / components.length,
      cap,
      partlyUnknown: false,
      evidence: records,
      detail: `Mean over ${components.length} components`,
    };
  },
};

/** SC-6.03 — CSF SOV-6.5: N/A without accelerators. */
export const acceleratorDependency: CriterionDefinition = {
  id: 'SC-6.03',
  objective: 'SOV-6',
  title: 'Accelerator dependency',
  csfRefs: ['SOV-6.5'],
  mapping: 'direct',
  frameworkReference: 'CSF v1.2.1 SOV-6.5 HPC sovereignty',
  reads: ['nodes'],
  maxPoints: 20,
  answers: [
    answer('foreign-accelerators', 'EU-hosted foreign accelerators', 0.25, 3),
  ],
  remediation:
    'Informational: accelerators designed outside the EU keep the level at SEAL-3 at most',
  evaluate: ({ evidence, topology }) => {
    const records = [recordOf('nodes', evidence.nodes)];
    if (topology.nodes === null) return { kind: 'unknown', evidence: records };
    if (topology.nodeFacts.acceleratorNodes === 0)
      return { kind: 'na', evidence: records };
    return {
      kind: 'answer',
      answer: 'foreign-accelerators',
      evidence: records,
    };
  },
};
