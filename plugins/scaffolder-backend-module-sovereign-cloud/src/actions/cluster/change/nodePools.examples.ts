import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Scale pool fsn-workers of hetzner-eu-prod to 5 nodes and add an edge pool in a private data centre, joined over the overlay',
    example: yaml.stringify({
      steps: [
        {
          id: 'pools',
          action: 'sovereign-cloud:cluster:node-pools',
          name: 'Change node pools',
          input: {
            cluster: 'sovereigncluster:default/hetzner-eu-prod',
            managementCluster: 'mgmt',
            scale: [{ name: 'fsn-workers', count: 5 }],
            add: [
              {
                name: 'edge',
                provider: 'private-dc',
                location: 'muc-dc1',
                machineType: 'r640',
                count: 2,
              },
            ],
          },
        },
      ],
    }),
  },
];
