import { ConfigReader } from '@backstage/config';
import { ClusterConnectionResolver } from '../../access/ClusterConnectionResolver';
import {
  accessWithConfigToken,
  sovereignCluster,
} from '../../evidence/__fixtures__/entities';
import { DefaultKubernetesClientFactory } from '../../kubernetes/DefaultKubernetesClientFactory';
import { KubernetesTestServer } from '../../testServer/KubernetesTestServer';
import { CapturingLogger } from '../../testing/CapturingLogger';
import { KubernetesNetworkCollector } from '../network/KubernetesNetworkCollector';
import { KubernetesStorageCollector } from '../storage/KubernetesStorageCollector';
import { LiveKubernetesReader } from '../storage/LiveKubernetesReader';

export const LIVE_NOW = new Date('2026-11-30T12:00:00Z');

/**
 * A test server holding `objects`, registered as SovereignCluster `name`
 * with `spec.access` and a token from config, and both live collectors.
 */
export async function startLiveCluster(
  objects: object[],
  options: { name?: string; timeoutMs?: number } = {},
) {
  const name = options.name ?? 'demo-eu';
  const server = await KubernetesTestServer.start({ name, objects });
  const logger = new CapturingLogger();
  const tokenKey = `sovereignCloud.clusters.${name}.token`;
  const config = new ConfigReader({
    sovereignCloud: {
      kubernetes: { allowedApiServers: [server.url] },
      clusters: { [name]: { token: server.token } },
    },
  });
  const clients = DefaultKubernetesClientFactory.fromConfig(config, { logger });
  const reader = LiveKubernetesReader.create({
    clients,
    resolver: ClusterConnectionResolver.fromConfig(config, { clients }),
    timeoutMs: options.timeoutMs ?? 3_000,
    logger,
    now: () => LIVE_NOW,
  });
  return {
    server,
    logger,
    entity: sovereignCluster(name, {
      access: accessWithConfigToken(server.url, tokenKey),
    }),
    storage: KubernetesStorageCollector.create({ reader }),
    network: KubernetesNetworkCollector.create({ reader }),
  };
}
