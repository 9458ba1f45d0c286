import {
  createProviderCatalogue,
  defaultCloudProviders,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { DefaultKubernetesClientFactory } from '../../kubernetes/DefaultKubernetesClientFactory';
import { KubernetesTestServer } from '../../testServer/KubernetesTestServer';
import { ProbeContext } from '../probes/EvidenceProbe';
import { locateNode } from '../probes/nodes/locateNodes';
import { CapturingLogger } from '../../testing/CapturingLogger';

/** A probe context on a test server, for running one probe alone. */
export function probeContextFor(server: KubernetesTestServer): ProbeContext {
  const client = DefaultKubernetesClientFactory.create({
    config: {
      requestTimeoutMs: 5_000,
      allowedApiServers: [server.url],
      tokenSecretNamespaces: [],
      tokenCacheTtlMs: 60_000,
      clusters: [],
    },
    logger: new CapturingLogger(),
  }).forCluster(server.connection());
  const catalogue = createProviderCatalogue(defaultCloudProviders());
  const signal = new AbortController().signal;
  return {
    client,
    signal,
    catalogue,
    settings: { timeoutMs: 5_000, ownRegistries: [], ownSigningIdentities: [] },
    now: new Date('2026-11-30T12:00:00Z'),
    serverVersion: 'v1.36.4',
    nodes: async () =>
      (await client.list('v1', 'Node', { signal })).items.map(n =>
        locateNode(n, catalogue),
      ),
  };
}
