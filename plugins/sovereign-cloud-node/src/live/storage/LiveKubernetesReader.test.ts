import { ConfigReader } from '@backstage/config';
import {
  accessWithConfigToken,
  sovereignCluster,
} from '../../evidence/__fixtures__/entities';
import { DefaultKubernetesClientFactory } from '../../kubernetes/DefaultKubernetesClientFactory';
import { KubernetesTestServer } from '../../testServer/KubernetesTestServer';
import { CapturingLogger } from '../../testing/CapturingLogger';
import { demoClusterObjects } from '../__fixtures__/demoCluster';
import { LiveKubernetesReader, LiveReadContext } from './LiveKubernetesReader';

describe('LiveKubernetesReader', () => {
  let server: KubernetesTestServer;
  let reader: LiveKubernetesReader;
  const entity = () =>
    sovereignCluster('demo-eu', {
      access: accessWithConfigToken(
        server.url,
        'sovereignCloud.clusters.demo-eu.token',
      ),
    });
  const sections = {
    nodes: async (c: LiveReadContext) => (await c.nodes()).length,
  };

  beforeEach(async () => {
    server = await KubernetesTestServer.start({
      name: 'demo-eu',
      objects: demoClusterObjects(),
    });
    const config = new ConfigReader({
      sovereignCloud: {
        kubernetes: { allowedApiServers: [server.url] },
        clusters: { 'demo-eu': { token: server.token } },
        posture: { collection: { timeout: '350ms' } },
      },
    });
    const logger = new CapturingLogger();
    reader = LiveKubernetesReader.fromConfig(config, {
      clients: DefaultKubernetesClientFactory.fromConfig(config, { logger }),
      logger,
    });
  });
  afterEach(() => server.stop());

  it('reads under the posture collection timeout from config', async () => {
    const read = await reader.read(entity(), sections);
    expect(read.base.status).toBe('observed');
    expect(read.results.nodes).toBe(6);

    server.faults.inject({ path: '/api/v1/nodes', hang: true });
    const slow = await reader.read(entity(), sections);
    expect(slow.base).toMatchObject({
      status: 'failed',
      reason: 'timed out after 350 ms',
      problems: [{ section: 'nodes', reason: 'timed out after 350 ms' }],
    });
    expect(slow.results).toEqual({});
  });

  it('says the caller aborted, not that the cluster failed', async () => {
    server.faults.inject({ latencyMs: 200 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const read = await reader.read(entity(), sections, {
      signal: controller.signal,
    });
    expect(read.base).toMatchObject({
      status: 'failed',
      reason: 'aborted by the caller',
    });
  });

  it('never puts the cluster token into a reason', async () => {
    const token = server.token!;
    server.acceptTokens('another-token');
    const read = await reader.read(entity(), sections);
    expect(read.base.status).toBe('failed');
    expect(read.base.reason).toMatch(/^access denied: API server answered 401/);
    expect(JSON.stringify(read)).not.toContain(token);
  });
});
