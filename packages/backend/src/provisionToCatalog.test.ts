import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleTemplateKind from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import {
  eventsServiceFactory,
  eventsServiceRef,
} from '@backstage/plugin-events-node';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import catalogModuleSovereignCloud from '@sovereign-cloud/plugin-catalog-backend-module-sovereign-cloud';
import scaffolderModuleSovereignCloud from '@sovereign-cloud/plugin-scaffolder-backend-module-sovereign-cloud';
import sovereignCloudPlugin from '@sovereign-cloud/plugin-sovereign-cloud-backend';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { parseAllDocuments, stringify } from 'yaml';

const MESH = 'resource:default/eu-core';
const PROVISIONING_ID = 'sovereign-cloud.io/provisioning-id';

// A template that only provisions in gitops mode, then lists the files it wrote: the real
// workspace is removed when the task ends, the task log keeps what a publish step would push.
const template = {
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: { name: 'provision-to-catalog' },
  spec: {
    owner: 'group:default/platform-team',
    type: 'sovereign-cluster',
    parameters: [
      { required: ['request'], properties: { request: { type: 'object' } } },
    ],
    steps: [
      {
        id: 'provision',
        name: 'Write the GitOps files',
        action: 'sovereign-cloud:cluster:provision',
        input: { mode: 'gitops', request: '${{ parameters.request }}' },
      },
      {
        id: 'files',
        name: 'List the GitOps files',
        action: 'debug:log',
        input: { listWorkspace: 'with-contents' },
      },
    ],
  },
};

