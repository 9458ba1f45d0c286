import { Entity } from '@backstage/catalog-model';
import { LoggerService } from '@backstage/backend-plugin-api';
import { inspect } from 'node:util';

type ClusterFixture = {
  name: string;
  provider: string;
  location: string;
  /** Name in sovereignCloud.kubernetes.clusters (direct delivery). */
  kubernetesCluster?: string;
  storage?: {
    replication: number;
    classes: { name: string; default?: boolean }[];
  };
  namespace?: string;
};

/** A SovereignCluster as the catalog holds it. */
export function clusterEntity(o: ClusterFixture): Entity {
  return {
    apiVersion: 'sovereign-cloud.io/v1alpha1',
    kind: 'SovereignCluster',
    metadata: {
      name: o.name,
      namespace: o.namespace ?? 'default',
      ...(o.kubernetesCluster
        ? {
            annotations: {
              'sovereign-cloud.io/kubernetes-cluster': o.kubernetesCluster,
            },
          }
        : {}),
    },
    spec: {
      owner: 'group:platform',
      lifecycle: 'production',
      provider: `cloudprovider:default/${o.provider}`,
      locations: [o.location],
      distribution: { name: 'kubeadm', version: '1.33.4' },
      controlPlane: { replicas: 3 },
      nodePools: [{ name: 'workers', machineType: 'm', count: 3 }],
      network: { overlay: 'none', encryption: { mode: 'none' } },
      management: { type: 'external' },
      ...(o.storage
        ? {
            storage: {
              backend: 'rook-ceph',
              replication: o.storage.replication,
              classes: o.storage.classes,
            },
          }
        : {}),
    },
  };
}

/** Three EU clusters on three providers, with storage, and one in the US. */
export function workloadFleet(): Entity[] {
  return [
    clusterEntity({
      name: 'hz-fsn1',
      provider: 'hetzner',
      location: 'fsn1',
      kubernetesCluster: 'hz',
      storage: {
        replication: 3,
        classes: [{ name: 'ceph-block', default: true }],
      },
    }),
    clusterEntity({
      name: 'ionos-txl',
      provider: 'ionos',
      location: 'de/txl',
      kubernetesCluster: 'ionos',
      storage: {
        replication: 2,
        classes: [{ name: 'longhorn', default: true }],
      },
    }),
    clusterEntity({
      name: 'scw-par',
      provider: 'scaleway',
      location: 'fr-par',
      kubernetesCluster: 'scw',
      storage: {
        replication: 3,
        classes: [{ name: 'simplyblock', default: true }],
      },
    }),
    clusterEntity({
      name: 'aws-use1',
      provider: 'aws',
      location: 'us-east-1',
      storage: { replication: 3, classes: [{ name: 'gp3', default: true }] },
    }),
  ];
}

/** A logger that keeps every line with its metadata, to check what leaks. */
export function capturingLogger(lines: string[]): LoggerService {
  const logger: LoggerService = {
    error: (message, meta) => lines.push(`error ${message} ${inspect(meta)}`),
    warn: (message, meta) => lines.push(`warn ${message} ${inspect(meta)}`),
    info: (message, meta) => lines.push(`info ${message} ${inspect(meta)}`),
    debug: (message, meta) => lines.push(`debug ${message} ${inspect(meta)}`),
    child: () => logger,
  };
  return logger;
}
