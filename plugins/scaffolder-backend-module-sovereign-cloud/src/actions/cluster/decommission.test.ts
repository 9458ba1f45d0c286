import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { InputError, NotAllowedError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { sovereignCloudClusterDecommissionPermission } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { DefaultKubernetesClientFactory } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import {
  crdsFor,
  KubernetesTestServer,
} from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';
import { randomBytes } from 'node:crypto';
import yaml from 'yaml';
import { FakeProvisioningRecords } from '../../__testUtils__/FakeProvisioningRecords';
import {
  capturingLogger,
  clusterEntity,
  workloadFleet,
} from '../../__testUtils__/workloadFleet';
import {
  GitHttpServer,
  startGitHttpServer,
} from '../../provisioning/testing/gitHttpServer';
import { createClusterDecommissionAction } from './decommission';
import { examples } from './decommission.examples';

// The management cluster's credential: it must never leave the factory.
const canary = `canary-${randomBytes(16).toString('hex')}`;
const gitToken = `canary-git-${randomBytes(8).toString('hex')}`;

const CLUSTER_REF = 'sovereigncluster:default/hz-fsn1';

/** hz-fsn1 of the workload fleet, provisioned through Cluster API into the eu-core mesh. */
function leavingCluster(management?: JsonObject): Entity {
  const entity = workloadFleet().find(e => e.metadata.name === 'hz-fsn1')!;
  return {
    ...entity,
    spec: {
      ...entity.spec,
      network: {
        overlay: 'cilium-wireguard',
        encryption: { mode: 'wireguard' },
        mesh: 'eu-core',
      },
      management: management ?? {
        type: 'cluster-api',
        managementCluster: 'sovereigncluster:default/mgmt-fra',
        namespace: 'hetzner',
      },
    },
  };
}

/** The management cluster as the catalog knows it: its connection is "mgmt" in config. */
const managementEntity: Entity = {
  ...clusterEntity({ name: 'mgmt-fra', provider: 'ionos', location: 'de/fra' }),
  metadata: {
    name: 'mgmt-fra',
    namespace: 'default',
    annotations: { 'sovereign-cloud.io/kubernetes-cluster': 'mgmt' },
  },
};

function component(
  name: string,
  options: {
    dependsOn?: string[];
    relations?: string[];
    annotations?: Record<string, string>;
  },
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: options.annotations ?? {},
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/shop',
      ...(options.dependsOn ? { dependsOn: options.dependsOn } : {}),
    },
    relations: (options.relations ?? []).map(targetRef => ({
      type: 'dependsOn',
      targetRef,
    })),
  };
}

const unrelated = component('blog', {
  dependsOn: ['sovereigncluster:default/scw-par'],
});

/** Placed on hz-fsn1 three ways: spec.dependsOn, a relation only, the cluster annotation. */
const placedOnCluster = [
  component('payments-api', {
    dependsOn: [CLUSTER_REF, 'sovereigncluster:default/ionos-txl'],
    annotations: {
      'sovereign-cloud.io/replicas': '6',
      'sovereign-cloud.io/allowed-jurisdictions': 'EU',
    },
  }),
  component('ledger', {
    relations: [CLUSTER_REF],
    annotations: {
      'sovereign-cloud.io/replicas': '1',
      'sovereign-cloud.io/allowed-jurisdictions': 'DE',
    },
  }),
  component('archive', {
    annotations: {
      'sovereign-cloud.io/cluster': 'hz-fsn1',
      'sovereign-cloud.io/replicas': '2',
      'sovereign-cloud.io/data-residency': 'FI',
      'sovereign-cloud.io/volume-size': '20Gi',
    },
  }),
];

const capiCluster = (finalizers?: string[]) => ({
  apiVersion: 'cluster.x-k8s.io/v1beta2',
  kind: 'Cluster',
  metadata: {
    name: 'hz-fsn1',
    namespace: 'hetzner',
    ...(finalizers ? { finalizers } : {}),
  },
  spec: { topology: { classRef: { name: 'hetzner' }, version: 'v1.33.4' } },
});
const clusterRef = {
  apiVersion: 'cluster.x-k8s.io/v1beta2',
  kind: 'Cluster',
  namespace: 'hetzner',
  name: 'hz-fsn1',
};

// The GitOps cases clone and push over HTTP: slow on a loaded machine.
jest.setTimeout(60_000);

type Outputs = Record<string, any>;

