import { InputError } from '@backstage/errors';
import { ClusterRequest, clusterRequestToSpec } from '../clusterRequest';
import { SovereignClusterEntity } from '../../entities/SovereignCluster';
import { applyClusterChange, describeClusterChange } from './clusterChange';
import { clusterRequestFromEntity } from './clusterRequestFromEntity';
import { CLUSTER_CLASS_KUBERNETES_SUPPORT } from './kubernetesVersions';

const request = (version = 'v1.33.4'): ClusterRequest => ({
  name: 'hetzner-fsn-prod',
  owner: 'group:default/platform-team',
  provider: 'hetzner',
  locations: ['fsn1', 'nbg1'],
  kubernetesVersion: version,
  controlPlane: { replicas: 3, machineType: 'cx33' },
  nodePools: [
    { name: 'fsn-workers', location: 'fsn1', machineType: 'cx42', count: 4 },
    {
      name: 'nbg-workers',
      location: 'nbg1',
      machineType: 'cx42',
      count: 4,
      labels: { tier: 'general' },
      taints: [{ key: 'dedicated', value: 'data', effect: 'NoSchedule' }],
    },
  ],
  network: { overlay: 'cilium-wireguard', mesh: 'eu-core' },
  storage: { backend: 'longhorn', replication: 3, failureDomain: 'zone' },
  observability: {
    enabled: true,
    remoteWrite: { url: 'https://metrics.sovereign.example.eu/api/v1/write' },
  },
  policy: { allowedJurisdictions: ['EU'], minimumSeal: 'SEAL-2' },
  management: { managementCluster: 'mgmt-fra', namespace: 'hetzner' },
});

function refusal(fn: () => unknown): { path: string; message: string } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const problems = (error as { problems: any[] }).problems;
    expect(problems).toHaveLength(1);
    return problems[0];
  }
  throw new Error('expected a refusal');
}

describe('applyClusterChange: upgrade', () => {
  it('moves the version one minor up', () => {
    const next = applyClusterChange(request('v1.32.4'), {
      kind: 'upgrade',
      kubernetesVersion: 'v1.33.1',
    });
    expect(next).toEqual(request('v1.33.1'));
    expect(describeClusterChange(request('v1.32.4'), next)).toBe(
      'Kubernetes v1.32.4 → v1.33.1',
    );
  });

  it('takes a patch release and a version without v', () => {
    expect(
      applyClusterChange(request(), {
        kind: 'upgrade',
        kubernetesVersion: '1.33.7',
      }).kubernetesVersion,
    ).toBe('v1.33.7');
  });

  it('refuses to skip a minor', () => {
    expect(
      refusal(() =>
        applyClusterChange(request('v1.31.2'), {
          kind: 'upgrade',
          kubernetesVersion: 'v1.33.0',
        }),
      ),
    ).toEqual({
      path: 'kubernetesVersion',
      message: expect.stringContaining(
        'one minor at a time: upgrade to v1.32 first',
      ),
    });
  });

  it('refuses downgrades and the running version', () => {
    expect(
      refusal(() =>
        applyClusterChange(request(), {
          kind: 'upgrade',
          kubernetesVersion: 'v1.32.9',
        }),
      ).message,
    ).toMatch(/downgrades are not supported \(v1.33.4 → v1.32.9\)/);
    expect(
      refusal(() =>
        applyClusterChange(request(), {
          kind: 'upgrade',
          kubernetesVersion: 'v1.33.3',
        }),
      ).message,
    ).toMatch(/downgrades/);
    expect(
      refusal(() =>
        applyClusterChange(request(), {
          kind: 'upgrade',
          kubernetesVersion: 'v1.33.4',
        }),
      ).message,
    ).toBe('the cluster already runs v1.33.4');
  });

  it("refuses a minor the provider's ClusterClass does not support", () => {
    const ionos = {
      ...request(),
      provider: 'ionos',
      locations: ['de/fra'],
      nodePools: [
        { name: 'workers', location: 'de/fra', machineType: 'VCPU', count: 3 },
      ],
      kubernetesVersion: 'v1.33.2',
    };
    expect(
      refusal(() =>
        applyClusterChange(ionos, {
          kind: 'upgrade',
          kubernetesVersion: 'v1.34.0',
        }),
      ),
    ).toEqual({
      path: 'kubernetesVersion',
      message:
        'v1.34.0 is not supported by ClusterClass sovereign-ionos-v1 (supports v1.29–v1.33, unverified)',
    });
    // The renderer the catalogue maps decides over the provider's name.
    expect(
      applyClusterChange(
        ionos,
        { kind: 'upgrade', kubernetesVersion: 'v1.34.0' },
        { renderer: 'hetzner' },
      ).kubernetesVersion,
    ).toBe('v1.34.0');
  });

  it('every support row cites a source and names a window', () => {
    for (const row of CLUSTER_CLASS_KUBERNETES_SUPPORT) {
      expect(row.sources.length).toBeGreaterThan(0);
      expect(row.minors.oldest <= row.minors.newest).toBe(true);
    }
  });
});