// A Hetzner cluster joining the eu-core mesh with Cilium and WireGuard.
function clusterRequest(name: string) {
  return {
    name,
    owner: 'group:default/platform-team',
    provider: 'hetzner',
    locations: ['fsn1', 'nbg1'],
    kubernetesVersion: 'v1.33.4',
    controlPlane: { replicas: 3, machineType: 'cx33' },
    nodePools: [
      { name: 'fsn-workers', location: 'fsn1', machineType: 'cx42', count: 2 },
      { name: 'nbg-workers', location: 'nbg1', machineType: 'cx42', count: 2 },
    ],
    network: { overlay: 'cilium-wireguard', mesh: MESH },
    storage: { backend: 'longhorn', replication: 2, failureDomain: 'zone' },
    observability: { enabled: false },
    policy: { allowedJurisdictions: ['EU'] },
    management: { managementCluster: 'mgmt-fra', namespace: 'hetzner' },
  };
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

/** A 32-bit IPv4 range [first, last] of a CIDR such as 10.1.0.0/16. */
function rangeOf(cidr: string): [number, number] {
  const [address, bits] = cidr.split('/');
  const base = address
    .split('.')
    .reduce((value, octet) => value * 256 + Number(octet), 0);
  const size = 2 ** (32 - Number(bits));
  return [base, base + size - 1];
}

describe('provisioning a cluster through the scaffolder', () => {
  let workDir: string;

  beforeAll(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'provision-to-catalog-'));
    fs.writeFileSync(
      path.join(workDir, 'template.yaml'),
      stringify(template),
      'utf8',
    );
  });

  afterAll(() => {
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  // The default mock of startTestBackend gives each plugin its own bus, which would hide the
  // event; the second case is the events service that createBackend installs.
  const sharedBus = mockServices.events();
  it.each([
    [
      'one in-memory bus shared by all plugins',
      createServiceFactory({
        service: eventsServiceRef,
        deps: {},
        factory: () => sharedBus,
      }),
    ],
    ['the events service of createBackend', eventsServiceFactory],
  ])(
    'with %s, shows each cluster in the catalog as Provisioning at once, with its own ClusterMesh slot',
    async (_, events) => {
      const backend = await startTestBackend({
        features: [
          catalogPlugin,
          catalogModuleTemplateKind,
          catalogModuleSovereignCloud,
          scaffolderPlugin,
          scaffolderModuleSovereignCloud,
          sovereignCloudPlugin,
          events,
          mockServices.rootConfig.factory({
            data: {
              backend: { workingDirectory: workDir },
              catalog: {
                processingInterval: { seconds: 1 },
                locations: [
                  {
                    type: 'file',
                    target: path.join(workDir, 'template.yaml'),
                    rules: [{ allow: ['Template'] }],
                  },
                ],
              },
              // Only the event of a new record can make a cluster appear within the test.
              sovereignCloud: {
                catalog: {
                  schedule: {
                    frequency: { minutes: 30 },
                    timeout: { minutes: 3 },
                  },
                },
              },
            },
          }),
        ],
      });
      const auth = mockCredentials.user.header();
      const api = request(backend.server);

      async function provision(name: string) {
        const created = await api
          .post('/api/scaffolder/v2/tasks')
          .set('Authorization', auth)
          .send({
            templateRef: 'template:default/provision-to-catalog',
            values: { request: clusterRequest(name) },
          });
        expect(created.status).toBe(201);
        const taskId: string = created.body.id;
        const task = await waitFor(
          `task ${taskId}`,
          async () => {
            const res = await api
              .get(`/api/scaffolder/v2/tasks/${taskId}`)
              .set('Authorization', auth);
            return ['completed', 'failed', 'cancelled'].includes(
              res.body.status,
            )
              ? res.body
              : undefined;
          },
          20_000,
        );
        const log = await api
          .get(`/api/scaffolder/v2/tasks/${taskId}/events`)
          .set('Authorization', auth);
        const messages: string[] = log.body.map(
          (event: { body: { message?: string } }) => event.body.message ?? '',
        );
        if (task.status !== 'completed') {
          throw new Error(
            `task ${taskId} ended ${task.status}:\n${messages.join('\n')}`,
          );
        }
        return { taskId, messages };
      }

      async function clusters(name: string) {
        const res = await api
          .get('/api/catalog/entities/by-query')
          .query({
            filter: `kind=SovereignCluster,metadata.name=${name}`,
          })
          .set('Authorization', auth);
        expect(res.status).toBe(200);
        return res.body.items as any[];
      }

      /** The values of the Cilium HelmRelease among the cluster's listed GitOps files. */
      function ciliumValues(messages: string[], name: string) {
        // The logger prefixes the level (with colours); debug:log lists each file as
        // " - <path>:\n\n  <content>".
        const listing = messages.find(m => m.includes('Workspace:\n'));
        expect(listing).toBeDefined();
        const files = listing!
          .split(/\n - (?=clusters\/)/)
          .slice(1)
          .map(entry => {
            const [file, ...content] = entry.split(':\n\n');
            return { file, text: content.join(':\n\n').replace(/^ {2}/, '') };
          })
          .filter(({ file }) => /\.ya?ml$/.test(file));
        expect(files.map(({ file }) => file)).toEqual(
          expect.arrayContaining([
            `clusters/${name}/addons/objects.yaml`,
            `clusters/${name}/cluster.yaml`,
            `clusters/${name}/catalog-info.yaml`,
          ]),
        );
        const cilium = files
          .flatMap(({ text }) => parseAllDocuments(text))
          .map(document => document.toJS())
          .find(
            object =>
              object?.kind === 'HelmRelease' &&
              object.spec?.releaseName === 'cilium',
          );
        expect(cilium).toBeDefined();
        return cilium.spec.values as {
          cluster: { name: string; id: number };
          ipam: { operator: { clusterPoolIPv4PodCIDRList: string[] } };
        };
      }

      try {
        await waitFor(
          'the template in the catalog',
          async () => {
            const res = await api
              .get(
                '/api/catalog/entities/by-name/template/default/provision-to-catalog',
              )
              .set('Authorization', auth);
            return res.status === 200 ? res.body : undefined;
          },
          20_000,
        );
        const first = await provision('hetzner-fsn-a');
        const [entity] = await waitFor(
          'hetzner-fsn-a in the catalog',
          async () => {
            const found = await clusters('hetzner-fsn-a');
            return found.length ? found : undefined;
          },
          5_000,
        );
        expect(entity.spec.status.phase).toBe('Provisioning');
        expect(entity.metadata.annotations[PROVISIONING_ID]).toBe(first.taskId);
        expect(entity.spec.network.mesh).toBe(MESH);

        const second = await provision('hetzner-nbg-b');
        const [other] = await waitFor(
          'hetzner-nbg-b in the catalog',
          async () => {
            const found = await clusters('hetzner-nbg-b');
            return found.length ? found : undefined;
          },
          5_000,
        );
        expect(other.spec.status.phase).toBe('Provisioning');
        expect(other.metadata.annotations[PROVISIONING_ID]).toBe(second.taskId);

        // The refresh for the second record keeps the first cluster, once.
        const again = await clusters('hetzner-fsn-a');
        expect(again).toHaveLength(1);
        expect(again[0].metadata.annotations[PROVISIONING_ID]).toBe(
          first.taskId,
        );
        expect(await clusters('hetzner-nbg-b')).toHaveLength(1);

        const a = ciliumValues(first.messages, 'hetzner-fsn-a');
        const b = ciliumValues(second.messages, 'hetzner-nbg-b');
        expect(a.cluster.name).toBe('hetzner-fsn-a');
        expect(b.cluster.name).toBe('hetzner-nbg-b');
        expect(a.cluster.id).toBeGreaterThan(0);
        expect(b.cluster.id).toBeGreaterThan(0);
        expect(b.cluster.id).not.toBe(a.cluster.id);

        // The files and the catalog agree on the pod ranges, and they do not overlap.
        const [podsA] = a.ipam.operator.clusterPoolIPv4PodCIDRList;
        const [podsB] = b.ipam.operator.clusterPoolIPv4PodCIDRList;
        expect(entity.spec.network.podCidr).toBe(podsA);
        expect(other.spec.network.podCidr).toBe(podsB);
        const [firstA, lastA] = rangeOf(podsA);
        const [firstB, lastB] = rangeOf(podsB);
        expect(lastA < firstB || lastB < firstA).toBe(true);
      } finally {
        await backend.stop();
      }
    },
    60_000,
  );
});
