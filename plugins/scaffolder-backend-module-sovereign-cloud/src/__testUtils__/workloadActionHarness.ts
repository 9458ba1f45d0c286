import {
  AuditorService,
  PermissionsService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { TemplateAction } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  DefaultKubernetesClientFactory,
  KubernetesClientFactory,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { KubernetesTestServer } from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';
import { randomBytes } from 'node:crypto';
import { capturingLogger, workloadFleet } from './workloadFleet';

/** Karmada, Argo CD and three member clusters, as the workload fleet names them. */
export const WORKLOAD_SERVERS = [
  'karmada',
  'argocd',
  'hz',
  'ionos',
  'scw',
] as const;
export type WorkloadServerName = (typeof WORKLOAD_SERVERS)[number];

type ActionDeps = {
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  config: RootConfigService;
  kubernetes: KubernetesClientFactory;
};

type SetupOptions = {
  result?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  /** `sovereignCloud.workloads`; null leaves it out. */
  workloads?: object | null;
  entities?: any[];
};

/**
 * A workload action against KubernetesTestServers (started and stopped per
 * test; call inside `describe`), whose tokens are a canary that must never
 * leave the client factory, with a task-runner-like checkpoint store.
 */
export function workloadActionHarness(options: {
  /** CRDs the servers serve. */
  customKinds: object[];
  createAction: (deps: ActionDeps) => TemplateAction<any, any, any>;
}) {
  const canary = `canary-${randomBytes(16).toString('hex')}`;
  const mockDir = createMockDirectory();
  const state = {
    servers: {} as Record<WorkloadServerName, KubernetesTestServer>,
    lines: [] as string[],
    checkpoints: new Map<string, unknown>(),
  };

  beforeEach(async () => {
    state.servers = Object.fromEntries(
      await Promise.all(
        WORKLOAD_SERVERS.map(async name => [
          name,
          await KubernetesTestServer.start({
            name,
            token: canary,
            objects: options.customKinds,
          }),
        ]),
      ),
    ) as typeof state.servers;
    state.lines = [];
    state.checkpoints = new Map();
    mockDir.clear();
  });

  afterEach(async () => {
    await Promise.all(Object.values(state.servers).map(s => s.stop()));
  });

  function setup(setupOptions: SetupOptions = {}) {
    const kubernetesConfig = {
      clusters: WORKLOAD_SERVERS.map(name => ({
        name,
        url: state.servers[name].url,
        token: canary,
      })),
    };
    const kubernetes = DefaultKubernetesClientFactory.fromConfig(
      new ConfigReader({ sovereignCloud: { kubernetes: kubernetesConfig } }),
      { logger: capturingLogger(state.lines) },
    );
    const config = new ConfigReader({
      sovereignCloud: {
        kubernetes: kubernetesConfig,
        ...(setupOptions.workloads === null
          ? {}
          : {
              workloads: setupOptions.workloads ?? {
                karmada: { cluster: 'karmada' },
                argocd: {
                  cluster: 'argocd',
                  repoURL: 'https://git.example.eu/platform/workloads.git',
                },
              },
            }),
      },
    });
    const permissions = mockServices.permissions.mock({
      authorize: jest.fn(async requests =>
        requests.map(() => ({
          result: setupOptions.result ?? AuthorizeResult.ALLOW,
        })),
      ) as any,
    });
    const auditor = mockServices.auditor.mock();
    const action = options.createAction({
      permissions,
      auditor,
      catalog: catalogServiceMock({
        entities: setupOptions.entities ?? workloadFleet(),
      }),
      config,
      kubernetes,
    });
    return { action, permissions, auditor };
  }

  async function run(
    input: Record<string, unknown>,
    runOptions: SetupOptions & { isDryRun?: boolean } = {},
  ) {
    const { action, permissions, auditor } = setup(runOptions);
    const ctx = createMockActionContext({
      input: input as any,
      workspacePath: mockDir.resolve('workspace'),
      logger: capturingLogger(state.lines),
    });
    ctx.isDryRun = runOptions.isDryRun ?? false;
    // The mock runs every checkpoint again; the task runner remembers them.
    ctx.checkpoint = (async ({ key, fn }: any) => {
      if (state.checkpoints.has(key)) return state.checkpoints.get(key);
      const value = await fn();
      state.checkpoints.set(key, value);
      return value;
    }) as any;
    const error = await action.handler(ctx).then(
      () => undefined,
      e => e as Error,
    );
    const outputs: Record<string, any> = Object.fromEntries(
      (ctx.output as jest.Mock).mock.calls.map(([k, v]) => [k, v]),
    );
    return { outputs, error, permissions, auditor };
  }

  return {
    canary,
    mockDir,
    get servers() {
      return state.servers;
    },
    /** Every log line of the run and of the client factory. */
    get lines() {
      return state.lines;
    },
    get checkpoints() {
      return state.checkpoints;
    },
    run,
    patches: (name: WorkloadServerName) =>
      state.servers[name].requests.filter(r => r.method === 'PATCH'),
    expectNoCanary(...texts: string[]) {
      for (const text of texts) expect(text).not.toContain(canary);
    },
  };
}
