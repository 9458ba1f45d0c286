import { ConfigReader } from '@backstage/config';
import {
  assessCluster,
  createProviderCatalogue,
  defaultCloudProviders,
  evidenceFromEntity,
  mergeObservedEvidence,
  providerFactsFromCatalogue,
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
  HETZNER_IONOS_VERSION,
  hetznerIonosCluster,
} from './__fixtures__/hetznerIonosCluster';
import { KubernetesEvidenceCollector } from './KubernetesEvidenceCollector';
import { readEvidenceCollectionConfig } from './readEvidenceCollectionConfig';

describe('observed evidence against a declaration', () => {
  let server: KubernetesTestServer;
  afterAll(() => server.stop());

  it('turns nodes at another provider and location into drift', async () => {
    server = await KubernetesTestServer.start({
      objects: hetznerIonosCluster,
      serverVersion: HETZNER_IONOS_VERSION,
    });
    const config = new ConfigReader({
      sovereignCloud: {
        kubernetes: { allowedApiServers: [server.url] },
        clusters: { 'eu-a': { token: server.token } },
      },
    });
    const logger = new CapturingLogger();
    const clients = DefaultKubernetesClientFactory.fromConfig(config, {
      logger,
    });
    const collector = KubernetesEvidenceCollector.create({
      clients,
      resolver: ClusterConnectionResolver.fromConfig(config, { clients }),
      settings: readEvidenceCollectionConfig(config),
      logger,
      now: () => new Date('2026-11-30T12:00:00Z'),
    });
    // Declared: Scaleway Paris, no encryption between nodes.
    const entity = sovereignCluster('eu-a', {
      access: accessWithConfigToken(
        server.url,
        'sovereignCloud.clusters.eu-a.token',
      ),
    });
    const catalogue = createProviderCatalogue(defaultCloudProviders());

    const collection = await collector.collect(entity);
    const evidence = mergeObservedEvidence(
      evidenceFromEntity(entity, catalogue),
      collection.observed,
    );
    const report = assessCluster({
      cluster: evidence,
      providers: catalogue.providers.map(p => providerFactsFromCatalogue(p)),
    });

    const drift = Object.fromEntries(report.drift.map(d => [d.evidence, d]));
    expect(Object.keys(drift).sort()).toEqual(['network', 'nodes']);
    const declaredSites = (
      drift.nodes.declared as Array<{ provider: string; location?: string }>
    ).map(n => `${n.provider} ${n.location}`);
    const observedSites = (
      drift.nodes.observed as Array<{ provider: string; location?: string }>
    ).map(n => `${n.provider} ${n.location}`);
    expect(new Set(declaredSites)).toEqual(new Set(['scaleway fr-par']));
    expect(new Set(observedSites)).toEqual(
      new Set(['hetzner fsn1', 'hetzner nbg1', 'ionos de/fra', 'ionos de/txl']),
    );
    expect(drift.network).toEqual({
      evidence: 'network',
      declared: { mode: 'none' },
      observed: { mode: 'wireguard', scope: 'pod-and-node' },
    });
    // The observation, not the declaration, is what the criteria read.
    const interNode = report.criteria.find(c => c.criterionId === 'SC-3.03');
    expect(interNode?.answer?.key).toBe('pod-and-node');
  });
});