describe('applyClusterChange: node pools', () => {
  it("scales one pool and leaves the other's fields alone", () => {
    const next = applyClusterChange(request(), {
      kind: 'node-pools',
      scale: [{ name: 'nbg-workers', count: 6 }],
    });
    expect(next.nodePools).toEqual([
      request().nodePools[0],
      { ...request().nodePools[1], count: 6 },
    ]);
  });

  it('adds a pool at another provider, removes one, changes a machine type', () => {
    const next = applyClusterChange(request(), {
      kind: 'node-pools',
      add: [
        {
          name: 'edge',
          provider: 'private-dc',
          location: 'muc-dc1',
          machineType: 'r640',
          count: 2,
        },
      ],
      remove: ['fsn-workers'],
      machineTypes: [{ name: 'nbg-workers', machineType: 'cx52' }],
    });
    expect(next.nodePools.map(p => [p.name, p.machineType])).toEqual([
      ['nbg-workers', 'cx52'],
      ['edge', 'r640'],
    ]);
    expect(describeClusterChange(request(), next)).toBe(
      'pool nbg-workers cx42 → cx52; add pool edge (2 × r640 in muc-dc1 at private-dc); remove pool fsn-workers',
    );
  });

  it('names the field of an unknown pool', () => {
    expect(
      refusal(() =>
        applyClusterChange(request(), {
          kind: 'node-pools',
          scale: [
            { name: 'fsn-workers', count: 2 },
            { name: 'ghost', count: 2 },
          ],
        }),
      ),
    ).toEqual({
      path: 'scale[1].name',
      message:
        'no node pool "ghost" in cluster hetzner-fsn-prod (pools: fsn-workers, nbg-workers)',
    });
  });

  it('refuses removing the last pool and adding a pool that exists', () => {
    expect(
      refusal(() =>
        applyClusterChange(request(), {
          kind: 'node-pools',
          remove: ['fsn-workers', 'nbg-workers'],
        }),
      ).message,
    ).toMatch(/cannot remove the last node pool/);
    expect(
      refusal(() =>
        applyClusterChange(request(), {
          kind: 'node-pools',
          add: [
            {
              name: 'fsn-workers',
              location: 'fsn1',
              machineType: 'cx22',
              count: 1,
            },
          ],
        }),
      ).path,
    ).toBe('add[0].name');
  });

  it("re-validates the result: a new pool outside the provider's locations", () => {
    expect(
      refusal(() =>
        applyClusterChange(request(), {
          kind: 'node-pools',
          add: [
            { name: 'hel', location: 'hel1', machineType: 'cx22', count: 1 },
          ],
        }),
      ).path,
    ).toBe('nodePools[2].location');
  });
});

