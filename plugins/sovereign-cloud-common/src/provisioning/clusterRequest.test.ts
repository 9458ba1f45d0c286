import { InputError } from '@backstage/errors';
import { validateSovereignCluster } from '../validation/validateEntities';
import {
  ClusterRequest,
  clusterRequestSchema,
  clusterRequestToSpec,
  parseClusterRequest,
} from './clusterRequest';

const request = (): ClusterRequest => ({
  name: 'hetzner-fsn-prod',
  owner: 'group:default/platform-team',
  provider: 'hetzner',
  locations: ['fsn1', 'nbg1'],
  kubernetesVersion: 'v1.33.4',
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

function problemsOf(input: unknown) {
  try {
    parseClusterRequest(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as { problems: Array<{ path: string; message: string }> })
      .problems;
  }
  throw new Error('expected the request to be rejected');
}

describe('parseClusterRequest', () => {
  it('returns a valid request typed and unchanged', () => {
    expect(parseClusterRequest(request())).toEqual(request());
  });

  it('names the field and the reason of each problem', () => {
    const input = request() as any;
    input.name = 'Hetzner_Prod';
    input.nodePools[0].count = 0;
    input.storage.backend = 'nfs';
    delete input.management.namespace;
    expect(problemsOf(input)).toEqual([
      {
        path: 'name',
        message: expect.stringMatching(/^must be a lowercase name/),
      },
      {
        path: 'nodePools[0].count',
        message: expect.stringMatching(
          /positive integer|>=1|at least 1|too small/i,
        ),
      },
      {
        path: 'storage.backend',
        message:
          'must be one of rook-ceph, longhorn, simplyblock or provider-csi, got "nfs"',
      },
      { path: 'management.namespace', message: 'is required' },
    ]);
  });

  it('rejects an even number of control-plane machines', () => {
    const input = request();
    input.controlPlane.replicas = 2;
    expect(problemsOf(input)).toEqual([
      {
        path: 'controlPlane.replicas',
        message: 'must be odd (stacked etcd needs a majority), got 2',
      },
    ]);
  });

  it('requires pools at the cluster provider to sit in one of its locations', () => {
    const input = request();
    input.nodePools[1].location = 'hel1';
    expect(problemsOf(input)).toEqual([
      {
        path: 'nodePools[1].location',
        message: expect.stringContaining(
          'must be one of locations (fsn1, nbg1)',
        ),
      },
    ]);
    // A pool of another provider (an edge site over Kilo) brings its own location.
    input.nodePools[1] = {
      ...input.nodePools[1],
      provider: 'rhein-main-dc',
      location: 'muc-edge1',
    };
    expect(() => parseClusterRequest(input)).not.toThrow();
  });

  it('rejects unknown fields and inline credentials', () => {
    const input = { ...request(), token: 'x', extra: true } as any;
    expect(problemsOf(input).map(p => p.path)).toEqual(
      expect.arrayContaining(['extra', 'token']),
    );
  });

  it('describes its fields for forms and docs', () => {
    expect(clusterRequestSchema.shape.name.description).toMatch(/DNS-1123/);
    expect(clusterRequestSchema.shape.experimental.description).toMatch(
      /STACKIT/,
    );
  });
});

describe('clusterRequestToSpec', () => {
  it('maps a request onto a valid SovereignCluster spec', () => {
    const spec = clusterRequestToSpec(request(), {
      clusterClass: 'sovereign-hetzner-v1',
    });
    const result = validateSovereignCluster({
      apiVersion: 'sovereign-cloud.io/v1alpha1',
      kind: 'SovereignCluster',
      metadata: { name: 'hetzner-fsn-prod' },
      spec,
    });
    expect(result.problems).toEqual([]);
    expect(spec).toMatchObject({
      distribution: { name: 'kubeadm', version: '1.33.4' },
      network: {
        overlay: 'cilium-wireguard',
        encryption: { mode: 'wireguard' },
        mesh: 'eu-core',
      },
      management: {
        type: 'cluster-api',
        managementCluster: 'mgmt-fra',
        namespace: 'hetzner',
        clusterName: 'hetzner-fsn-prod',
        clusterClass: 'sovereign-hetzner-v1',
      },
      policy: { allowedJurisdictions: ['EU'], minimumSeal: 'SEAL-2' },
    });
  });

  it('marks a managed control plane', () => {
    const spec = clusterRequestToSpec(request(), { managedControlPlane: true });
    expect(spec.controlPlane).toEqual({ managed: true });
  });
});
