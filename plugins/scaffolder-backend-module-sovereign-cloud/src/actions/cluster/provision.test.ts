import { JsonObject } from '@backstage/types';
import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { LoggerService } from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { InputError, NotAllowedError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { sovereignCloudClusterProvisionPermission } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { DefaultKubernetesClientFactory } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import {
  crdsFor,
  KubernetesTestServer,
} from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import yaml from 'yaml';
import { planCluster } from '../../planning/planCluster';
import { hetznerRequest } from './plan.examples';
import { FakeProvisioningRecords } from '../../__testUtils__/FakeProvisioningRecords';
import {
  GitHttpServer,
  startGitHttpServer,
} from '../../provisioning/testing/gitHttpServer';
import { createClusterProvisionAction } from './provision';
import { examples } from './provision.examples';
import {
  createProviderCatalogue,
  defaultCloudProviders,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

// The management cluster's credential: it must never leave the factory.
const canary = `canary-${randomBytes(16).toString('hex')}`;

const planned = planCluster(hetznerRequest, {
  catalogue: createProviderCatalogue(defaultCloudProviders()),
});
const clusterObject = planned.manifests.find(o => o.kind === 'Cluster')!;
const clusterRef = {
  apiVersion: clusterObject.apiVersion,
  kind: 'Cluster',
  namespace: 'hetzner',
  name: 'hetzner-eu-prod',
};

function capturingLogger(lines: string[]): LoggerService {
  const logger: LoggerService = {
    error: (message, meta) => lines.push(`error ${message} ${inspect(meta)}`),
    warn: (message, meta) => lines.push(`warn ${message} ${inspect(meta)}`),
    info: (message, meta) => lines.push(`info ${message} ${inspect(meta)}`),
    debug: (message, meta) => lines.push(`debug ${message} ${inspect(meta)}`),
    child: () => logger,
  };
  return logger;
}

// The GitOps cases clone and push over HTTP: slow on a loaded machine.
jest.setTimeout(60_000);

type Outputs = Record<string, any>;

describe('sovereign-cloud:cluster:provision', () => {
  let server: KubernetesTestServer;
  let lines: string[];
  let checkpoints: Map<string, unknown>;
  let records: FakeProvisioningRecords;
  const mockDir = createMockDirectory();

  beforeEach(async () => {
    server = await KubernetesTestServer.start({
      name: 'mgmt',
      token: canary,
      objects: crdsFor(planned.manifests),
    });
    lines = [];
    checkpoints = new Map();
    records = new FakeProvisioningRecords();
    mockDir.clear();
  });

  afterEach(async () => {
    await server.stop();
  });

  function setup(
    options: {
      result?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
      defaultManagementCluster?: string | null;
      gitops?: JsonObject;
    } = {},
  ) {
    const kubernetesConfig = {
      clusters: [{ name: 'mgmt', url: server.url, token: canary }],
    };
    const kubernetes = DefaultKubernetesClientFactory.fromConfig(
      new ConfigReader({ sovereignCloud: { kubernetes: kubernetesConfig } }),
      { logger: capturingLogger(lines) },
    );
    const config = new ConfigReader({
      sovereignCloud: {
        kubernetes: kubernetesConfig,
        ...(options.defaultManagementCluster === null
          ? {}
          : {
              provisioning: {
                managementCluster: options.defaultManagementCluster ?? 'mgmt',
                ...(options.gitops ? { gitops: options.gitops } : {}),
              },
            }),
      },
    });
    const permissions = mockServices.permissions.mock({
      authorize: jest.fn(async requests =>
        requests.map(() => ({
          result: options.result ?? AuthorizeResult.ALLOW,
        })),
      ) as any,
    });
    const auditor = mockServices.auditor.mock();
    const action = createClusterProvisionAction({
      permissions,
      auditor,
      catalog: catalogServiceMock({ entities: [] }),
      config,
      kubernetes,
      records,
      waitPollIntervalMs: 20,
    });
    return { action, permissions, auditor };
  }

  function contextFor(input: Record<string, unknown>, isDryRun = false) {
    const ctx = createMockActionContext({
      input: input as any,
      workspacePath: mockDir.resolve('workspace'),
      logger: capturingLogger(lines),
    });
    ctx.isDryRun = isDryRun;
    // The mock runs every checkpoint again; the task runner remembers them.
    ctx.checkpoint = (async ({ key, fn }: any) => {
      if (checkpoints.has(key)) return checkpoints.get(key);
      const value = await fn();
      checkpoints.set(key, value);
      return value;
    }) as any;
    return ctx;
  }

  function outputsOf(ctx: ReturnType<typeof contextFor>): Outputs {
    return Object.fromEntries(
      (ctx.output as jest.Mock).mock.calls.map(([name, value]) => [
        name,
        value,
      ]),
    );
  }

  async function run(
    input: Record<string, unknown>,
    options: Parameters<typeof setup>[0] & { isDryRun?: boolean } = {},
  ) {
    const { action, permissions, auditor } = setup(options);
    const ctx = contextFor(input, options.isDryRun);
    const error = await action.handler(ctx).then(
      () => undefined,
      e => e as Error,
    );
    return { outputs: outputsOf(ctx), error, permissions, auditor };
  }

  const applyRequests = () => server.requests.filter(r => r.method === 'PATCH');

  function expectNoCanary(...texts: string[]) {
    for (const text of texts) {
      expect(text).not.toContain(canary);
    }
  }

  it('server-side applies the plan to the management cluster, Namespace first', async () => {
    const { outputs, error, permissions, auditor } = await run({
      request: hetznerRequest,
      mode: 'apply',
    });
    expect(error).toBeUndefined();
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'cluster-provision',
        severityLevel: 'high',
        meta: expect.objectContaining({
          entityRef: 'sovereigncluster:default/hetzner-eu-prod',
          managementCluster: 'mgmt',
        }),
      }),
    );

    const described = planned.manifests.map(o =>
      o.metadata.namespace
        ? `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`
        : `${o.kind} ${o.metadata.name}`,
    );
    expect(outputs.applied[0]).toBe('Namespace hetzner');
    expect([...outputs.applied].sort()).toEqual([...described].sort());
    expect(outputs.entityRef).toBe('sovereigncluster:default/hetzner-eu-prod');
    expect(outputs.posture).toEqual(planned.posture);

    // Read back from the server: every object, owned by the scaffolder's manager.
    const stored = server.get(clusterRef)!;
    expect(stored.spec).toEqual(clusterObject.spec);
    expect(stored.metadata.managedFields?.map(m => m.manager)).toEqual([
      'sovereign-cloud-scaffolder',
    ]);
    for (const object of planned.manifests) {
      const names = server
        .list(object.apiVersion, object.kind, object.metadata.namespace)
        .map(o => o.metadata.name);
      expect(names.filter(n => n === object.metadata.name)).toHaveLength(1);
    }
    expect(applyRequests()).toHaveLength(planned.manifests.length);
    expect(
      applyRequests().every(
        r => r.query.fieldManager === 'sovereign-cloud-scaffolder',
      ),
    ).toBe(true);
    expect(permissions.authorize).toHaveBeenCalledWith(
      [{ permission: sovereignCloudClusterProvisionPermission }],
      { credentials: expect.anything() },
    );
    expectNoCanary(JSON.stringify(outputs), ...lines);
  });

  it('validates on the server and stores nothing in a dry run', async () => {
    server.load({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'hetzner' },
    });
    const { outputs, error } = await run(
      { request: hetznerRequest, mode: 'apply', wait: {} },
      { isDryRun: true },
    );
    expect(error).toBeUndefined();
    expect(outputs.applied).toHaveLength(planned.manifests.length);
    expect(applyRequests()).toHaveLength(planned.manifests.length);
    expect(applyRequests().every(r => r.query.dryRun === 'All')).toBe(true);
    expect(server.get(clusterRef)).toBeUndefined();
    expect(checkpoints.size).toBe(0);
    expect(lines).toContainEqual(
      expect.stringContaining('Dry run: not waiting for hetzner-eu-prod'),
    );
  });

  it('says which objects a dry run cannot validate because their namespace is new', async () => {
    const { outputs, error } = await run(
      { request: hetznerRequest, mode: 'apply' },
      { isDryRun: true },
    );
    expect(error).toBeUndefined();
    expect(outputs.applied).toHaveLength(planned.manifests.length);
    // Only the Namespace itself can be validated.
    expect(applyRequests()).toHaveLength(1);
    expect(applyRequests()[0].query.dryRun).toBe('All');
    expect(
      server.list('v1', 'Namespace').map(n => n.metadata.name),
    ).not.toContain('hetzner');
    expect(lines).toContainEqual(
      expect.stringContaining(
        'Dry run: Cluster hetzner/hetzner-eu-prod not validated, its namespace hetzner is created by this plan',
      ),
    );
  });

  it('reports what was applied when it fails half way, and converges on retry without applying twice', async () => {
    const last = planned.manifests.at(-1)!;
    const plural = `${last.kind.toLowerCase()}s`;
    const removeFault = server.faults.inject({
      method: 'PATCH',
      path: new RegExp(`/${plural}/${last.metadata.name}$`),
      status: 500,
    });

    const first = await run({ request: hetznerRequest, mode: 'apply' });
    expect(first.error).toBeDefined();
    const before = planned.manifests.length - 1;
    // The audit trail records the failure and what was applied before it.
    const [event] = await (
      first.auditor.createEvent as jest.Mock
    ).mock.results[0].value.then((e: unknown) => [e]);
    expect(event.fail).toHaveBeenCalledWith(
      expect.objectContaining({
        meta: { applied: expect.arrayContaining(['Namespace hetzner']) },
      }),
    );
    expect(first.outputs.applied).toHaveLength(before);
    expect(first.outputs.applied).toContain('Namespace hetzner');
    expect(first.outputs.applied).toContain('Cluster hetzner/hetzner-eu-prod');
    expect(first.error!.message).toContain(
      `Could not apply ${last.kind} ${last.metadata.namespace}/${last.metadata.name} to management cluster mgmt`,
    );
    expect(first.error!.message).toContain(
      `Applied before the failure (${before} of ${planned.manifests.length}): Namespace hetzner, Cluster hetzner/hetzner-eu-prod`,
    );
    expect(server.get(clusterRef)).toBeDefined();

    removeFault();
    server.clearRequests();
    const second = await run({ request: hetznerRequest, mode: 'apply' });
    expect(second.error).toBeUndefined();
    expect(second.outputs.applied).toHaveLength(planned.manifests.length);
    // Only the object that failed is sent again.
    expect(applyRequests().map(r => r.path)).toEqual([
      expect.stringMatching(new RegExp(`/${plural}/${last.metadata.name}$`)),
    ]);
    expect(
      server.list(last.apiVersion, last.kind, last.metadata.namespace),
    ).toHaveLength(1);
    expect(server.list(clusterRef.apiVersion, 'Cluster')).toHaveLength(1);
    expectNoCanary(first.error!.message, ...lines);
  });

  it('names the conflicting fields and their managers on a 409', async () => {
    // Someone else set a different Kubernetes version on the existing Cluster.
    server.load(
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'hetzner' } },
      {
        ...clusterObject,
        spec: {
          ...(clusterObject.spec as object),
          topology: {
            ...(clusterObject.spec as any).topology,
            version: 'v1.32.0',
          },
        },
      },
    );
    const { outputs, error } = await run({
      request: hetznerRequest,
      mode: 'apply',
    });
    expect(error!.message).toContain(
      'Could not apply Cluster hetzner/hetzner-eu-prod to management cluster mgmt: conflict with other field managers on .spec.topology.version (owned by test-fixture)',
    );
    expect(outputs.applied).toEqual(['Namespace hetzner']);
    expect((server.get(clusterRef)!.spec as any).topology.version).toBe(
      'v1.32.0',
    );
    expectNoCanary(error!.message, ...lines);
  });

  it('waits until the Cluster reports Ready, logging progress', async () => {
    const ready = setTimeout(() => {
      const stored = server.get(clusterRef)!;
      server.load({
        ...stored,
        status: {
          conditions: [
            {
              type: 'Ready',
              status: 'True',
              lastTransitionTime: new Date().toISOString(),
            },
          ],
        },
      });
    }, 200);
    try {
      const { error, outputs } = await run({
        request: hetznerRequest,
        mode: 'apply',
        wait: { timeoutSeconds: 10 },
      });
      expect(error).toBeUndefined();
      expect(outputs.applied).toHaveLength(planned.manifests.length);
    } finally {
      clearTimeout(ready);
    }
    expect(lines).toContainEqual(
      expect.stringContaining(
        'Cluster hetzner/hetzner-eu-prod: Ready not reported yet',
      ),
    );
    expect(lines).toContainEqual(
      expect.stringContaining(
        'Cluster hetzner/hetzner-eu-prod reports Ready=True',
      ),
    );
    expectNoCanary(...lines);
  });

  it('fails with a clear error when the Cluster does not get ready in time', async () => {
    const { error } = await run({
      request: hetznerRequest,
      mode: 'apply',
      wait: {
        conditions: ['Ready', 'ControlPlaneInitialized'],
        timeoutSeconds: 0.2,
      },
    });
    expect(error!.message).toBe(
      'Cluster hetzner/hetzner-eu-prod on management cluster mgmt did not report Ready, ControlPlaneInitialized within 0.2s; last seen: Ready not reported yet, ControlPlaneInitialized not reported yet',
    );
  });

  it('refuses when the initiator may not provision clusters', async () => {
    const { error, outputs } = await run(
      { request: hetznerRequest, mode: 'apply' },
      { result: AuthorizeResult.DENY },
    );
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error!.message).toContain('sovereign-cloud.cluster.provision');
    expect(outputs).toEqual({});
    expect(applyRequests()).toHaveLength(0);
  });

  it('names the management cluster field when it is unknown or missing', async () => {
    const unknown = await run({
      request: hetznerRequest,
      mode: 'apply',
      managementCluster: 'mgmt-ber',
    });
    expect(unknown.error).toBeInstanceOf(InputError);
    expect(unknown.error!.message).toBe(
      'managementCluster: "mgmt-ber" is not in sovereignCloud.kubernetes.clusters (configured: mgmt)',
    );
    const missing = await run(
      { request: hetznerRequest, mode: 'apply' },
      { defaultManagementCluster: null },
    );
    expect(missing.error).toBeInstanceOf(InputError);
    expect(missing.error!.message).toContain('managementCluster: is required');
    expect(applyRequests()).toHaveLength(0);
  });

  it('writes the GitOps files into the workspace in gitops mode', async () => {
    const { outputs, error } = await run({
      request: hetznerRequest,
      mode: 'gitops',
    });
    expect(error).toBeUndefined();
    expect(outputs.files).toEqual(Object.keys(planned.files));
    for (const file of outputs.files) {
      expect(
        fs.readFileSync(path.join(mockDir.resolve('workspace'), file), 'utf8'),
      ).toBe(planned.files[file]);
    }
    expect(outputs.entityRef).toBe('sovereigncluster:default/hetzner-eu-prod');
    expect(server.requests).toHaveLength(0);
  });

  it('puts the files and the add-on paths under targetPath', async () => {
    const { outputs, error } = await run({
      request: hetznerRequest,
      mode: 'gitops',
      targetPath: 'fleet/eu/hetzner-eu-prod/',
    });
    expect(error).toBeUndefined();
    expect(
      outputs.files.every((f: string) =>
        f.startsWith('fleet/eu/hetzner-eu-prod/'),
      ),
    ).toBe(true);
    const workspace = mockDir.resolve('workspace');
    const addons = yaml.parse(
      fs.readFileSync(
        path.join(workspace, 'fleet/eu/hetzner-eu-prod/addons.yaml'),
        'utf8',
      ),
    );
    // The delivery entry point reconciles the directory the files are in.
    expect(addons.spec.path).toBe('./fleet/eu/hetzner-eu-prod/addons');
    expect(fs.existsSync(path.join(workspace, 'clusters'))).toBe(false);

    const bad = await run({
      request: hetznerRequest,
      mode: 'gitops',
      targetPath: '../outside',
    });
    expect(bad.error).toBeInstanceOf(InputError);
    expect(bad.error!.message).toContain('targetPath: must be a relative path');
  });

  it('never writes the management cluster credential anywhere', async () => {
    const applied = await run({
      request: hetznerRequest,
      mode: 'apply',
      wait: { timeoutSeconds: 0.1 },
    });
    const gitops = await run({ request: hetznerRequest, mode: 'gitops' });
    const workspace = mockDir.resolve('workspace');
    const files = fs
      .readdirSync(workspace, { recursive: true, withFileTypes: true })
      .filter(entry => entry.isFile())
      .map(entry =>
        fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'),
      );
    expect(files.length).toBeGreaterThan(0);
    expect(lines.length).toBeGreaterThan(0);
    expectNoCanary(
      ...files,
      ...lines,
      JSON.stringify([applied.outputs, gitops.outputs]),
      applied.error!.message,
    );
    // The server did receive it: the canary is the real credential.
    expect(server.requests[0].headers.authorization).toBe(`Bearer ${canary}`);
  });

  /** The Cilium cluster ID and pod CIDR the plan's files carry. */
  function meshSettingsOf(files: Record<string, string>) {
    const documents = Object.values(files).flatMap(text =>
      yaml.parseAllDocuments(text).map(d => d.toJS()),
    );
    const cilium = documents.find(
      d => d?.kind === 'HelmRelease' && d.spec?.chart?.spec?.chart === 'cilium',
    );
    const entity = documents.find(d => d?.kind === 'SovereignCluster');
    return {
      clusterId: cilium?.spec.values.cluster.id,
      podCidr: entity?.spec.network.podCidr,
    };
  }

  it('reserves the next free ClusterMesh slot and records the cluster for the catalog, once per task', async () => {
    const other = await records.reserveMeshSlot({
      mesh: 'eu-core',
      cluster: 'sovereigncluster:default/earlier-member',
    });
    const first = await run({ request: hetznerRequest, mode: 'gitops' });
    expect(first.error).toBeUndefined();
    const workspace = mockDir.resolve('workspace');
    const files = Object.fromEntries(
      first.outputs.files.map((f: string) => [
        f,
        fs.readFileSync(path.join(workspace, f), 'utf8'),
      ]),
    );
    const mine = records.slots.find(s =>
      s.cluster.endsWith('/hetzner-eu-prod'),
    )!;
    expect(mine).toMatchObject({ clusterId: 2, reserved: true });
    expect(mine.podCidr).not.toBe(other.podCidr);
    expect(meshSettingsOf(files)).toEqual({
      clusterId: 2,
      podCidr: mine.podCidr,
    });
    expect(records.records).toEqual([
      expect.objectContaining({
        id: expect.any(String),
        mode: 'gitops',
        entity: expect.objectContaining({
          metadata: expect.objectContaining({ name: 'hetzner-eu-prod' }),
        }),
      }),
    ]);

    // A retry of the task neither reserves nor records a second time.
    const retry = await run({ request: hetznerRequest, mode: 'gitops' });
    expect(retry.error).toBeUndefined();
    expect(records.slots).toHaveLength(2);
    expect(records.records).toHaveLength(1);
  });

  it('reserves no mesh slot for a request that breaks its policy', async () => {
    const request = JSON.parse(JSON.stringify(hetznerRequest));
    request.policy = { ...request.policy, minimumSeal: 'SEAL-4' };
    const { error } = await run({ request, mode: 'gitops' });
    expect(error!.message).toContain('policy.minimumSeal: requires SEAL-4');
    expect(records.requests).toEqual([]);
    expect(records.records).toEqual([]);
  });

  it('only looks at the slot it would get in a dry run, and records nothing', async () => {
    const { error } = await run(
      { request: hetznerRequest, mode: 'apply' },
      { isDryRun: true },
    );
    expect(error).toBeUndefined();
    expect(records.requests).toEqual([
      expect.objectContaining({ mesh: 'eu-core', dryRun: true }),
    ]);
    expect(records.slots).toHaveLength(0);
    expect(records.records).toHaveLength(0);
  });

  describe('committing to the GitOps repository', () => {
    const token = 'canary-gitops-token-0c7d1e';
    let git: GitHttpServer;

    beforeEach(async () => {
      git = await startGitHttpServer({ token });
    });
    afterEach(async () => {
      await git.close();
    });

    it('commits the plan, with the entry point that reconciles it, and records the cluster', async () => {
      const { action } = setup({
        gitops: {
          url: git.url,
          token,
          author: { name: 'Portal', email: 'portal@example.eu' },
        },
      });
      const ctx = contextFor({
        request: hetznerRequest,
        mode: 'gitops',
        commit: true,
      });
      await action.handler(ctx);
      const outputs = outputsOf(ctx);
      expect(outputs.commit).toBe(await git.head());
      const tree = await git.tree();
      expect(Object.keys(tree).sort()).toEqual(
        Object.keys(planned.files).sort(),
      );
      expect(tree['clusters/hetzner-eu-prod/addons.yaml']).toContain(
        'kind: Kustomization',
      );
      expect(records.records).toHaveLength(1);
      expectNoCanary(JSON.stringify(outputs), ...lines);
      expect(lines.join('\n')).not.toContain(token);
    });

    it('pushes nothing in a dry run, and needs the repository in config', async () => {
      const { action } = setup({
        gitops: {
          url: git.url,
          token,
          author: { name: 'Portal', email: 'portal@example.eu' },
        },
      });
      const before = await git.commitCount().catch(() => 0);
      const ctx = contextFor(
        { request: hetznerRequest, mode: 'gitops', commit: true },
        true,
      );
      await action.handler(ctx);
      expect(await git.commitCount().catch(() => 0)).toBe(before);
      expect(records.records).toHaveLength(0);

      const missing = await run({
        request: hetznerRequest,
        mode: 'gitops',
        commit: true,
      });
      expect(missing.error).toBeInstanceOf(InputError);
      expect(missing.error!.message).toBe(
        'commit: needs the GitOps repository in sovereignCloud.provisioning.gitops',
      );
    });
  });

  it('rejects wait in gitops mode', async () => {
    const { error } = await run({
      request: hetznerRequest,
      mode: 'gitops',
      wait: {},
    });
    expect(error).toBeInstanceOf(InputError);
    expect(error!.message).toContain('wait: only in apply mode');
  });

  it.each(examples.map(e => [e.description, e] as const))(
    'has a valid example: %s',
    async (_description, example) => {
      const step = yaml.parse(example.example).steps[0];
      expect(step.action).toBe('sovereign-cloud:cluster:provision');
      const { error } = await run({
        ...step.input,
        managementCluster: 'mgmt',
        wait: undefined,
      });
      expect(error).toBeUndefined();
    },
  );
});
