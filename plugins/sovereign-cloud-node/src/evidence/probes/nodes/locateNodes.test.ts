import {
  createProviderCatalogue,
  defaultCloudProviders,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { locateNode } from './locateNodes';

const catalogue = createProviderCatalogue(defaultCloudProviders());

function node(
  providerID: string | undefined,
  labels: Record<string, string> = {},
  allocatable: Record<string, string> = { cpu: '4' },
) {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: 'n1', labels },
    spec: providerID ? { providerID } : {},
    status: { allocatable, nodeInfo: { kubeletVersion: 'v1.36.4' } },
  };
}

const where = (n: ReturnType<typeof node>) => {
  const { provider, location, country, how } = locateNode(n, catalogue);
  return { provider, location, country, how };
};

describe('locateNode', () => {
  it('reads the provider ID scheme and the topology labels', () => {
    expect(
      where(
        node('hcloud://48213377', { 'topology.kubernetes.io/region': 'hel1' }),
      ),
    ).toEqual({
      provider: 'hetzner',
      location: 'hel1',
      country: 'FI',
      how: 'provider-id',
    });
    expect(where(node('hrobot://1234'))).toEqual({
      provider: 'hetzner',
      how: 'provider-id',
    });
  });

  it('finds the zone inside Scaleway and AWS provider IDs', () => {
    expect(where(node('scaleway://instance/nl-ams-1/0b7c6f0e'))).toEqual({
      provider: 'scaleway',
      location: 'nl-ams',
      country: 'NL',
      how: 'provider-id',
    });
    expect(where(node('aws:///eu-west-3c/i-0abc'))).toMatchObject({
      provider: 'aws',
      location: 'eu-west-3',
      country: 'FR',
    });
  });

  it('tells providers sharing a scheme apart by their locations', () => {
    // openstack:/// is shared by OTC, OVHcloud, plusserver (and STACKIT IaaS).
    expect(
      where(
        node('openstack:///8c1f', { 'topology.kubernetes.io/region': 'eu-nl' }),
      ),
    ).toMatchObject({ provider: 'open-telekom-cloud', country: 'NL' });
    // aws:// is shared by the commercial partition and the European Sovereign Cloud.
    expect(
      where(
        node('aws:///eusc-de-east-1a/i-0abc', {
          'topology.kubernetes.io/region': 'eusc-de-east-1',
        }),
      ),
    ).toMatchObject({ provider: 'aws-esc', country: 'DE' });
    // Without a location, a shared scheme names no provider.
    expect(where(node('openstack:///8c1f')).provider).toBe('unknown');
  });

  it('lets the operator label win, with location ids written with _', () => {
    expect(
      where(
        node('metal3://openshift-machine-api/bm-07', {
          'sovereign-cloud.io/provider': 'ionos',
          'sovereign-cloud.io/location': 'de_txl',
          'topology.kubernetes.io/region': 'eu-central-1',
        }),
      ),
    ).toEqual({
      provider: 'ionos',
      location: 'de/txl',
      country: 'DE',
      how: 'label',
    });
    // A provider the catalogue does not know is kept as declared, unlocated.
    expect(
      where(node(undefined, { 'sovereign-cloud.io/provider': 'acme-dc' })),
    ).toEqual({ provider: 'acme-dc', how: 'label' });
  });

  it('falls back to vendor labels, then to unique region codes', () => {
    expect(
      where(
        node(undefined, {
          'k8s.scaleway.com/pool-name': 'default',
          'topology.kubernetes.io/zone': 'pl-waw-2',
        }),
      ),
    ).toMatchObject({
      provider: 'scaleway',
      location: 'pl-waw',
      how: 'vendor-label',
    });
    expect(
      where(node(undefined, { 'topology.kubernetes.io/region': 'fr-par' })),
    ).toMatchObject({ provider: 'scaleway', how: 'region-code' });
    expect(where(node('kind://docker/kind/kind-control-plane'))).toEqual({
      provider: 'unknown',
      how: 'unknown',
    });
  });

  it('reads role, allocatable CPU and GPUs', () => {
    const located = locateNode(
      node(
        'hcloud://1',
        { 'node-role.kubernetes.io/master': '' },
        { cpu: '7910m', 'nvidia.com/gpu': '2', 'gpu.intel.com/i915': '1' },
      ),
      catalogue,
    );
    expect(located).toMatchObject({
      role: 'control-plane',
      vcpu: 7.91,
      gpus: 3,
      kubeletVersion: 'v1.36.4',
    });
    expect(
      locateNode(node('hcloud://1', {}, { cpu: 'lots' }), catalogue).vcpu,
    ).toBe(0);
  });
});
