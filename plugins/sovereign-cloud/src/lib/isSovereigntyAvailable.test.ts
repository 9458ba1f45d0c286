import { Entity } from '@backstage/catalog-model';
import { isSovereigntyAvailable } from './isSovereigntyAvailable';

const component = (extra: Partial<Entity>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', namespace: 'default' },
  spec: { type: 'service', owner: 'team', lifecycle: 'production' },
  ...extra,
});

describe('isSovereigntyAvailable', () => {
  it('holds for SovereignClusters and cluster-mesh Resources', () => {
    expect(
      isSovereigntyAvailable({
        apiVersion: 'sovereign-cloud.io/v1alpha1',
        kind: 'SovereignCluster',
        metadata: { name: 'ionos-fra-prod' },
      }),
    ).toBe(true);
    expect(
      isSovereigntyAvailable({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Resource',
        metadata: { name: 'eu-core' },
        spec: { type: 'cluster-mesh' },
      }),
    ).toBe(true);
  });

  it('holds for Components depending on a SovereignCluster, by relation or by spec', () => {
    expect(
      isSovereigntyAvailable(
        component({
          relations: [
            {
              type: 'dependsOn',
              targetRef: 'sovereigncluster:default/ionos-fra-prod',
            },
          ],
        }),
      ),
    ).toBe(true);
    expect(
      isSovereigntyAvailable(
        component({
          spec: {
            type: 'service',
            dependsOn: ['SovereignCluster:aws-fra-legacy'],
          },
        }),
      ),
    ).toBe(true);
  });

  it('does not hold for other entities', () => {
    expect(
      isSovereigntyAvailable(
        component({
          relations: [
            { type: 'dependsOn', targetRef: 'resource:default/customer-db' },
            {
              type: 'ownedBy',
              targetRef: 'sovereigncluster:default/ionos-fra-prod',
            },
          ],
          spec: { type: 'service', dependsOn: ['component:billing', 42] },
        }),
      ),
    ).toBe(false);
    expect(
      isSovereigntyAvailable({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Resource',
        metadata: { name: 'db' },
        spec: { type: 'database' },
      }),
    ).toBe(false);
  });
});
