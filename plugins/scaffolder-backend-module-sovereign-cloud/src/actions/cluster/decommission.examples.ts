import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Decommission a cluster managed by Cluster API: delete its Cluster in the management cluster the entity names; its ClusterMesh slot is freed once the Cluster is gone',
    example: yaml.stringify({
      steps: [
        {
          id: 'decommission',
          action: 'sovereign-cloud:cluster:decommission',
          name: 'Decommission the cluster',
          input: {
            cluster: 'sovereigncluster:default/hetzner-eu-prod',
            confirm: 'hetzner-eu-prod',
          },
        },
      ],
    }),
  },
  {
    description:
      'Decommission a cluster through the GitOps repository: remove its directory with one commit, Flux or Argo CD deletes the objects',
    example: yaml.stringify({
      steps: [
        {
          id: 'decommission',
          action: 'sovereign-cloud:cluster:decommission',
          name: 'Remove the cluster files',
          input: {
            cluster: 'sovereigncluster:default/hetzner-eu-prod',
            confirm: 'hetzner-eu-prod',
            mode: 'gitops',
            targetPath: 'clusters/hetzner-eu-prod',
          },
        },
      ],
    }),
  },
];
