import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';
import { ledgerWorkload } from './place.examples';

export const examples: TemplateExample[] = [
  {
    description:
      'Deploy the ledger through Karmada: a PropagationPolicy limited to the allowed clusters, applied to the Karmada API server karmada-eu',
    example: yaml.stringify({
      steps: [
        {
          id: 'deploy',
          action: 'sovereign-cloud:workload:deploy',
          name: 'Deploy the workload',
          input: {
            workload: ledgerWorkload,
            engine: 'karmada',
            karmada: { cluster: 'karmada-eu' },
          },
        },
      ],
    }),
  },
  {
    description:
      'Write an Argo CD ApplicationSet and the per-cluster files into the workspace and open a pull request with them',
    example: yaml.stringify({
      steps: [
        {
          id: 'deploy',
          action: 'sovereign-cloud:workload:deploy',
          name: 'Render the workload for Argo CD',
          input: {
            workload: ledgerWorkload,
            engine: 'argocd',
            argocd: {
              repoURL: 'https://git.example.eu/platform/workloads.git',
              path: 'workloads/payments/ledger',
            },
          },
        },
        {
          id: 'publish',
          action: 'publish:github:pull-request',
          name: 'Open a pull request',
          input: {
            repoUrl: 'github.com?owner=platform&repo=workloads',
            branchName: 'deploy-ledger',
            title: 'Deploy ledger',
            description: '${{ steps.deploy.output.summary }}',
          },
        },
      ],
    }),
  },
  {
    description:
      'Server-side apply the ledger to each chosen cluster directly (each SovereignCluster names its configured cluster with sovereign-cloud.io/kubernetes-cluster)',
    example: yaml.stringify({
      steps: [
        {
          id: 'deploy',
          action: 'sovereign-cloud:workload:deploy',
          name: 'Deploy the workload',
          input: { workload: ledgerWorkload, engine: 'direct' },
        },
      ],
    }),
  },
];
