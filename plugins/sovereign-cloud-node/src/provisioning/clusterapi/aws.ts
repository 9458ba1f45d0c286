import { ClusterRenderer } from './types';
import { renderNamespace, renderTopologyCluster } from './topology';

const ZONE_LETTERS = ['a', 'b', 'c'];

/**
 * AWS through CAPA. The catalogue lists regions only; pools of a region are
 * spread over its zones a, b and c in order.
 */
export const awsRenderer: ClusterRenderer = {
  id: 'aws',
  requiredSettings: {},
  render(context) {
    const region = context.controlPlaneLocation;
    for (const pool of context.pools) {
      const poolRegion = pool.location?.id ?? pool.pool.location;
      if (poolRegion !== region) {
        context.reject(
          ['nodePools', pool.index, 'location'],
          `must be in the cluster's AWS region ${region} (a CAPA cluster spans one region), got ${JSON.stringify(
            pool.pool.location,
          )}`,
        );
      }
    }
    return [
      renderNamespace(context),
      renderTopologyCluster(context, {
        variables: {
          region,
          identityName: context.credentialsName,
          sshKeyName: context.settings.sshKeyName,
        },
        failureDomain: pool =>
          `${region}${ZONE_LETTERS[pool.index % ZONE_LETTERS.length]}`,
      }),
    ];
  },
};
