import { ProviderExitPlan } from '@sovereign-cloud/plugin-sovereign-cloud-common';

const ionos = {
  cluster: 'ionos-fra-prod',
  entityRef: 'sovereigncluster:default/ionos-fra-prod',
  provider: 'ionos',
};
const scaleway = {
  cluster: 'scaleway-par-prod',
  entityRef: 'sovereigncluster:default/scaleway-par-prod',
  provider: 'scaleway',
};
const aws = {
  cluster: 'aws-fra-legacy',
  entityRef: 'sovereigncluster:default/aws-fra-legacy',
  provider: 'aws',
};

/** An exit from IONOS: one workload moves, one cannot (its data must stay in Germany), one is unaffected. */
export function exitPlan(): ProviderExitPlan {
  return {
    provider: 'ionos',
    clustersLeft: ['sovereigncluster:default/ionos-fra-prod'],
    workloads: [
      {
        entityRef: 'component:default/legacy-billing',
        name: 'legacy-billing',
        source: 'catalog',
        status: 'unaffected',
        before: [{ ...aws, replicas: 2 }],
        after: [{ ...aws, replicas: 2 }],
        movingReplicas: 0,
        problems: [],
      },
      {
        entityRef: 'component:default/payments-api',
        name: 'payments-api',
        source: 'catalog',
        status: 'moves',
        before: [
          { ...ionos, replicas: 2 },
          { ...scaleway, replicas: 2 },
        ],
        after: [{ ...scaleway, replicas: 4 }],
        movingReplicas: 2,
        problems: [],
      },
      {
        entityRef: 'component:default/ledger',
        name: 'ledger',
        source: 'catalog',
        status: 'cannot-move',
        before: [{ ...ionos, replicas: 3 }],
        after: [],
        movingReplicas: 3,
        blocker: 'storage',
        reason: 'DataResidency: no remaining cluster keeps data in DE',
        problems: [
          'sovereign-cloud.io/volume-size: must be a size like 100Gi, got "big"',
        ],
      },
    ],
    summary: { unaffected: 1, moves: 1, cannotMove: 1 },
    posture: {
      before: {
        clusters: 3,
        providers: ['aws', 'ionos', 'scaleway'],
        averageScore: 61.3,
        sealCounts: {
          'SEAL-0': 0,
          'SEAL-1': 1,
          'SEAL-2': 0,
          'SEAL-3': 2,
          'SEAL-4': 0,
        },
      },
      after: {
        clusters: 2,
        providers: ['aws', 'scaleway'],
        averageScore: 52.5,
        sealCounts: {
          'SEAL-0': 0,
          'SEAL-1': 1,
          'SEAL-2': 0,
          'SEAL-3': 1,
          'SEAL-4': 0,
        },
      },
    },
  };
}