describe('sovereign-cloud:cluster:decommission', () => {
  let server: KubernetesTestServer;
  let lines: string[];
  let checkpoints: Map<string, unknown>;
  let records: FakeProvisioningRecords;

  beforeEach(async () => {
    server = await KubernetesTestServer.start({
      name: 'mgmt',
      token: canary,
      objects: [
        ...crdsFor([capiCluster() as any]),
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'hetzner' } },
      ],
    });
    server.load(capiCluster());
    lines = [];
    checkpoints = new Map();
    records = new FakeProvisioningRecords();
    await records.reserveMeshSlot({
      mesh: 'eu-core',
      cluster: 'sovereigncluster:default/earlier-member',
    });
    await records.reserveMeshSlot({ mesh: 'eu-core', cluster: CLUSTER_REF });
  });

  afterEach(async () => {
    await server.stop();
  });

  function setup(
    options: {
      result?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
      entities?: Entity[];
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
        ...(options.gitops ? { provisioning: { gitops: options.gitops } } : {}),
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
    const entities = options.entities ?? [
      ...workloadFleet().filter(e => e.metadata.name !== 'hz-fsn1'),
      leavingCluster(),
      managementEntity,
      unrelated,
    ];
    const action = createClusterDecommissionAction({
      permissions,
      auditor,
      catalog: catalogServiceMock({ entities }),
      config,
      kubernetes,
      records,
    });
    return { action, permissions, auditor };
  }

  function contextFor(input: Record<string, unknown>, isDryRun = false) {
    const ctx = createMockActionContext({
      input: input as any,
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
    const outputs: Outputs = Object.fromEntries(
      (ctx.output as jest.Mock).mock.calls.map(([name, value]) => [
        name,
        value,
      ]),
    );
    return { outputs, error, permissions, auditor };
  }

  const deletes = () => server.requests.filter(r => r.method === 'DELETE');
  const mySlot = () => records.slots.find(s => s.cluster === CLUSTER_REF);
  const confirmInput = { cluster: CLUSTER_REF, confirm: 'hz-fsn1' };
  const withWorkloads = () => [
    ...workloadFleet().filter(e => e.metadata.name !== 'hz-fsn1'),
    leavingCluster(),
    managementEntity,
    unrelated,
    ...placedOnCluster,
  ];

  it('refuses while workloads are placed on the cluster, listing them with where each would move', async () => {
    const { outputs, error, auditor } = await run(confirmInput, {
      entities: withWorkloads(),
    });
    expect(error).toBeInstanceOf(InputError);
    expect(error!.message).toContain(
      `cluster: cannot decommission ${CLUSTER_REF} while workloads are placed on it: default/archive (2 replicas), default/ledger (1 replica), default/payments-api (3 replicas)`,
    );
    expect(outputs.blockedBy).toEqual([
      { entityRef: 'component:default/archive', replicas: 2 },
      { entityRef: 'component:default/ledger', replicas: 1 },
      { entityRef: 'component:default/payments-api', replicas: 3 },
    ]);

    // The exit drill re-plan of exactly those workloads, without this cluster.
    const byName = Object.fromEntries(
      outputs.replan.workloads.map((w: any) => [w.name, w]),
    );
    expect(Object.keys(byName).sort()).toEqual([
      'archive',
      'ledger',
      'payments-api',
    ]);
    expect(byName['payments-api'].status).toBe('moves');
    const after = byName['payments-api'].after;
    expect(after.map((a: any) => a.cluster)).not.toContain('hz-fsn1');
    expect(after.map((a: any) => a.cluster)).not.toContain('aws-use1');
    expect(after.reduce((n: number, a: any) => n + a.replicas, 0)).toBe(6);
    expect(byName.archive).toMatchObject({
      status: 'cannot-move',
      blocker: 'storage',
    });
    expect(outputs.summary).toContain(
      `## Decommission of ${CLUSTER_REF} refused`,
    );
    expect(outputs.summary).toMatch(
      /\| component:default\/payments-api \| 3 \| moves to [^|]*ionos-txl/,
    );
    expect(outputs.summary).toMatch(
      /\| component:default\/archive \| 2 \| cannot move \(storage\): /,
    );
    expect(lines.join('\n')).toContain(
      'Exit drill re-plan without this cluster',
    );

    // Nothing was touched.
    expect(deletes()).toHaveLength(0);
    expect(server.get(clusterRef)).toBeDefined();
    expect(mySlot()).toBeDefined();
    expect(records.changes.size).toBe(0);
    expect(auditor.createEvent).not.toHaveBeenCalled();
  });

  it('shows the refusal in a dry run without failing, so the review can show it', async () => {
    const { outputs, error } = await run(confirmInput, {
      entities: withWorkloads(),
      isDryRun: true,
    });
    expect(error).toBeUndefined();
    expect(outputs.blockedBy).toHaveLength(3);
    expect(outputs.summary).toContain('would be refused');
    expect(outputs.deleted).toBeUndefined();
    expect(deletes()).toHaveLength(0);
  });

  it('refuses when the typed name does not match, naming confirm', async () => {
    for (const confirm of ['HZ-FSN1', 'hz-fsn1 ', 'hz']) {
      const { error } = await run({ cluster: CLUSTER_REF, confirm });
      expect(error).toBeInstanceOf(InputError);
      expect(error!.message).toBe(
        'confirm: type the cluster name "hz-fsn1" exactly to decommission it',
      );
    }
    expect(deletes()).toHaveLength(0);
    expect(mySlot()).toBeDefined();
  });

  it('refuses when the initiator may not decommission the cluster', async () => {
    const { error, outputs, permissions } = await run(confirmInput, {
      result: AuthorizeResult.DENY,
    });
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error!.message).toBe(
      `Not allowed to decommission ${CLUSTER_REF} (sovereign-cloud.cluster.decommission)`,
    );
    expect(permissions.authorize).toHaveBeenCalledWith(
      [
        {
          permission: sovereignCloudClusterDecommissionPermission,
          resourceRef: CLUSTER_REF,
        },
      ],
      { credentials: expect.anything() },
    );
    expect(outputs).toEqual({});
    expect(server.requests).toHaveLength(0);
    expect(mySlot()).toBeDefined();
  });

  it('names the cluster field for a ref that is not a SovereignCluster in the catalog', async () => {
    const missing = await run({ cluster: 'hz-gone', confirm: 'hz-gone' });
    expect(missing.error).toBeInstanceOf(InputError);
    expect(missing.error!.message).toBe(
      'cluster: no SovereignCluster sovereigncluster:default/hz-gone in the catalog',
    );
    const wrongKind = await run({
      cluster: 'component:default/blog',
      confirm: 'blog',
    });
    expect(wrongKind.error!.message).toContain(
      'cluster: must be a SovereignCluster, got kind component',
    );
  });

  it('deletes nothing in a dry run, and says what it would do', async () => {
    const { outputs, error, auditor } = await run(confirmInput, {
      isDryRun: true,
    });
    expect(error).toBeUndefined();
    expect(deletes()).toHaveLength(1);
    expect(deletes()[0].query).toMatchObject({
      dryRun: 'All',
      propagationPolicy: 'Foreground',
    });
    expect(server.get(clusterRef)).toBeDefined();
    expect(mySlot()).toBeDefined();
    expect(records.changes.size).toBe(0);
    expect(checkpoints.size).toBe(0);
    expect(auditor.createEvent).not.toHaveBeenCalled();
    expect(outputs.deleted).toEqual(['Cluster hetzner/hz-fsn1']);
    expect(outputs.meshSlot).toEqual({
      mesh: 'eu-core',
      freedWhen: 'decommissioned',
    });
    expect(outputs.summary).toContain('(dry run, nothing changed)');
    expect(outputs.summary).toContain(
      '- Cluster hetzner/hz-fsn1 on management cluster mgmt',
    );
    expect(outputs.summary).toContain(
      'Would remove it from mesh eu-core. Its slot, if it still holds one (the provisioning records show none), would stay reserved until the management cluster no longer has the cluster',
    );
  });

  it('still decommissions when the provisioning records cannot be read, and says the slot is unknown', async () => {
    jest
      .spyOn(records, 'listProvisioningRecords')
      .mockRejectedValue(new Error('sovereign-cloud backend unavailable'));
    const { outputs, error } = await run(confirmInput);
    expect(error).toBeUndefined();
    expect(records.changes.size).toBe(1);
    expect(mySlot()).toBeDefined();
    expect(outputs.meshSlot).toEqual({
      mesh: 'eu-core',
      freedWhen: 'decommissioned',
    });
    expect(outputs.summary).toContain(
      'Leaving mesh eu-core. Its slot (the provisioning records could not be read) stays reserved until the management cluster no longer has the cluster, then is freed automatically.',
    );
  });

  it('deletes the Cluster and records the decommissioning, keeping the mesh slot until the cluster is gone', async () => {
    // Cluster API's finalizer keeps the Cluster until its machines are gone.
    server.load(capiCluster(['cluster.cluster.x-k8s.io']));
    // The provisioning record names the slot, so the summary can say which ID stays reserved.
    await records.saveRecord({
      id: 'provision-task',
      entity: leavingCluster() as any,
      requestedAt: new Date().toISOString(),
      mode: 'apply',
    });
    const held = mySlot()!;
    const { outputs, error, auditor } = await run(confirmInput);
    expect(error).toBeUndefined();

    expect(deletes()).toHaveLength(1);
    expect(deletes()[0].query.propagationPolicy).toBe('Foreground');
    expect(deletes()[0].query.dryRun).toBeUndefined();
    // Marked for deletion; the catalog shows Decommissioning until it is gone.
    expect(server.get(clusterRef)!.metadata.deletionTimestamp).toBeTruthy();
    expect([...records.changes.values()]).toEqual([
      expect.objectContaining({
        cluster: CLUSTER_REF,
        kind: 'decommission',
        status: 'decommissioning',
        mode: 'apply',
        diff: [
          expect.objectContaining({
            kind: 'Cluster',
            namespace: 'hetzner',
            name: 'hz-fsn1',
            action: 'delete',
          }),
        ],
      }),
    ]);
    // Cluster API still tears it down: a new member given its ID would clash.
    // The backend frees the slot when the change is saved decommissioned.
    expect(mySlot()).toEqual(held);
    expect(records.slots.map(s => s.cluster)).toEqual([
      'sovereigncluster:default/earlier-member',
      CLUSTER_REF,
    ]);
    expect(outputs.deleted).toEqual(['Cluster hetzner/hz-fsn1']);
    expect(outputs.meshSlot).toEqual({
      mesh: 'eu-core',
      clusterId: held.clusterId,
      podCidr: held.podCidr,
      serviceCidr: held.serviceCidr,
      freedWhen: 'decommissioned',
    });
    expect(outputs.summary).toContain(
      `Leaving mesh eu-core. Its slot (ClusterMesh ID ${held.clusterId}, pod CIDR ${held.podCidr}, service CIDR ${held.serviceCidr}) stays reserved until the management cluster no longer has the cluster, then is freed automatically.`,
    );
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'cluster-decommission',
        severityLevel: 'high',
        meta: expect.objectContaining({
          entityRef: CLUSTER_REF,
          managementCluster: 'mgmt',
        }),
      }),
    );
    const event = await (auditor.createEvent as jest.Mock).mock.results[0]
      .value;
    expect(event.success).toHaveBeenCalled();
    for (const text of [JSON.stringify(outputs), ...lines]) {
      expect(text).not.toContain(canary);
    }
  });

  it('does each step once on a retry, and a new run finds the Cluster already gone', async () => {
    const first = await run(confirmInput);
    expect(first.error).toBeUndefined();
    expect(server.get(clusterRef)).toBeUndefined();

    // A retry of the same task: every step is checkpointed.
    server.clearRequests();
    const retry = await run(confirmInput);
    expect(retry.error).toBeUndefined();
    expect(server.requests).toHaveLength(0);
    expect(records.changes.size).toBe(1);

    // A new task: the 404 is fine, nothing left to delete.
    checkpoints.clear();
    const again = await run(confirmInput);
    expect(again.error).toBeUndefined();
    expect(deletes()).toHaveLength(1);
    expect(again.outputs.deleted).toEqual([]);
    expect(again.outputs.meshSlot).toEqual({
      mesh: 'eu-core',
      freedWhen: 'decommissioned',
    });
    expect(again.outputs.summary).toContain(
      'Cluster hetzner/hz-fsn1 is not on management cluster mgmt: already gone.',
    );
    expect(again.outputs.summary).toContain(
      'Its slot, if it still holds one (the provisioning records show none), stays reserved',
    );
  });

  it('fails with the audit trail when the management cluster refuses the deletion', async () => {
    server.faults.inject({
      method: 'DELETE',
      path: /\/clusters\/hz-fsn1$/,
      status: 500,
    });
    const { error, auditor } = await run(confirmInput);
    expect(error).toBeDefined();
    const event = await (auditor.createEvent as jest.Mock).mock.results[0]
      .value;
    expect(event.fail).toHaveBeenCalled();
    // Nothing freed while the cluster may still run.
    expect(mySlot()).toBeDefined();
    expect(records.changes.size).toBe(0);
    expect(error!.message).toContain('delete Cluster hetzner/hz-fsn1');
    expect(error!.message).not.toContain(canary);
  });

  it('names managementCluster when the one the entity names is not configured', async () => {
    const entities = [
      leavingCluster({
        type: 'cluster-api',
        managementCluster: 'sovereigncluster:default/mgmt-ber',
        namespace: 'hetzner',
      }),
    ];
    const { error } = await run(confirmInput, { entities });
    expect(error).toBeInstanceOf(InputError);
    expect(error!.message).toBe(
      'managementCluster: "mgmt-ber" is not in sovereignCloud.kubernetes.clusters (configured: mgmt)',
    );
    const given = await run(
      { ...confirmInput, managementCluster: 'mgmt' },
      { entities },
    );
    expect(given.error).toBeUndefined();
    expect(server.get(clusterRef)).toBeUndefined();
  });

  describe('gitops mode', () => {
    let git: GitHttpServer;
    const files = {
      'clusters/hz-fsn1/cluster.yaml': 'kind: Cluster\n',
      'clusters/hz-fsn1/addons/cilium/objects.yaml': 'kind: HelmRelease\n',
      'clusters/hz-fsn1/catalog-info.yaml': 'kind: SovereignCluster\n',
      'clusters/scw-par/cluster.yaml': 'kind: Cluster\n',
    };
    const gitops = () => ({
      url: git.url,
      token: gitToken,
      author: { name: 'Portal', email: 'portal@example.eu' },
    });

    beforeEach(async () => {
      git = await startGitHttpServer({ token: gitToken, initialFiles: files });
    });
    afterEach(async () => {
      await git.close();
    });

    it('removes the cluster directory with one commit, leaving the other clusters', async () => {
      const before = await git.commitCount();
      const { outputs, error } = await run(
        { ...confirmInput, mode: 'gitops' },
        { gitops: gitops() },
      );
      expect(error).toBeUndefined();
      expect(await git.tree()).toEqual({
        'clusters/scw-par/cluster.yaml': 'kind: Cluster\n',
      });
      expect(await git.commitCount()).toBe(before + 1);
      expect(outputs.commit).toBe(await git.head());
      expect(outputs.deleted).toEqual([
        'clusters/hz-fsn1/addons/cilium/objects.yaml',
        'clusters/hz-fsn1/catalog-info.yaml',
        'clusters/hz-fsn1/cluster.yaml',
      ]);
      // Flux or Argo CD still has to delete the objects: the slot stays held.
      expect(mySlot()).toBeDefined();
      expect(outputs.meshSlot).toEqual({
        mesh: 'eu-core',
        freedWhen: 'decommissioned',
      });
      expect([...records.changes.values()][0]).toMatchObject({
        status: 'decommissioning',
        mode: 'gitops',
        summary: 'Decommission hz-fsn1: delete 3 files, leave mesh eu-core',
      });
      // The management cluster is not touched in gitops mode.
      expect(server.requests).toHaveLength(0);
      for (const text of [JSON.stringify(outputs), ...lines]) {
        expect(text).not.toContain(gitToken);
      }

      // A new run: nothing left, no empty commit.
      checkpoints.clear();
      const again = await run(
        { ...confirmInput, mode: 'gitops' },
        { gitops: gitops() },
      );
      expect(again.error).toBeUndefined();
      expect(again.outputs.deleted).toEqual([]);
      expect(await git.commitCount()).toBe(before + 1);
    });

    it('lists the files it would remove in a dry run, and commits nothing', async () => {
      const before = await git.head();
      const { outputs, error } = await run(
        { ...confirmInput, mode: 'gitops' },
        { gitops: gitops(), isDryRun: true },
      );
      expect(error).toBeUndefined();
      expect(await git.head()).toBe(before);
      expect(outputs.deleted).toHaveLength(3);
      expect(outputs.commit).toBeUndefined();
      expect(mySlot()).toBeDefined();
      expect(outputs.summary).toContain(
        `- clusters/hz-fsn1/cluster.yaml in ${git.url} (branch main)`,
      );
    });

    it('reports the directory to delete when no repository is configured', async () => {
      const { outputs, error } = await run({ ...confirmInput, mode: 'gitops' });
      expect(error).toBeUndefined();
      expect(outputs.deleted).toEqual(['clusters/hz-fsn1/']);
      expect([...records.changes.values()][0].summary).toBe(
        'Decommission hz-fsn1: delete clusters/hz-fsn1/ by hand, leave mesh eu-core',
      );
      expect(outputs.summary).toContain(
        'No GitOps repository is configured (sovereignCloud.provisioning.gitops): delete `clusters/hz-fsn1/`',
      );
      expect(await git.tree()).toEqual(files);
    });
  });

  it.each(examples.map(e => [e.description, e] as const))(
    'has a valid example: %s',
    async (_description, example) => {
      const step = yaml.parse(example.example).steps[0];
      expect(step.action).toBe('sovereign-cloud:cluster:decommission');
      const entity = leavingCluster();
      entity.metadata.name = 'hetzner-eu-prod';
      const { error } = await run(step.input, {
        entities: [entity, managementEntity],
      });
      expect(error).toBeUndefined();
    },
  );
});
