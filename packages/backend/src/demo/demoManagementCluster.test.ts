import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { startTestBackend } from '@backstage/backend-test-utils';
import { Config, ConfigReader } from '@backstage/config';
import { loadConfig } from '@backstage/config-loader';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { demoLiveClusterFeatures } from './demoLiveClusterFeatures';
import {
  demoManagementClusterConfig,
  readDemoManagementClusterSettings,
} from './demoManagementClusterConfig';

jest.setTimeout(120_000);

const root = path.resolve(__dirname, '../../../..');
const fleet: any[] = parse(
  fs.readFileSync(path.join(root, 'examples/fleet/clusters.yaml'), 'utf8'),
);
const demoLive = parse(
  fs.readFileSync(path.join(root, 'examples/fleet/demo-live.yaml'), 'utf8'),
);
const privateDc = parse(
  fs.readFileSync(path.join(root, 'examples/fleet/private-dc.yaml'), 'utf8'),
);

function configFile(data: object): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-demo-mgmt-'));
  const file = path.join(dir, 'app-config.yaml');
  fs.writeFileSync(file, stringify(data));
  return file;
}

/** A plugin that reads config at init, as the sovereign-cloud plugins do. */
function configProbe(seen: { config?: Config }) {
  return createBackendPlugin({
    pluginId: 'probe',
    register(env) {
      env.registerInit({
        deps: { config: coreServices.rootConfig },
        async init({ config }) {
          seen.config = config;
        },
      });
    },
  });
}

async function start(demo: object, rest: object = {}) {
  const file = configFile({
    backend: { baseUrl: 'http://localhost:7007' },
    sovereignCloud: {
      catalog: {
        clusters: fleet,
        providerCatalogue: { overrides: [privateDc] },
      },
      demo,
      ...rest,
    },
  });
  const features = demoLiveClusterFeatures({
    argv: ['node', 'backend', '--config', file],
    env: {},
  });
  const seen: { config?: Config } = {};
  const backend = await startTestBackend({
    features: [features.rootConfig, features.stopOnShutdown, configProbe(seen)],
  });
  return { backend, config: seen.config!, features };
}

const get = (url: string, token?: string) =>
  fetch(url, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    signal: AbortSignal.timeout(5000),
  });

const entryOf = (config: Config, name: string) =>
  config
    .getConfigArray('sovereignCloud.kubernetes.clusters')
    .find(c => c.getString('name') === name);

describe('readDemoManagementClusterSettings', () => {
  it('is off unless enabled, and refuses to shadow a configured mgmt-fra', () => {
    const read = (data: object) =>
      readDemoManagementClusterSettings(new ConfigReader(data));
    expect(read({})).toBeUndefined();
    expect(
      read({
        sovereignCloud: { demo: { managementCluster: { enabled: false } } },
      }),
    ).toBeUndefined();
    expect(
      read({
        sovereignCloud: { demo: { managementCluster: { enabled: true } } },
      }),
    ).toEqual({ name: 'mgmt-fra' });
    expect(() =>
      read({
        sovereignCloud: {
          demo: { managementCluster: { enabled: true } },
          kubernetes: { clusters: [{ name: 'mgmt-fra', url: 'https://x' }] },
        },
      }),
    ).toThrow(
      /sovereignCloud\.demo\.managementCluster\.enabled: 'mgmt-fra' is already an entry/,
    );
  });

  it('keeps a configured default management cluster', () => {
    const config = new ConfigReader({
      sovereignCloud: { provisioning: { managementCluster: 'mgmt-real' } },
    });
    const data: any = demoManagementClusterConfig(
      config,
      { name: 'mgmt-fra' },
      { kubernetes: { url: 'http://127.0.0.1:1', token: 't' } },
    );
    expect(data.sovereignCloud.provisioning).toBeUndefined();
  });
});

