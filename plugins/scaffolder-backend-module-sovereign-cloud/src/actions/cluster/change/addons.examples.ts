import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Keep two storage replicas of hetzner-eu-prod and send its metrics to the fleet receiver',
    example: yaml.stringify({
      steps: [
        {
          id: 'addons',
          action: 'sovereign-cloud:cluster:addons',
          name: 'Change add-ons',
          input: {
            cluster: 'sovereigncluster:default/hetzner-eu-prod',
            managementCluster: 'mgmt',
            storage: { replication: 2 },
            observability: {
              remoteWrite: {
                url: 'https://metrics.fleet.example.eu/api/v1/write',
              },
            },
          },
        },
      ],
    }),
  },
];
