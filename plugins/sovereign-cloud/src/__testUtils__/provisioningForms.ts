/** A complete provisioning form as the shipped template fills it. */
export function hetznerForm(
  policy: Record<string, unknown> = { allowedJurisdictions: ['EU'] },
): Record<string, unknown> {
  return {
    name: 'hetzner-eu-prod',
    owner: 'group:default/platform-team',
    placement: { provider: 'hetzner', locations: ['fsn1', 'nbg1'] },
    kubernetesVersion: 'v1.33.4',
    managementCluster: 'mgmt-fra',
    managementNamespace: 'hetzner',
    controlPlane: { replicas: 3, machineType: 'cx33' },
    nodePools: [
      { name: 'workers', location: 'fsn1', machineType: 'cx42', count: 3 },
    ],
    network: { overlay: 'cilium-wireguard' },
    storage: { backend: 'longhorn', replication: 3, failureDomain: 'zone' },
    observability: { enabled: true },
    policy,
  };
}
