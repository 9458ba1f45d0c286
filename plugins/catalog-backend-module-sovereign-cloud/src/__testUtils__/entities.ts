import {
  CloudProviderEntity,
  defaultCloudProviders,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { deepMerge } from '../util/deepMerge';

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> | T[K] : T[K];
};

/** A valid SovereignCluster at Hetzner fsn1; arrays in `overrides` replace, objects merge. */
export function clusterEntity(
  overrides: DeepPartial<SovereignClusterEntity> = {},
): SovereignClusterEntity {
  return deepMerge<SovereignClusterEntity>(
    {
      apiVersion: 'sovereign-cloud.io/v1alpha1',
      kind: 'SovereignCluster',
      metadata: { name: 'eu-prod-1' },
      spec: {
        owner: 'group:default/platform-team',
        lifecycle: 'production',
        provider: 'hetzner',
        locations: ['fsn1'],
        distribution: { name: 'kubeadm', version: '1.33.4' },
        controlPlane: { replicas: 3 },
        nodePools: [{ name: 'workers', machineType: 'cx33', count: 3 }],
        network: {
          overlay: 'cilium-wireguard',
          encryption: { mode: 'wireguard' },
          mesh: 'eu-mesh',
        },
        management: { type: 'external' },
      },
    },
    overrides,
  );
}

/** An own data centre with one location, provisioned with Metal3: how operators extend the catalogue. */
export function acmeDataCentre(): CloudProviderEntity {
  const template = defaultCloudProviders().find(
    p => p.metadata.name === 'private-dc',
  )!;
  const declared = [
    { citation: 'operator', title: 'Declared by the operator' },
  ];
  return {
    ...template,
    metadata: { name: 'acme-dc', title: 'ACME data centre Frankfurt' },
    spec: {
      ...template.spec,
      owner: 'group:default/platform-team',
      locations: [
        {
          id: 'fra-dc1',
          country: 'DE',
          euEea: true,
          city: 'Frankfurt',
          zones: ['fra-dc1-a', 'fra-dc1-b'],
          verification: 'declared',
          sources: declared,
        },
      ],
      provisioning: template.spec.provisioning.filter(
        p => p.method === 'cluster-api' && p.clusterKind === 'Metal3Cluster',
      ),
    },
  };
}
