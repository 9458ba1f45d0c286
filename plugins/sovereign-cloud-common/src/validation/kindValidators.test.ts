import {
  exampleCloudProvider,
  exampleSovereignCluster,
} from '../schema/examples';
import { mutate } from '../testing/mutate';
import { EntityValidationError } from './EntityValidationError';
import {
  cloudProviderEntityV1alpha1Validator,
  sovereignClusterEntityV1alpha1Validator,
} from './kindValidators';

describe('kind validators for catalog processors', () => {
  it('answer true for valid entities of their kind', async () => {
    await expect(
      sovereignClusterEntityV1alpha1Validator.check(exampleSovereignCluster),
    ).resolves.toBe(true);
    await expect(
      cloudProviderEntityV1alpha1Validator.check(exampleCloudProvider),
    ).resolves.toBe(true);
  });

  it('answer false for other kinds and versions', async () => {
    await expect(
      sovereignClusterEntityV1alpha1Validator.check(exampleCloudProvider),
    ).resolves.toBe(false);
    await expect(
      cloudProviderEntityV1alpha1Validator.check({
        ...exampleCloudProvider,
        apiVersion: 'sovereign-cloud.io/v2',
      } as any),
    ).resolves.toBe(false);
  });

  it('reject invalid entities of their kind with every problem', async () => {
    const invalid = mutate(exampleSovereignCluster, c => {
      c.spec.nodePools[0].count = 0;
      c.spec.network.overlay = 'flannel';
    }) as any;
    const error = await sovereignClusterEntityV1alpha1Validator
      .check(invalid)
      .catch(e => e);
    expect(error).toBeInstanceOf(EntityValidationError);
    expect(error.problems).toEqual([
      {
        path: 'spec.nodePools[0].count',
        message: 'must be a positive integer, got 0',
      },
      {
        path: 'spec.network.overlay',
        message:
          'must be one of cilium-wireguard, kilo, kubespan or none, got "flannel"',
      },
    ]);
  });
});
