import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { InputError, NotAllowedError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  CloudProviderEntity,
  defaultCloudProviders,
  sovereignCloudClusterPlanPermission,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import yaml from 'yaml';
import { FakeProvisioningRecords } from '../../__testUtils__/FakeProvisioningRecords';
import { createClusterPlanAction } from './plan';
import {
  examples,
  hetznerRequest,
  ionosRequest,
  ionosSettings,
} from './plan.examples';

type Outputs = Record<string, any>;

const workspacePath = createMockDirectory().resolve('workspace');

function contextFor(input: Record<string, unknown>, isDryRun = false) {
  const ctx = createMockActionContext({ input: input as any, workspacePath });
  ctx.isDryRun = isDryRun;
  return ctx;
}

function outputsOf(ctx: ReturnType<typeof contextFor>): Outputs {
  return Object.fromEntries(
    (ctx.output as jest.Mock).mock.calls.map(([name, value]) => [name, value]),
  );
}

function setup(
  options: {
    result?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    providers?: CloudProviderEntity[];
  } = {},
) {
  const permissions = mockServices.permissions.mock({
    authorize: jest.fn(async requests =>
      requests.map(() => ({ result: options.result ?? AuthorizeResult.ALLOW })),
    ) as any,
  });
  const catalog = catalogServiceMock({ entities: options.providers ?? [] });
  const records = new FakeProvisioningRecords();
  const action = createClusterPlanAction({ permissions, catalog, records });
  return { action, permissions, catalog, records };
}

async function run(
  input: Record<string, unknown>,
  options: Parameters<typeof setup>[0] = {},
) {
  const { action, permissions } = setup(options);
  const ctx = contextFor(input);
  await action.handler(ctx);
  return { outputs: outputsOf(ctx), permissions, ctx };
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the plan to fail');
}

describe('sovereign-cloud:cluster:plan', () => {
  it('plans a Hetzner cluster: Cluster, entity, add-ons and a posture preview', async () => {
    const { outputs, permissions } = await run({ request: hetznerRequest });

    const cluster = outputs.manifests.find((o: any) => o.kind === 'Cluster');
    expect(cluster.metadata).toMatchObject({
      name: 'hetzner-eu-prod',
      namespace: 'hetzner',
    });
    expect(cluster.spec.topology.version).toBe('v1.33.4');
    // The mesh slot is allocated and put into the cluster network.
    expect(cluster.spec.clusterNetwork.pods.cidrBlocks).toEqual([
      '10.0.0.0/17',
    ]);
    // The add-on entry point for the management cluster comes last.
    expect(outputs.manifests.at(-1).kind).toBe('Kustomization');

    expect(outputs.entity).toMatchObject({
      kind: 'SovereignCluster',
      metadata: { name: 'hetzner-eu-prod', namespace: 'default' },
      spec: {
        provider: 'hetzner',
        locations: ['fsn1', 'nbg1', 'hel1'],
        network: { podCidr: '10.0.0.0/17', mesh: 'eu-core' },
        management: { managementCluster: 'mgmt-fra', namespace: 'hetzner' },
      },
    });

    expect(outputs.posture).toEqual({
      score: expect.any(Number),
      seal: expect.any(Number),
      sealLabel: expect.stringMatching(/^SEAL-[0-4]$/),
      provisional: expect.any(Boolean),
      binding: expect.any(Array),
    });
    expect(outputs.posture.seal).toBeGreaterThanOrEqual(1);

    const paths = Object.keys(outputs.files);
    expect(paths).toEqual(
      expect.arrayContaining([
        'clusters/hetzner-eu-prod/cluster.yaml',
        'clusters/hetzner-eu-prod/addons.yaml',
        'clusters/hetzner-eu-prod/catalog-info.yaml',
      ]),
    );
    expect(paths.every(p => p.startsWith('clusters/hetzner-eu-prod/'))).toBe(
      true,
    );
    const docs = yaml
      .parseAllDocuments(outputs.files['clusters/hetzner-eu-prod/cluster.yaml'])
      .map(d => d.toJS());
    expect(docs.map(d => d.kind)).toContain('Cluster');
    expect(outputs.summary).toContain('hetzner-eu-prod');
    expect(outputs.summary).toContain(outputs.posture.sealLabel);

    expect(permissions.authorize).toHaveBeenCalledWith(
      [{ permission: sovereignCloudClusterPlanPermission }],
      { credentials: expect.anything() },
    );
  });

  it('plans an IONOS cluster with its settings and Argo CD delivery', async () => {
    const { outputs } = await run({
      request: ionosRequest,
      settings: ionosSettings,
      delivery: 'argocd',
      repoURL: 'https://git.example.eu/platform/fleet.git',
    });
    const cluster = outputs.manifests.find((o: any) => o.kind === 'Cluster');
    // CAPIC serves only the v1beta1 contract.
    expect(cluster.apiVersion).toBe('cluster.x-k8s.io/v1beta1');
    expect(outputs.manifests.at(-1).kind).toBe('Application');
    expect(outputs.entity.spec).toMatchObject({
      provider: 'ionos',
      storage: { backend: 'rook-ceph', replication: 3 },
    });
    expect(outputs.entity.spec.network.podCidr).toBeUndefined();
    expect(outputs.posture.sealLabel).toMatch(/^SEAL-/);
  });

  it('plans with the provider as the catalog overrides it', async () => {
    const hetzner = defaultCloudProviders().find(
      p => p.metadata.name === 'hetzner',
    )!;
    const override = clone(hetzner);
    // An operator who lists only Falkenstein.
    override.spec.locations = override.spec.locations.filter(
      l => l.id === 'fsn1',
    );
    const error = await rejection(
      run({ request: hetznerRequest }, { providers: [override] }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('locations[1]: location "nbg1"');
  });

  it('fails naming the field when a location is outside the allowed jurisdictions', async () => {
    const request = clone(hetznerRequest);
    request.locations.push('ash');
    request.nodePools.push({
      name: 'us-workers',
      location: 'ash',
      machineType: 'cx42',
      count: 1,
    });
    const error = await rejection(run({ request }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain(
      'locations[3]: location "ash" at hetzner is in US, outside policy.allowedJurisdictions (EU)',
    );
  });

  it('fails naming the binding criteria when the minimum SEAL is too high', async () => {
    const { outputs } = await run({ request: hetznerRequest });
    const request = clone(hetznerRequest);
    request.policy.minimumSeal = 'SEAL-4';
    const error = await rejection(run({ request }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('policy.minimumSeal: requires SEAL-4');
    expect(outputs.posture.binding.length).toBeGreaterThan(0);
    for (const criterion of outputs.posture.binding) {
      expect(error.message).toContain(`${criterion.id} ${criterion.title}`);
    }
  });

  it('fails naming the field when the provider is excluded by policy', async () => {
    const request: any = clone(hetznerRequest);
    request.policy.excludedProviders = ['cloudprovider:default/hetzner'];
    const error = await rejection(run({ request }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain(
      'provider: provider "hetzner" is in policy.excludedProviders',
    );
  });

  it('names the field and the reason for bad input', async () => {
    const request: any = clone(hetznerRequest);
    request.nodePools[0].count = 0;
    request.controlPlane.replicas = 2;
    const error = await rejection(run({ request }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('nodePools[0].count');
    expect(error.message).toContain(
      'controlPlane.replicas: must be odd (stacked etcd needs a majority), got 2',
    );
  });

  it('names the missing provider settings', async () => {
    const error = await rejection(run({ request: ionosRequest }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('settings.datacenterID: is required');
  });

  it('previews the ClusterMesh slot the provisioning records would give, without reserving it', async () => {
    const { action, records } = setup();
    await records.reserveMeshSlot({
      mesh: 'eu-core',
      cluster: 'sovereigncluster:default/earlier-member',
    });
    const ctx = contextFor({ request: hetznerRequest });
    await action.handler(ctx);
    const { summary, entity } = outputsOf(ctx);
    expect(summary).toContain(
      'ClusterMesh ID 2, pods 10.0.128.0/17, services 10.128.16.0/20 (free in the provisioning records; reserved when provisioned)',
    );
    expect(entity.spec.network.podCidr).toBe('10.0.128.0/17');
    expect(records.slots).toHaveLength(1);
  });

  it('still plans when the provisioning records cannot be read, and says so', async () => {
    const { action, records } = setup();
    records.reserveMeshSlot = async () => {
      throw new Error('Request failed with 503 Service Unavailable');
    };
    const ctx = contextFor({ request: hetznerRequest });
    await action.handler(ctx);
    expect(outputsOf(ctx).summary).toContain(
      'ClusterMesh ID 1, pods 10.0.0.0/17, services 10.128.0.0/20 (first slot: provisioning records not consulted)',
    );
  });

  it('refuses when the initiator may not plan clusters', async () => {
    const { action, catalog } = setup({ result: AuthorizeResult.DENY });
    const getEntities = jest.spyOn(catalog, 'getEntities');
    const ctx = contextFor({ request: hetznerRequest });
    const error = await rejection(action.handler(ctx));
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(ctx.output).not.toHaveBeenCalled();
    expect(getEntities).not.toHaveBeenCalled();
  });

  it('gives the same plan in a dry run', async () => {
    const real = await run({ request: hetznerRequest });
    const { action } = setup();
    const ctx = contextFor({ request: hetznerRequest }, true);
    await action.handler(ctx);
    expect(outputsOf(ctx)).toEqual(real.outputs);
  });

  it('never puts credentials into the plan, only Secret names', async () => {
    const { outputs } = await run({ request: hetznerRequest });
    const text = JSON.stringify(outputs);
    expect(text).not.toMatch(
      /BEGIN [A-Z ]*PRIVATE KEY|privateKey|hcloud-token-/,
    );
    expect(outputs.summary).toContain('Secret hetzner');
    expect(outputs.summary).toContain('cilium-ca');
  });

  it.each(examples.map(e => [e.description, e] as const))(
    'runs the example: %s',
    async (_description, example) => {
      const step = yaml.parse(example.example).steps[0];
      expect(step.action).toBe('sovereign-cloud:cluster:plan');
      if (
        typeof step.input.request.name !== 'string' ||
        step.input.request.name.includes('${{')
      ) {
        return; // a template expression, filled in by the scaffolder
      }
      const { outputs } = await run(step.input);
      expect(outputs.manifests.length).toBeGreaterThan(0);
    },
  );
});
