import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { startTestBackend } from '@backstage/backend-test-utils';
import { Config } from '@backstage/config';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { prometheusInstalled } from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';
import { demoLiveClusterFeatures } from './demoLiveClusterFeatures';

jest.setTimeout(120_000);

const entity = {
  apiVersion: 'sovereign-cloud.io/v1alpha1',
  kind: 'SovereignCluster',
  metadata: {
    name: 'demo-live',
    annotations: {
      'sovereign-cloud.io/demo': 'true',
      'sovereign-cloud.io/kubernetes-cluster': 'demo-live',
    },
  },
};

function configFile(data: object): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-demo-config-'));
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

async function start(liveCluster: object) {
  const file = configFile({
    backend: { baseUrl: 'http://localhost:7007' },
    sovereignCloud: {
      catalog: { clusters: [{ name: 'fsn-prod' }] },
      demo: { liveCluster: { entity, ...liveCluster } },
    },
  });
  const demo = demoLiveClusterFeatures({
    argv: ['node', 'backend', '--config', file],
    env: {},
  });
  const seen: { config?: Config } = {};
  const backend = await startTestBackend({
    features: [demo.rootConfig, demo.stopOnShutdown, configProbe(seen)],
  });
  return { backend, config: seen.config!, demo };
}

const demoEntry = (config: Config) =>
  config.getConfigArray('sovereignCloud.kubernetes.clusters')[0];

const get = (url: string, token?: string) =>
  fetch(url, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    signal: AbortSignal.timeout(5000),
  });

// Fails under CI=true when the binaries are missing, like the other Prometheus tests.
const describeIfPrometheus = prometheusInstalled() ? describe : describe.skip;

describe('demoLiveClusterFeatures', () => {
  it('gives plugins the demo connection and entity at init, and stops the server on shutdown', async () => {
    const said = jest.spyOn(console, 'log').mockImplementation(() => {});
    const { backend, config } = await start({
      enabled: true,
      prometheus: false,
    });
    const [entry] = config.getConfigArray('sovereignCloud.kubernetes.clusters');
    expect(entry.getString('name')).toBe('demo-live');
    expect(entry.getOptionalConfig('prometheus')).toBeUndefined();
    const url = entry.getString('url');
    const token = entry.getString('token');
    const lines = said.mock.calls.map(args => args.join(' '));
    said.mockRestore();
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Demo live cluster 'demo-live': Kubernetes test server at http/,
      ),
    );
    expect(lines.join('\n')).not.toContain(token);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(config.get('sovereignCloud.catalog.clusters')).toEqual([
      { name: 'fsn-prod' },
      entity,
    ]);

    const nodes = await get(`${url}/api/v1/nodes`, token);
    expect(nodes.status).toBe(200);
    const body = await nodes.json();
    expect(body.items.map((n: any) => n.metadata.name)).toContain('cp-fsn1');
    expect((await get(`${url}/api/v1/nodes`)).status).toBe(401);

    await backend.stop();
    await expect(get(`${url}/version`, token)).rejects.toThrow();
  });

  it('draws a new token on each start', async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { backend, config } = await start({
        enabled: true,
        prometheus: false,
      });
      tokens.push(demoEntry(config).getString('token'));
      await backend.stop();
    }
    expect(tokens[0]).not.toBe(tokens[1]);
  });

  it('starts nothing and adds nothing when not enabled', async () => {
    const { backend, config, demo } = await start({ enabled: false });
    expect(demo.running).toBeUndefined();
    expect(config.getOptional('sovereignCloud.kubernetes.clusters')).toBe(
      undefined,
    );
    expect(config.get('sovereignCloud.catalog.clusters')).toEqual([
      { name: 'fsn-prod' },
    ]);
    await backend.stop();
  });
});

describeIfPrometheus(
  'demoLiveClusterFeatures with Prometheus installed',
  () => {
    it('runs a Prometheus with the always-firing alert, and stops it', async () => {
      const { backend, config } = await start({ enabled: true });
      const url = demoEntry(config).getString('prometheus.url');
      const alerts = await (await get(`${url}/api/v1/alerts`)).json();
      expect(
        alerts.data.alerts.map((a: any) => [a.labels.alertname, a.state]),
      ).toContainEqual(['Watchdog', 'firing']);
      await backend.stop();
      await expect(get(`${url}/-/ready`)).rejects.toThrow();
    });
  },
);
