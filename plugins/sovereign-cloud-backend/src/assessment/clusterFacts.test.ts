import {
  assessCluster,
  createProviderCatalogue,
  defaultCloudProviders,
  evidenceFromEntity,
  providerFactsFromCatalogue,
  validateCustomWeights,
  WEIGHT_PROFILES,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { clusterEntity } from '../__testUtils__/entities';
import { clusterFactsOf, objectiveScoresOf, scoreUnder } from './clusterFacts';

const catalogue = createProviderCatalogue(defaultCloudProviders());
const providers = catalogue.providers.map(p => providerFactsFromCatalogue(p));

describe('scoreUnder', () => {
  const clusters = [
    clusterEntity('a', {
      provider: 'ionos',
      location: 'de/fra',
      storage: true,
    }),
    clusterEntity('b', { provider: 'aws', location: 'eu-central-1' }),
    clusterEntity('c', {
      provider: 'hetzner',
      location: 'fsn1',
      extraPool: { provider: 'scaleway', location: 'fr-par', count: 2 },
    }),
  ];
  const profiles = [
    ...WEIGHT_PROFILES,
    validateCustomWeights({
      weights: { 'SOV-1': 33.3, 'SOV-2': 33.3, 'SOV-3': 33.4 },
    }),
  ];

  it.each(clusters.map(c => [c.metadata.name, c] as const))(
    're-weights cluster %s exactly as the engine scores it',
    (_name, entity) => {
      const evidence = evidenceFromEntity(entity, catalogue);
      const base = assessCluster({ cluster: evidence, providers });
      for (const profile of profiles) {
        const engine = assessCluster({ cluster: evidence, providers, profile });
        expect(scoreUnder(objectiveScoresOf(base), profile)).toBe(engine.score);
      }
    },
  );
});

describe('clusterFactsOf', () => {
  it('lists the primary provider first, countries and worker vCPU per provider', () => {
    const entity = clusterEntity('c', {
      provider: 'hetzner',
      location: 'fsn1',
      workers: 3,
      extraPool: { provider: 'scaleway', location: 'fr-par', count: 2 },
    });
    const facts = clusterFactsOf(
      evidenceFromEntity(entity, catalogue),
      'hetzner',
    );
    expect(facts).toEqual({
      providers: ['hetzner', 'scaleway'],
      countries: ['DE', 'FR'],
      vcpu: 5,
      vcpuByProvider: { hetzner: 3, scaleway: 2 },
    });
  });
});
