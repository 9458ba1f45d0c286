import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_SOVEREIGN_CLOUD_CLUSTER,
  getClusterRefsFromAnnotation,
  locationFromNodeLabelValue,
  locationToNodeLabelValue,
} from './annotations';

const component = (value?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments',
    namespace: 'shop',
    annotations:
      value === undefined
        ? {}
        : { [ANNOTATION_SOVEREIGN_CLOUD_CLUSTER]: value },
  },
});

describe('getClusterRefsFromAnnotation', () => {
  it('parses a comma-separated list with the entity namespace as default', () => {
    expect(
      getClusterRefsFromAnnotation(
        component(' eu-prod-1, sovereigncluster:ops/fr-par-2 ,'),
      ),
    ).toEqual({
      refs: [
        { kind: 'SovereignCluster', namespace: 'shop', name: 'eu-prod-1' },
        { kind: 'SovereignCluster', namespace: 'ops', name: 'fr-par-2' },
      ],
      invalid: [],
    });
  });

  it('reports entries of another kind or malformed ones', () => {
    expect(
      getClusterRefsFromAnnotation(component('resource:db, :x, ok')),
    ).toEqual({
      refs: [{ kind: 'SovereignCluster', namespace: 'shop', name: 'ok' }],
      invalid: ['resource:db', ':x'],
    });
  });

  it('returns nothing without the annotation', () => {
    expect(getClusterRefsFromAnnotation(component())).toEqual({
      refs: [],
      invalid: [],
    });
  });
});

describe('node location labels', () => {
  it('round-trip location ids through label values', () => {
    expect(locationToNodeLabelValue('de/fra/2')).toBe('de_fra_2');
    expect(locationFromNodeLabelValue('de_fra_2')).toBe('de/fra/2');
    expect(locationToNodeLabelValue('eu-central-1')).toBe('eu-central-1');
  });
});
