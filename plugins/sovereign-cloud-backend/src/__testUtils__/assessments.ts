import {
  Seal,
  SOVEREIGNTY_OBJECTIVES,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { StoredAssessment } from '../assessment/types';

/** A stored assessment with the given posture; evidence and report are placeholders. */
export function storedAssessment(
  entityRef: string,
  options: {
    assessedAt: string;
    score?: number;
    seal?: Seal;
    profile?: string;
    status?: StoredAssessment['summary']['evidenceStatus'];
  },
): StoredAssessment {
  return {
    entityRef,
    fingerprint: 'f'.repeat(64),
    profile: options.profile ?? 'csf-v1.2.1',
    assessedAt: options.assessedAt,
    summary: {
      providers: ['ionos'],
      countries: ['DE'],
      vcpu: 24,
      vcpuByProvider: { ionos: 24 },
      score: options.score ?? 50,
      seal: options.seal ?? 2,
      provisional: true,
      binding: ['SC-5.01'],
      objectiveScores: Object.fromEntries(
        SOVEREIGNTY_OBJECTIVES.map(o => [o, 0.5]),
      ) as StoredAssessment['summary']['objectiveScores'],
      evidenceStatus: options.status ?? 'observed',
    },
    state: {
      cluster: entityRef,
      status: options.status ?? 'observed',
      probes: [],
    },
    observed: {},
    evidence: { cluster: entityRef } as StoredAssessment['evidence'],
    report: { subject: entityRef } as StoredAssessment['report'],
  };
}
