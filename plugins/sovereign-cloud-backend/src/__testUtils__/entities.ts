import { Entity } from '@backstage/catalog-model';
import { SovereignClusterEntity } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** A SovereignCluster at one provider location, stateless unless `storage` is set. */
export function clusterEntity(
  name: string,
  options: {
    provider: string;
    location: string;
    namespace?: string;
    title?: string;
    mesh?: string;
    workers?: number;
    storage?: boolean;
    /** A second pool at another provider. */
    extraPool?: { provider: string; location: string; count: number };
  },
): SovereignClusterEntity {
  return {
    apiVersion: 'sovereign-cloud.io/v1alpha1',
    kind: 'SovereignCluster',
    metadata: {
      name,
      ...(options.namespace ? { namespace: options.namespace } : {}),
      ...(options.title ? { title: options.title } : {}),
    },
    spec: {
      owner: 'group:default/platform-team',
      lifecycle: 'production',
      provider: options.provider,
      locations: [options.location],
      distribution: { name: 'kubeadm', version: '1.33.4' },
      controlPlane: { replicas: 3 },
      nodePools: [
        {
          name: 'workers',
          machineType: 'm-8',
          count: options.workers ?? 3,
        },
        ...(options.extraPool
          ? [
              {
                name: 'extra',
                provider: options.extraPool.provider,
                location: options.extraPool.location,
                machineType: 'm-8',
                count: options.extraPool.count,
              },
            ]
          : []),
      ],
      network: {
        overlay: 'cilium-wireguard',
        encryption: { mode: 'wireguard', scope: 'pod-and-node' },
        ...(options.mesh ? { mesh: options.mesh } : {}),
      },
      ...(options.storage
        ? { storage: { backend: 'rook-ceph', replication: 3 } }
        : {}),
      management: { type: 'external' },
    },
  } as SovereignClusterEntity;
}

export function meshEntity(name: string, namespace = 'default'): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name, namespace },
    spec: { type: 'cluster-mesh', owner: 'group:default/platform-team' },
  };
}

export function componentEntity(
  name: string,
  options: { dependsOn?: string[]; annotation?: string } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      ...(options.annotation
        ? { annotations: { 'sovereign-cloud.io/cluster': options.annotation } }
        : {}),
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/payments-team',
      ...(options.dependsOn ? { dependsOn: options.dependsOn } : {}),
    },
  };
}

/**
 * A small fleet: the eu-core mesh (IONOS, Scaleway, Hetzner; stateless),
 * the eu-data mesh (OVHcloud with storage, plusserver), and a lone AWS cluster.
 */
export function exampleFleet(): Entity[] {
  return [
    clusterEntity('ionos-fra', {
      provider: 'ionos',
      location: 'de/fra',
      mesh: 'eu-core',
      title: 'IONOS Frankfurt',
    }),
    clusterEntity('scaleway-par', {
      provider: 'scaleway',
      location: 'fr-par',
      mesh: 'eu-core',
      workers: 5,
    }),
    clusterEntity('hetzner-fsn', {
      provider: 'hetzner',
      location: 'fsn1',
      mesh: 'resource:default/eu-core',
      workers: 2,
    }),
    clusterEntity('ovh-gra', {
      provider: 'ovhcloud',
      location: 'GRA11',
      mesh: 'eu-data',
      storage: true,
    }),
    clusterEntity('plusserver-cgn', {
      provider: 'plusserver',
      location: 'prod1',
      mesh: 'eu-data',
    }),
    clusterEntity('aws-fra', {
      provider: 'aws',
      location: 'eu-central-1',
      workers: 4,
    }),
    meshEntity('eu-core'),
    meshEntity('eu-data'),
    componentEntity('payments-api', {
      dependsOn: [
        'sovereigncluster:default/ionos-fra',
        'sovereigncluster:default/scaleway-par',
      ],
    }),
    componentEntity('legacy-billing', { annotation: 'aws-fra' }),
    componentEntity('no-clusters'),
  ];
}
