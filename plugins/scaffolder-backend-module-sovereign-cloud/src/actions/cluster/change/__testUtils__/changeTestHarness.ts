import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  ClusterRequest,
  createProviderCatalogue,
  defaultCloudProviders,
  parseClusterRequest,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { DefaultKubernetesClientFactory } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import {
  crdsFor,
  KubernetesTestServer,
} from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { FakeProvisioningRecords } from '../../../../__testUtils__/FakeProvisioningRecords';
import { planCluster } from '../../../../planning/planCluster';
import { PROVISION_FIELD_MANAGER } from '../../../../provisioning/applyPlanObjects';
import { hetznerRequest } from '../../plan.examples';
import { ClusterChangeActionOptions } from '../clusterChangeAction';

/*
 * A provisioned cluster for the change actions: the KubernetesTestServer as
 * management cluster holding the plan, applied by the scaffolder's field
 * manager, the catalog holding its SovereignCluster, and the provisioning
 * record holding its request.
 */

export const CLUSTER_REF = 'sovereigncluster:default/hetzner-eu-prod';
const catalogue = createProviderCatalogue(defaultCloudProviders());

export type Harness = Awaited<ReturnType<typeof startHarness>>;

/** The GitOps repository a gitops-managed cluster's files are in. */
export const GITOPS_AUTHOR = {
  name: 'Sovereign Cloud',
  email: 'scaffolder@example.eu',
};

export async function startHarness(
  options: {
    kubernetesVersion?: string;
    /**
     * The cluster is managed through GitOps (spec.management.type gitops) in
     * the repository at `url`; `configured` (default true) puts it into
     * sovereignCloud.provisioning.gitops with `token`.
     */
    gitops?: { url: string; token?: string; configured?: boolean };
  } = {},
) {
  const request: ClusterRequest = parseClusterRequest({
    ...hetznerRequest,
    kubernetesVersion: options.kubernetesVersion ?? 'v1.33.4',
  });
  const planned = planCluster(request, { catalogue });
  const server = await KubernetesTestServer.start({
    name: 'mgmt',
    token: 'mgmt-token',
    objects: crdsFor(planned.manifests),
  });
  const kubernetesConfig = {
    clusters: [{ name: 'mgmt', url: server.url, token: 'mgmt-token' }],
  };
  const { gitops } = options;
  const config = new ConfigReader({
    sovereignCloud: {
      kubernetes: kubernetesConfig,
      provisioning: {
        managementCluster: 'mgmt',
        ...(gitops && gitops.configured !== false
          ? {
              gitops: {
                url: gitops.url,
                ...(gitops.token ? { token: gitops.token } : {}),
                author: GITOPS_AUTHOR,
              },
            }
          : {}),
      },
    },
  });
  const entity = gitops
    ? {
        ...planned.entity,
        spec: {
          ...planned.entity.spec,
          management: {
            type: 'gitops' as const,
            repository: gitops.url,
            path: 'clusters/hetzner-eu-prod',
          },
        },
      }
    : planned.entity;
  const kubernetes = DefaultKubernetesClientFactory.fromConfig(config, {
    logger: mockServices.logger.mock(),
  });
  const client = kubernetes.forConfiguredCluster('mgmt');
  // As the provision action left it.
  await client.apply(planned.manifests, {
    fieldManager: PROVISION_FIELD_MANAGER,
  });
  const records = new FakeProvisioningRecords();
  await records.saveRecord({
    id: 'provision-task',
    entity,
    requestedAt: '2026-11-01T00:00:00Z',
    mode: gitops ? 'gitops' : 'apply',
    request,
  });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-change-'));
  const checkpoints = new Map<string, unknown>();
  const clusterObject = planned.manifests.find(o => o.kind === 'Cluster')!;
  const clusterId = {
    apiVersion: clusterObject.apiVersion,
    kind: 'Cluster',
    namespace: clusterObject.metadata.namespace,
    name: clusterObject.metadata.name!,
  };

  function services(
    result:
      | AuthorizeResult.ALLOW
      | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
  ): ClusterChangeActionOptions & { auditor: any; permissions: any } {
    return {
      permissions: mockServices.permissions.mock({
        authorize: jest.fn(async requests =>
          requests.map(() => ({ result })),
        ) as any,
      }),
      auditor: mockServices.auditor.mock(),
      catalog: catalogServiceMock({ entities: [entity] }),
      config,
      kubernetes,
      records,
    };
  }

  async function run(
    action: { handler: (ctx: any) => Promise<void> },
    input: Record<string, unknown>,
    opts: { isDryRun?: boolean; taskId?: string } = {},
  ) {
    const ctx = createMockActionContext({
      input: { cluster: CLUSTER_REF, ...input } as any,
      workspacePath: workspace,
    });
    ctx.isDryRun = opts.isDryRun ?? false;
    (ctx as any).task = { id: opts.taskId ?? 'change-task' };
    // The mock runs every checkpoint again; the task runner remembers them.
    ctx.checkpoint = (async ({ key, fn }: any) => {
      if (checkpoints.has(key)) return checkpoints.get(key);
      const value = await fn();
      checkpoints.set(key, value);
      return value;
    }) as any;
    const error = await action.handler(ctx).then(
      () => undefined,
      e => e as Error,
    );
    const outputs: Record<string, any> = Object.fromEntries(
      (ctx.output as jest.Mock).mock.calls.map(([n, v]) => [n, v]),
    );
    return { error, outputs };
  }

  return {
    server,
    client,
    records,
    planned,
    entity,
    workspace,
    clusterId,
    checkpoints,
    services,
    run,
    liveCluster: () => server.get(clusterId) as any,
    async stop() {
      await server.stop();
      fs.rmSync(workspace, { recursive: true, force: true });
    },
  };
}
