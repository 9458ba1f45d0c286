import {
  componentEntity,
  clusterEntity,
  meshEntity,
} from '../__testUtils__/entities';
import { clusterRefsOf, subjectOf } from './subjectOf';

describe('subjectOf', () => {
  it('tells clusters, meshes and components apart', () => {
    expect(
      subjectOf(clusterEntity('a', { provider: 'ionos', location: 'de/fra' }))
        .kind,
    ).toBe('cluster');
    expect(subjectOf(meshEntity('m'))).toEqual({
      kind: 'mesh',
      entityRef: 'resource:default/m',
    });
    expect(subjectOf(componentEntity('c')).kind).toBe('component');
  });

  it('collects the clusters of a workload from spec, relations and annotation', () => {
    const entity = componentEntity('c', {
      dependsOn: ['sovereigncluster:a', 'resource:default/db', 'not a ref:::'],
      annotation: 'b, sovereigncluster:payments/c',
    });
    entity.metadata.namespace = 'team';
    entity.relations = [
      { type: 'dependsOn', targetRef: 'sovereigncluster:default/A' },
      { type: 'hostedBy', targetRef: 'sovereigncluster:default/d' },
      { type: 'ownedBy', targetRef: 'sovereigncluster:default/e' },
      { type: 'dependsOn', targetRef: 'component:default/f' },
    ];
    expect(clusterRefsOf(entity).sort()).toEqual([
      'sovereigncluster:default/a',
      'sovereigncluster:default/d',
      'sovereigncluster:payments/c',
      'sovereigncluster:team/a',
      'sovereigncluster:team/b',
    ]);
  });
});
