import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';
import { hetznerRequest } from './plan.examples';

export const examples: TemplateExample[] = [
  {
    description:
      'Apply a Hetzner cluster to the management cluster mgmt-fra and wait up to 30 minutes for it to be Ready',
    example: yaml.stringify({
      steps: [
        {
          id: 'provision',
          action: 'sovereign-cloud:cluster:provision',
          name: 'Provision the cluster',
          input: {
            request: hetznerRequest,
            mode: 'apply',
            managementCluster: 'mgmt-fra',
            wait: { conditions: ['Ready'], timeoutSeconds: 1800 },
          },
        },
      ],
    }),
  },
  {
    description:
      'Write the GitOps files of a cluster into the workspace and open a pull request with them',
    example: yaml.stringify({
      steps: [
        {
          id: 'provision',
          action: 'sovereign-cloud:cluster:provision',
          name: 'Write the cluster files',
          input: {
            request: hetznerRequest,
            mode: 'gitops',
            targetPath: 'clusters/hetzner-eu-prod',
          },
        },
        {
          id: 'publish',
          action: 'publish:github:pull-request',
          name: 'Open a pull request',
          input: {
            repoUrl: 'github.com?owner=platform&repo=fleet',
            branchName: 'provision-hetzner-eu-prod',
            title: 'Provision hetzner-eu-prod',
            description: 'Cluster files from sovereign-cloud:cluster:provision',
          },
        },
      ],
    }),
  },
];
