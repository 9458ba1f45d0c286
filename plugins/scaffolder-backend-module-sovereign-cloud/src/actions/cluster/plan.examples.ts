import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Requests that plan as they are; the tests run every example. */
export const hetznerRequest = {
  name: 'hetzner-eu-prod',
  owner: 'group:default/platform-team',
  provider: 'hetzner',
  locations: ['fsn1', 'nbg1', 'hel1'],
  kubernetesVersion: 'v1.33.4',
  controlPlane: { replicas: 3, machineType: 'cx33' },
  nodePools: [
    { name: 'fsn-workers', location: 'fsn1', machineType: 'cx42', count: 3 },
    { name: 'nbg-workers', location: 'nbg1', machineType: 'cx42', count: 3 },
    { name: 'hel-workers', location: 'hel1', machineType: 'cx42', count: 3 },
  ],
  network: { overlay: 'cilium-wireguard', mesh: 'eu-core' },
  storage: { backend: 'longhorn', replication: 3, failureDomain: 'zone' },
  observability: {
    enabled: true,
    remoteWrite: { url: 'https://metrics.sovereign.example.eu/api/v1/write' },
  },
  policy: { allowedJurisdictions: ['EU'], minimumSeal: 'SEAL-1' },
  management: { managementCluster: 'mgmt-fra', namespace: 'hetzner' },
};

export const ionosRequest = {
  name: 'ionos-fra-prod',
  owner: 'group:default/platform-team',
  provider: 'ionos',
  locations: ['de/fra', 'de/fra/2'],
  kubernetesVersion: 'v1.33.4',
  controlPlane: { replicas: 3, machineType: 'VCPU-4-16' },
  nodePools: [
    { name: 'general', location: 'de/fra', machineType: 'VCPU-8-32', count: 4 },
    {
      name: 'general-b',
      location: 'de/fra/2',
      machineType: 'VCPU-8-32',
      count: 3,
    },
  ],
  network: { overlay: 'cilium-wireguard' },
  storage: { backend: 'rook-ceph', replication: 3, failureDomain: 'host' },
  observability: { enabled: true },
  policy: { allowedJurisdictions: ['DE'] },
  management: { managementCluster: 'mgmt-fra', namespace: 'ionos' },
};

/** IONOS settings of the management cluster (ids, never credentials). */
export const ionosSettings = {
  datacenterID: '2b6e7c1e-0c1f-4b8e-9a53-2f5d0c0f6a11',
  'datacenterID:de/fra/2': '7f1d2c3b-4a5e-4f60-8a71-b2c3d4e5f607',
  controlPlaneEndpointHost: '203.0.113.10',
  imageID: 'c8d7e6f5-0a1b-4c2d-9e3f-405162738495',
};

export const examples: TemplateExample[] = [
  {
    description:
      'Plan a Hetzner cluster over three EU locations in the eu-core ClusterMesh, Longhorn across zones, at least SEAL-1',
    example: yaml.stringify({
      steps: [
        {
          id: 'plan',
          action: 'sovereign-cloud:cluster:plan',
          name: 'Plan the cluster',
          input: { request: hetznerRequest },
        },
      ],
    }),
  },
  {
    description:
      'Plan an IONOS cluster in Frankfurt (German locations only) with Rook-Ceph, add-ons through Argo CD',
    example: yaml.stringify({
      steps: [
        {
          id: 'plan',
          action: 'sovereign-cloud:cluster:plan',
          name: 'Plan the cluster',
          input: {
            request: ionosRequest,
            settings: ionosSettings,
            delivery: 'argocd',
            repoURL: 'https://git.example.eu/platform/fleet.git',
          },
        },
      ],
    }),
  },
  {
    description: 'Plan from the values of a template form',
    example: yaml.stringify({
      steps: [
        {
          id: 'plan',
          action: 'sovereign-cloud:cluster:plan',
          name: 'Plan the cluster',
          input: {
            request: {
              name: '${{ parameters.name }}',
              owner: '${{ parameters.owner }}',
              provider: '${{ parameters.provider }}',
              locations: '${{ parameters.locations }}',
              kubernetesVersion: '${{ parameters.kubernetesVersion }}',
              controlPlane: '${{ parameters.controlPlane }}',
              nodePools: '${{ parameters.nodePools }}',
              network: '${{ parameters.network }}',
              storage: '${{ parameters.storage }}',
              observability: '${{ parameters.observability }}',
              policy: '${{ parameters.policy }}',
              management: '${{ parameters.management }}',
            },
            settings: '${{ parameters.providerSettings }}',
          },
        },
      ],
    }),
  },
];
