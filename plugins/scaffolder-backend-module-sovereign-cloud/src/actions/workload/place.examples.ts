import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** A stateful ledger: EU only, data in the EU, survives the loss of a provider. The tests run it. */
export const ledgerWorkload = {
  name: 'ledger',
  namespace: 'payments',
  replicas: 6,
  resources: { cpuMilli: 250, memoryMiB: 512 },
  volumes: [
    {
      name: 'data',
      sizeGiB: 20,
      mountPath: '/var/lib/ledger',
      storage: { replication: 2 },
    },
  ],
  placement: {
    replicaScheduling: {
      replicaSchedulingType: 'Divided',
      replicaDivisionPreference: 'Weighted',
    },
  },
  sovereignty: {
    allowedJurisdictions: ['EU'],
    dataResidency: ['EU'],
    survivesProviderLoss: { minReplicas: 3 },
  },
  template: {
    image: 'registry.example.eu/payments/ledger:1.4.2',
    ports: [{ name: 'http', containerPort: 8080, servicePort: 80 }],
    env: [
      { name: 'LOG_LEVEL', value: 'info' },
      {
        name: 'DB_PASSWORD',
        secretRef: { name: 'ledger-db', key: 'password' },
      },
    ],
  },
};

export const examples: TemplateExample[] = [
  {
    description:
      'Plan a ledger of 6 replicas over EU clusters, its data in the EU, surviving the loss of any one provider',
    example: yaml.stringify({
      steps: [
        {
          id: 'place',
          action: 'sovereign-cloud:workload:place',
          name: 'Plan the placement',
          input: { workload: ledgerWorkload },
        },
      ],
    }),
  },
  {
    description:
      'Plan a frontend over the production clusters of namespace platform only, at least SEAL-2, never on AWS',
    example: yaml.stringify({
      steps: [
        {
          id: 'place',
          action: 'sovereign-cloud:workload:place',
          name: 'Plan the placement',
          input: {
            workload: {
              name: 'frontend',
              replicas: 4,
              placement: {
                spreadConstraints: [
                  { spreadByField: 'provider', minGroups: 2 },
                ],
                replicaScheduling: {
                  replicaSchedulingType: 'Divided',
                  replicaDivisionPreference: 'Weighted',
                },
              },
              sovereignty: {
                minimumSeal: 'SEAL-2',
                excludedProviders: ['aws'],
              },
            },
            fleet: {
              namespaces: ['platform'],
              labels: { 'sovereign-cloud.io/lifecycle': 'production' },
            },
          },
        },
      ],
    }),
  },
];
