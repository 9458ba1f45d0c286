import { ClusterRenderer } from './types';
import { renderNamespace, renderTopologyCluster } from './topology';

/** Hetzner Cloud through CAPH: failure domains are Hetzner locations (fsn1, nbg1, hel1). */
export const hetznerRenderer: ClusterRenderer = {
  id: 'hetzner',
  requiredSettings: {},
  render(context) {
    return [
      renderNamespace(context),
      renderTopologyCluster(context, {
        variables: {
          region: context.controlPlaneLocation,
          credentialsSecretName: context.credentialsName,
          sshKeyName: context.settings.sshKeyName,
          imageName: context.settings.imageName,
        },
        failureDomain: pool => pool.location?.id ?? pool.pool.location,
      }),
    ];
  },
};