describe('the demo management cluster', () => {
  it('holds the Cluster API Clusters of the fleet that name it, applied by the scaffolder and reconciled by the topology controller', async () => {
    const said = jest.spyOn(console, 'log').mockImplementation(() => {});
    const { backend, config, features } = await start({
      managementCluster: { enabled: true },
    });
    const lines = said.mock.calls.map(args => args.join(' '));
    said.mockRestore();

    const entry = entryOf(config, 'mgmt-fra')!;
    const url = entry.getString('url');
    const token = entry.getString('token');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(
      config.getString('sovereignCloud.provisioning.managementCluster'),
    ).toBe('mgmt-fra');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Demo management cluster 'mgmt-fra': Kubernetes test server at http/,
      ),
    );
    expect(lines.join('\n')).not.toContain(token);

    const response = await get(
      `${url}/apis/cluster.x-k8s.io/v1beta2/clusters`,
      token,
    );
    expect(response.status).toBe(200);
    const clusters: any[] = (await response.json()).items;
    const names = clusters.map(
      c => `${c.metadata.namespace}/${c.metadata.name}`,
    );
    // Every example cluster managed by mgmt-fra at a Cluster API provider; none other.
    expect(names.sort()).toEqual([
      'hetzner/hetzner-fsn-prod',
      'hetzner/hetzner-hel-dr',
      'ionos/ionos-txl-dev',
      'metal3/rhein-main-dc-prod',
      'ovhcloud/ovh-gra-data',
      'scaleway/scaleway-par-prod',
    ]);
    // Those the planner refuses from their entity alone are said, not faked.
    expect(features.managementCluster!.skipped.map(s => s.name)).toContain(
      'aws-esc-brb',
    );
    expect(features.managementCluster!.clusters.sort()).toEqual(names.sort());

    const fsn = clusters.find(c => c.metadata.name === 'hetzner-fsn-prod');
    expect(fsn.spec.topology.version).toBe('v1.33.4');
    expect(fsn.spec.topology.classRef?.name ?? fsn.spec.topology.class).toBe(
      'sovereign-hetzner-v1',
    );
    const managers = fsn.metadata.managedFields.map((m: any) => m.manager);
    expect(managers).toEqual(
      expect.arrayContaining(['sovereign-cloud-scaffolder', 'capi-topology']),
    );
    const topology = fsn.metadata.managedFields.find(
      (m: any) => m.manager === 'capi-topology',
    );
    expect(topology.fieldsV1['f:spec']['f:infrastructureRef']).toBeDefined();
    expect((await get(`${url}/api/v1/namespaces/hetzner`, token)).status).toBe(
      200,
    );
    expect((await get(`${url}/api/v1/namespaces`)).status).toBe(401);

    await backend.stop();
    await expect(get(`${url}/version`, token)).rejects.toThrow();
  });

  it('adds its connection after the live cluster and the configured ones', async () => {
    jest.spyOn(console, 'log').mockImplementation(() => {});
    const { backend, config } = await start(
      {
        managementCluster: { enabled: true },
        liveCluster: { enabled: true, prometheus: false, entity: demoLive },
      },
      {
        kubernetes: {
          clusters: [{ name: 'edge-1', url: 'https://api.edge.example.eu' }],
        },
      },
    );
    expect(
      config
        .getConfigArray('sovereignCloud.kubernetes.clusters')
        .map(c => c.getString('name')),
    ).toEqual(['edge-1', 'demo-live', 'mgmt-fra']);
    await backend.stop();
    jest.restoreAllMocks();
  });

  it('starts nothing and adds nothing when not enabled', async () => {
    const { backend, config, features } = await start({
      managementCluster: { enabled: false },
    });
    expect(features.managementCluster).toBeUndefined();
    expect(config.getOptional('sovereignCloud.kubernetes.clusters')).toBe(
      undefined,
    );
    expect(
      config.getOptional('sovereignCloud.provisioning.managementCluster'),
    ).toBeUndefined();
    await backend.stop();
  });

  it('is on in the demo portal and off in production', async () => {
    const load = (...files: string[]) =>
      loadConfig({
        configRoot: root,
        configTargets: files.map(f => ({ path: path.join(root, f) })),
      }).then(({ appConfigs }) => ConfigReader.fromConfigs(appConfigs));
    expect(
      readDemoManagementClusterSettings(await load('app-config.yaml')),
    ).toEqual({ name: 'mgmt-fra' });
    expect(
      readDemoManagementClusterSettings(
        await load('app-config.yaml', 'app-config.production.yaml'),
      ),
    ).toBeUndefined();
  });
});