describe('applyClusterChange: add-ons', () => {
  it('changes storage replication and the remote-write receiver', () => {
    const next = applyClusterChange(request(), {
      kind: 'addons',
      storage: { replication: 2 },
      observability: {
        remoteWrite: { url: 'https://metrics.example.eu/write' },
      },
    });
    expect(next.storage).toEqual({
      backend: 'longhorn',
      replication: 2,
      failureDomain: 'zone',
    });
    expect(next.observability).toEqual({
      enabled: true,
      remoteWrite: { url: 'https://metrics.example.eu/write' },
    });
    const without = applyClusterChange(request(), {
      kind: 'addons',
      observability: { remoteWrite: null },
    });
    expect(without.observability).toEqual({ enabled: true });
  });

  it('refuses changing pod CIDRs, mesh and overlay with a reason', () => {
    expect(
      refusal(() =>
        applyClusterChange(request(), {
          kind: 'addons',
          network: { podCidr: '10.50.0.0/16' },
        }),
      ),
    ).toEqual({
      path: 'network.podCidr',
      message: expect.stringMatching(/fixed when the cluster is created/),
    });
    expect(
      refusal(() =>
        applyClusterChange(request(), {
          kind: 'addons',
          network: { mesh: null },
        }),
      ).path,
    ).toBe('network.mesh');
    expect(
      refusal(() =>
        applyClusterChange(request(), {
          kind: 'addons',
          network: { overlay: 'kilo' },
        }),
      ).path,
    ).toBe('network.overlay');
    // The current values are no change at all.
    expect(
      applyClusterChange(request(), {
        kind: 'addons',
        network: { overlay: 'cilium-wireguard', mesh: 'eu-core' },
      }),
    ).toEqual(request());
  });

  it('refuses remote write without the stack', () => {
    expect(
      refusal(() =>
        applyClusterChange(request(), {
          kind: 'addons',
          observability: { enabled: false },
        }),
      ).path,
    ).toBe('observability.remoteWrite');
  });

  it('names unknown and malformed fields of the change', () => {
    expect(() =>
      applyClusterChange(request(), { kind: 'resize', count: 3 }),
    ).toThrow(/kind/);
    expect(
      refusal(() =>
        applyClusterChange(request(), {
          kind: 'addons',
          storage: { replication: 0 },
        }),
      ).path,
    ).toBe('storage.replication');
  });
});

describe('clusterRequestFromEntity', () => {
  const entity = (r: ClusterRequest): SovereignClusterEntity => ({
    apiVersion: 'sovereign-cloud.io/v1alpha1',
    kind: 'SovereignCluster',
    metadata: { name: r.name, namespace: 'default' },
    spec: clusterRequestToSpec(r, { clusterClass: 'sovereign-hetzner-v1' }),
  });

  it('inverts clusterRequestToSpec, given the control-plane machine type', () => {
    const original = request();
    const back = clusterRequestFromEntity(entity(original), {
      controlPlane: { machineType: 'cx33' },
      observability: original.observability,
    });
    expect(back).toEqual(original);
  });

  it('names controlPlane.machineType when nobody gives it', () => {
    expect(refusal(() => clusterRequestFromEntity(entity(request())))).toEqual({
      path: 'controlPlane.machineType',
      message: expect.stringContaining('give it as an override'),
    });
  });

  it("takes the backends' default failure domain when the entity declares none", () => {
    const undeclared = entity(request());
    delete undeclared.spec.storage!.failureDomain;
    expect(
      clusterRequestFromEntity(undeclared, {
        controlPlane: { machineType: 'cx33' },
      }).storage,
    ).toEqual({ backend: 'longhorn', replication: 3, failureDomain: 'host' });
  });

  it('names the management cluster of a GitOps-managed entity', () => {
    const gitops = entity(request());
    gitops.spec.management = {
      type: 'gitops',
      repository: 'https://git.example.eu/fleet',
    };
    expect(
      refusal(() =>
        clusterRequestFromEntity(gitops, {
          controlPlane: { machineType: 'cx33' },
        }),
      ).path,
    ).toBe('management.managementCluster');
  });
});
