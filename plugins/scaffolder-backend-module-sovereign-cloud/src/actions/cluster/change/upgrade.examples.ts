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
  {
    description:
      'Upgrade a cluster managed through GitOps: commits its changed files to the repository of sovereignCloud.provisioning.gitops',
    example: yaml.stringify({
      steps: [
        {
          id: 'upgrade',
          action: 'sovereign-cloud:cluster:upgrade',
          name: 'Upgrade Kubernetes (GitOps)',
          input: {
            cluster: 'sovereigncluster:default/eu-prod-1',
            kubernetesVersion: 'v1.34.1',
            mode: 'gitops',
            targetPath: 'clusters/eu-prod-1',
          },
        },
      ],
    }),
  },
];
