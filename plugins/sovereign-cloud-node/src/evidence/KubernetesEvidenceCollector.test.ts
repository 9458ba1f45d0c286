import { ConfigReader } from '@backstage/config';
import {
  createProviderCatalogue,
  defaultCloudProviders,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { ClusterConnectionResolver } from '../access/ClusterConnectionResolver';
import { DefaultKubernetesClientFactory } from '../kubernetes/DefaultKubernetesClientFactory';
import { KubernetesTestServer } from '../testServer/KubernetesTestServer';
import { CapturingLogger } from '../testing/CapturingLogger';
import {
  accessWithConfigToken,
  sovereignCluster,
} from './__fixtures__/entities';
import {
  BATCH_PODS,
  HETZNER_IONOS_VERSION,
  hetznerIonosCluster,
} from './__fixtures__/hetznerIonosCluster';
import {
  MANAGED_AWS_VERSION,
  managedAwsCluster,
} from './__fixtures__/managedAwsCluster';
import { EvidenceCollection } from './ClusterEvidenceCollector';
import { KubernetesEvidenceCollector } from './KubernetesEvidenceCollector';
import { readEvidenceCollectionConfig } from './readEvidenceCollectionConfig';

const NOW = new Date('2026-11-30T12:00:00Z');
const TOKEN_KEY = 'sovereignCloud.clusters.eu-a.token';

async function start(
  objects: object[],
  options: {
    serverVersion?: object;
    token?: string;
    timeout?: string;
  } = {},
) {
  const server = await KubernetesTestServer.start({
    name: 'eu-a',
    objects,
    serverVersion: options.serverVersion,
    ...(options.token ? { token: options.token } : {}),
  });
  const logger = new CapturingLogger();
  const config = new ConfigReader({
    sovereignCloud: {
      kubernetes: { allowedApiServers: [server.url] },
      clusters: { 'eu-a': { token: server.token } },
      posture: {
        collection: {
          timeout: options.timeout ?? '3s',
          ownRegistries: ['harbor.example.eu'],
        },
      },
    },
  });
  const clients = DefaultKubernetesClientFactory.fromConfig(config, { logger });
  const collector = KubernetesEvidenceCollector.create({
    clients,
    resolver: ClusterConnectionResolver.fromConfig(config, { clients }),
    settings: readEvidenceCollectionConfig(config),
    logger,
    now: () => NOW,
  });
  const entity = sovereignCluster('eu-a', {
    access: accessWithConfigToken(server.url, TOKEN_KEY),
  });
  return { server, logger, collector, entity };
}

const probeStatus = (c: EvidenceCollection) =>
  Object.fromEntries(c.probes.map(p => [p.probe, p.status]));

describe('KubernetesEvidenceCollector', () => {
  let server: KubernetesTestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  describe('a self-managed Hetzner + IONOS cluster', () => {
    let collection: EvidenceCollection;
    let requests: KubernetesTestServer['requests'];

    beforeAll(async () => {
      const started = await start(hetznerIonosCluster, {
        serverVersion: HETZNER_IONOS_VERSION,
      });
      collection = await started.collector.collect(started.entity);
      requests = [...started.server.requests];
      await started.server.stop();
    });

    it('is fully observed', () => {
      expect(collection).toMatchObject({
        cluster: 'sovereigncluster:default/eu-a',
        status: 'observed',
        collectedAt: NOW.toISOString(),
      });
      expect(collection.reason).toBeUndefined();
      expect(probeStatus(collection)).toEqual({
        nodes: 'ok',
        images: 'ok',
        cilium: 'ok',
        'storage-classes': 'ok',
        admission: 'ok',
        'audit-logging': 'ok',
      });
      expect(collection.durationMs).toBeGreaterThanOrEqual(0);
    });

    it('places every node at its provider and location', () => {
      const nodes = collection.observed.nodes!;
      expect(nodes.provenance).toBe('observed');
      expect(nodes.note).toBeUndefined();
      expect(nodes.value).toEqual([
        {
          name: 'cp-fra',
          role: 'control-plane',
          provider: 'ionos',
          location: 'de/fra',
          country: 'DE',
          vcpu: 3.92,
        },
        {
          name: 'cp-fsn1',
          role: 'control-plane',
          provider: 'hetzner',
          location: 'fsn1',
          country: 'DE',
          vcpu: 3.92,
        },
        {
          name: 'cp-nbg1',
          role: 'control-plane',
          provider: 'hetzner',
          location: 'nbg1',
          country: 'DE',
          vcpu: 3.92,
        },
        {
          name: 'edge-txl',
          role: 'worker',
          provider: 'ionos',
          location: 'de/txl',
          country: 'DE',
          vcpu: 16,
        },
        {
          name: 'worker-fra-a',
          role: 'worker',
          provider: 'ionos',
          location: 'de/fra',
          country: 'DE',
          vcpu: 8,
          gpus: 1,
        },
        {
          name: 'worker-fsn1-a',
          role: 'worker',
          provider: 'hetzner',
          location: 'fsn1',
          country: 'DE',
          vcpu: 7.91,
        },
        {
          name: 'worker-fsn1-b',
          role: 'worker',
          provider: 'hetzner',
          location: 'fsn1',
          country: 'DE',
          vcpu: 7.91,
        },
      ]);
    });

    it('judges patch currency by the oldest kubelet and reports versions', () => {
      expect(collection.observed.patching?.value).toEqual({
        supported: true,
        current: false,
        timing: 'customer',
      });
      const nodes = collection.probes.find(p => p.probe === 'nodes')!;
      expect(nodes.detail).toContain('kubelet v1.36.4 ×6, v1.36.2 ×1');
      expect(nodes.detail).toContain('API server v1.36.4');
      expect(nodes.detail).toContain('v1.36.2 lags');
    });

    it('counts running pods per registry across pages', () => {
      expect(collection.observed.registries?.value).toEqual([
        {
          host: 'harbor.example.eu',
          pods: BATCH_PODS + 2,
          jurisdiction: 'self',
        },
        { host: 'registry.k8s.io', pods: 4, jurisdiction: 'non-eu' },
        { host: 'docker.io', pods: 2, jurisdiction: 'non-eu' },
        { host: 'ghcr.io', pods: 1, jurisdiction: 'non-eu' },
        { host: 'quay.io', pods: 1, jurisdiction: 'non-eu' },
        { host: 'rg.fr-par.scw.cloud', pods: 1, jurisdiction: 'eu' },
      ]);
      const podPages = requests.filter(r => r.path === '/api/v1/pods');
      expect(podPages).toHaveLength(2);
      expect(podPages[0].query.limit).toBe('500');
      expect(podPages[1].query.continue).toBeTruthy();
    });

    it('reads Cilium WireGuard with node encryption', () => {
      expect(collection.observed.network).toMatchObject({
        value: { mode: 'wireguard', scope: 'pod-and-node' },
        source: 'kube-system/cilium-config',
        provenance: 'observed',
      });
    });

    it('finds the Vault KMS behind the encrypted Rook-Ceph class', () => {
      expect(collection.observed.volumeKeys?.value).toBe('customer-kms');
      const storage = collection.probes.find(
        p => p.probe === 'storage-classes',
      )!;
      expect(storage.detail).toContain("ceph-csi KMS 'vault-eu' (vault)");
      expect(storage.detail).toContain('2 PVs');
    });

    it('reads the enforcing Kyverno policy with own keys and a vulnerability gate', () => {
      expect(collection.observed.admission).toMatchObject({
        value: { mode: 'enforce', signer: 'customer', vulnerabilityGate: true },
        source: 'ClusterPolicy verify-image-signatures',
      });
    });

    it('reads audit logging from the kube-apiserver flags', () => {
      expect(collection.observed.auditLogging).toMatchObject({
        value: 'customer-eu',
        source: expect.stringContaining('kube-system/kube-apiserver-cp-fsn1'),
      });
    });
  });

  it('reads a managed cluster without guessing what it cannot see', async () => {
    const started = await start(managedAwsCluster, {
      serverVersion: MANAGED_AWS_VERSION,
    });
    server = started.server;
    const collection = await started.collector.collect(started.entity);

    expect(collection.status).toBe('observed');
    expect(probeStatus(collection)).toEqual({
      nodes: 'ok',
      images: 'ok',
      cilium: 'skipped',
      'storage-classes': 'ok',
      admission: 'ok',
      'audit-logging': 'skipped',
    });
    expect(collection.observed.nodes?.value).toEqual([
      expect.objectContaining({
        role: 'worker',
        provider: 'aws',
        location: 'eu-central-1',
        country: 'DE',
        vcpu: 3.92,
      }),
      expect.objectContaining({
        role: 'worker',
        provider: 'aws',
        location: 'eu-central-1',
        country: 'DE',
      }),
    ]);
    expect(collection.observed.patching?.value).toEqual({
      supported: false,
      current: false,
      timing: 'provider',
    });
    expect(collection.observed.volumeKeys?.value).toBe('provider-kms-cmk');
    expect(collection.observed.admission?.value).toEqual({
      mode: 'none',
      signer: 'none',
      vulnerabilityGate: false,
    });
    expect(
      collection.observed.registries?.value?.map(r => r.jurisdiction),
    ).toEqual(['non-eu', 'non-eu', 'non-eu']);
    // Unknown stays unknown: the declaration is not overridden.
    expect(collection.observed.network).toBeUndefined();
    expect(collection.observed.auditLogging).toBeUndefined();
    expect(
      collection.probes.find(p => p.probe === 'audit-logging')?.reason,
    ).toContain('managed control plane');
  });

  it('places nodes with the catalogue it is given', async () => {
    const started = await start([
      {
        apiVersion: 'v1',
        kind: 'Node',
        metadata: {
          name: 'rack-7',
          labels: {
            'sovereign-cloud.io/provider': 'acme-dc',
            'sovereign-cloud.io/location': 'ams-dc1',
          },
        },
        status: { allocatable: { cpu: '32' } },
      },
    ]);
    server = started.server;
    const template = defaultCloudProviders().find(
      p => p.metadata.name === 'private-dc',
    )!;
    const acme = {
      ...template,
      metadata: { ...template.metadata, name: 'acme-dc' },
      spec: {
        ...template.spec,
        locations: [
          {
            id: 'ams-dc1',
            country: 'NL',
            euEea: true,
            verification: 'declared' as const,
            sources: [{ title: 'Operator declaration' }],
          },
        ],
      },
    };

    const shipped = await started.collector.collect(started.entity);
    const given = await started.collector.collect(started.entity, {
      catalogue: createProviderCatalogue([...defaultCloudProviders(), acme]),
    });

    expect(shipped.observed.nodes?.value?.[0]).toEqual({
      name: 'rack-7',
      role: 'worker',
      provider: 'acme-dc',
      vcpu: 32,
    });
    expect(given.observed.nodes?.value?.[0]).toMatchObject({
      provider: 'acme-dc',
      location: 'ams-dc1',
      country: 'NL',
    });
  });

  it('fails a cluster slower than the deadline, in time and with the reason', async () => {
    const started = await start(hetznerIonosCluster, { timeout: '300ms' });
    server = started.server;
    server.faults.inject({ latencyMs: 2_000 });

    const collection = await started.collector.collect(started.entity);

    expect(collection).toMatchObject({
      status: 'failed',
      reason: 'timed out after 300 ms',
      observed: {},
    });
    expect(collection.collectedAt).toBeUndefined();
    expect(collection.durationMs).toBeLessThan(1_500);
    expect(collection.probes.every(p => p.status === 'skipped')).toBe(true);
  });

  it('fails a cluster that answers 500 to everything', async () => {
    const started = await start(hetznerIonosCluster);
    server = started.server;
    server.faults.inject({ status: 500 });

    const collection = await started.collector.collect(started.entity);

    expect(collection).toMatchObject({
      status: 'failed',
      reason: 'API server answered 500',
      observed: {},
    });
    expect(started.logger.lines.join('\n')).toContain(
      'Evidence collection for sovereigncluster:default/eu-a failed: API server answered 500',
    );
  });

  it('is partial when RBAC denies pods, and a missing CRD is no policy', async () => {
    const withoutKyverno = hetznerIonosCluster.filter(
      o =>
        !String((o as { apiVersion: string }).apiVersion).includes('kyverno'),
    );
    const started = await start(withoutKyverno);
    server = started.server;
    server.faults.inject({ path: '/api/v1/pods', status: 403 });

    const collection = await started.collector.collect(started.entity);

    expect(collection.status).toBe('partial');
    expect(collection.reason).toBe('1 of 6 probes failed: images');
    const images = collection.probes.find(p => p.probe === 'images')!;
    expect(images.status).toBe('failed');
    expect(images.reason).toMatch(
      /^access denied: API server answered 403: list Pod/,
    );
    expect(collection.observed.registries).toBeUndefined();
    // The other probes still answer; without Kyverno there is no policy.
    expect(collection.observed.network?.value?.mode).toBe('wireguard');
    expect(collection.observed.admission?.value).toEqual({
      mode: 'none',
      signer: 'none',
      vulnerabilityGate: false,
    });
  });

  it('fails every probe alike when RBAC denies all reads', async () => {
    const started = await start(managedAwsCluster);
    server = started.server;
    server.faults.inject({ path: /^\/(api|apis)\/.+/, status: 403 });

    const collection = await started.collector.collect(started.entity);

    expect(collection.status).toBe('failed');
    expect(collection.reason).toBe('access denied: API server answered 403');
    expect(collection.probes.every(p => p.status === 'failed')).toBe(true);
  });

  it('is not configured without spec.access, and asks the cluster nothing', async () => {
    const started = await start(managedAwsCluster);
    server = started.server;
    server.clearRequests();

    const collection = await started.collector.collect(
      sovereignCluster('no-access'),
    );

    expect(collection).toMatchObject({
      cluster: 'sovereigncluster:default/no-access',
      status: 'not-configured',
      observed: {},
    });
    expect(collection.reason).toContain(
      'no live source configured (spec.access is not set',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('reads a cluster named by the kubernetes-cluster annotation through config', async () => {
    const started = await start(managedAwsCluster);
    server = started.server;
    // The configured cluster's URL is only known once the server runs.
    const config = new ConfigReader({
      sovereignCloud: {
        kubernetes: {
          clusters: [
            { name: 'aws-prod', url: server.url, token: server.token },
          ],
        },
      },
    });
    const clients = DefaultKubernetesClientFactory.fromConfig(config, {
      logger: started.logger,
    });
    const collector = KubernetesEvidenceCollector.create({
      clients,
      resolver: ClusterConnectionResolver.fromConfig(config, { clients }),
      settings: readEvidenceCollectionConfig(config),
      logger: started.logger,
      now: () => NOW,
    });

    const collection = await collector.collect(
      sovereignCluster('aws-prod', {
        annotations: { 'sovereign-cloud.io/kubernetes-cluster': 'aws-prod' },
      }),
    );
    expect(collection.status).toBe('observed');
    expect(collection.observed.nodes?.value).toHaveLength(2);

    const unknown = await collector.collect(
      sovereignCluster('other', {
        annotations: { 'sovereign-cloud.io/kubernetes-cluster': 'nope' },
      }),
    );
    expect(unknown).toMatchObject({ status: 'failed' });
    expect(unknown.reason).toContain(
      "names 'nope', which is not in sovereignCloud.kubernetes.clusters",
    );
  });

  it('refuses an API server outside the allowlist without contacting it', async () => {
    const started = await start(managedAwsCluster);
    server = started.server;
    server.clearRequests();
    const entity = sovereignCluster('elsewhere', {
      access: accessWithConfigToken(
        'https://api.elsewhere.example.com:6443',
        TOKEN_KEY,
      ),
    });

    const collection = await started.collector.collect(entity);

    expect(collection.status).toBe('failed');
    expect(collection.reason).toContain('is not allowed');
    expect(server.requests).toHaveLength(0);
  });

  it('stops when the caller aborts', async () => {
    const started = await start(managedAwsCluster);
    server = started.server;
    server.faults.inject({ latencyMs: 2_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);

    const collection = await started.collector.collect(started.entity, {
      signal: controller.signal,
    });

    expect(collection).toMatchObject({
      status: 'failed',
      reason: 'aborted by the caller',
    });
    expect(collection.durationMs).toBeLessThan(1_500);
  });

  it('never shows the credential in results, errors or logs', async () => {
    const canary = 'canary-token-7f3a9c1e5b2d4a6f';
    const started = await start(hetznerIonosCluster, {
      token: canary,
      serverVersion: HETZNER_IONOS_VERSION,
    });
    server = started.server;
    // A server that echoes the token back in its error.
    server.faults.inject({
      path: '/api/v1/pods',
      status: 500,
      body: {
        kind: 'Status',
        apiVersion: 'v1',
        status: 'Failure',
        message: `internal error handling bearer ${canary}`,
        reason: 'InternalError',
        code: 500,
      },
    });
    const partial = await started.collector.collect(started.entity);
    expect(partial.status).toBe('partial');
    expect(partial.probes.find(p => p.probe === 'images')?.reason).toContain(
      '[REDACTED]',
    );

    server.faults.clear();
    server.acceptTokens('another-token-entirely');
    const denied = await started.collector.collect(started.entity);
    expect(denied).toMatchObject({
      status: 'failed',
      reason: 'access denied: API server answered 401',
    });

    for (const text of [
      JSON.stringify(partial),
      JSON.stringify(denied),
      started.logger.lines.join('\n'),
    ]) {
      expect(text).not.toContain(canary);
      expect(text).not.toContain(Buffer.from(canary).toString('base64'));
    }
  });
});
