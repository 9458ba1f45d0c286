import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Upgrade hetzner-eu-prod to Kubernetes v1.34.1 on management cluster mgmt (one minor up)',
    example: yaml.stringify({
      steps: [
        {
          id: 'upgrade',
          action: 'sovereign-cloud:cluster:upgrade',
          name: 'Upgrade Kubernetes',
          input: {
            cluster: 'sovereigncluster:default/hetzner-eu-prod',
            kubernetesVersion: 'v1.34.1',
            managementCluster: 'mgmt',
          },
        },
      ],
    }),
  },
];
