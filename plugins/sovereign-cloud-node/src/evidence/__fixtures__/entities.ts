import {
  ClusterAccess,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/**
 * A SovereignCluster declared on Scaleway fr-par without encryption between
 * nodes: different from what the Hetzner/IONOS fixture shows, so a
 * collection against it drifts.
 */
export function sovereignCluster(
  name: string,
  options: {
    access?: ClusterAccess;
    annotations?: Record<string, string>;
  } = {},
): SovereignClusterEntity {
  return {
    apiVersion: 'sovereign-cloud.io/v1alpha1',
    kind: 'SovereignCluster',
    metadata: {
      name,
      namespace: 'default',
      ...(options.annotations ? { annotations: options.annotations } : {}),
    },
    spec: {
      owner: 'group:default/platform-team',
      lifecycle: 'production',
      provider: 'scaleway',
      locations: ['fr-par'],
      distribution: { name: 'kubeadm', version: '1.36.4' },
      controlPlane: { replicas: 3 },
      nodePools: [{ name: 'workers', machineType: 'PRO2-M', count: 4 }],
      network: { overlay: 'none', encryption: { mode: 'none' } },
      ...(options.access ? { access: options.access } : {}),
      management: { type: 'external' },
    },
  };
}

/** `spec.access` reading its token from config. */
export function accessWithConfigToken(
  apiServer: string,
  configKey: string,
): ClusterAccess {
  return {
    apiServer,
    auth: { provider: 'serviceAccount', credential: { configKey } },
  };
}
