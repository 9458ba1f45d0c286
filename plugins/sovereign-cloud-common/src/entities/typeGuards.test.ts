import { Entity } from '@backstage/catalog-model';
import {
  exampleCloudProvider,
  exampleSovereignCluster,
} from '../schema/examples';
import {
  isCloudProvider,
  isClusterMesh,
  isSovereignCluster,
} from './typeGuards';

const mesh: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'eu-mesh' },
  spec: { type: 'cluster-mesh', owner: 'platform-team' },
};

describe('type guards', () => {
  it('recognise each kind', () => {
    expect(isSovereignCluster(exampleSovereignCluster)).toBe(true);
    expect(
      isSovereignCluster({
        ...exampleSovereignCluster,
        kind: 'sovereigncluster',
      } as Entity),
    ).toBe(true);
    expect(isSovereignCluster(exampleCloudProvider)).toBe(false);
    expect(
      isSovereignCluster({
        ...exampleSovereignCluster,
        apiVersion: 'sovereign-cloud.io/v1',
      } as Entity),
    ).toBe(false);
    expect(isCloudProvider(exampleCloudProvider)).toBe(true);
    expect(isCloudProvider(mesh)).toBe(false);
    expect(isClusterMesh(mesh)).toBe(true);
    expect(isClusterMesh({ ...mesh, spec: { type: 'database' } })).toBe(false);
  });

  it('do not throw on malformed entities', () => {
    expect(isSovereignCluster({} as Entity)).toBe(false);
    expect(isClusterMesh({ kind: 'Resource' } as Entity)).toBe(false);
    expect(isCloudProvider(null as unknown as Entity)).toBe(false);
  });
});
