import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Exit drill for Hetzner: what moves where, what cannot move and why',
    example: yaml.stringify({
      steps: [
        {
          id: 'exit',
          action: 'sovereign-cloud:provider:exit-plan',
          name: 'Plan the exit',
          input: { provider: 'cloudprovider:default/hetzner' },
        },
      ],
    }),
  },
  {
    description:
      'Exit drill for the provider picked in the form, over the clusters of namespace platform',
    example: yaml.stringify({
      steps: [
        {
          id: 'exit',
          action: 'sovereign-cloud:provider:exit-plan',
          name: 'Plan the exit',
          input: {
            provider: '${{ parameters.provider }}',
            fleet: { namespaces: ['platform'] },
          },
        },
      ],
    }),
  },
];
