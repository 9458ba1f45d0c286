import {
  createProviderCatalogue,
  defaultCloudProviders,
  parseDeployableWorkload,
  planPlacement,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  renderEdge,
  renderWorkload,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { workloadFleet } from '../../__testUtils__/workloadFleet';
import { renderEdgeKarmadaDelivery } from './edgeKarmadaDelivery';
import { ledgerEdge } from './expose.examples';
import { ledgerWorkload } from './place.examples';

const ADDRESSES: Record<string, string> = {
  'hz-fsn1': '198.51.100.10',
  'ionos-txl': '198.51.100.20',
  'scw-par': '198.51.100.30',
};

function placedEdge(edge: unknown) {
  const fleet = workloadFleet().map(entity => ({
    entity: entity as SovereignClusterEntity,
  }));
  const workload = parseDeployableWorkload(ledgerWorkload);
  const rendered = renderWorkload(
    workload,
    planPlacement(workload, fleet, {
      catalogue: createProviderCatalogue(defaultCloudProviders()),
    }),
    fleet,
  );
  return renderEdge(edge, rendered, fleet);
}

const externalDnsEdge = {
  ...ledgerEdge,
  globalEntry: {
    strategy: 'external-dns',
    sites: Object.fromEntries(
      Object.entries(ADDRESSES).map(([cluster, address]) => [
        cluster,
        {
          address,
          healthCheck: [{ name: 'health-check-id', value: `hc-${cluster}` }],
        },
      ]),
    ),
    dns: { service: 'PowerDNS', providers: ['hetzner', 'scaleway'] },
  },
};

describe('renderEdgeKarmadaDelivery', () => {
  it('propagates every edge object to exactly the chosen clusters, the ClusterIssuer by a cluster policy', () => {
    const objects = renderEdgeKarmadaDelivery(placedEdge(ledgerEdge));
    const policy = objects.find(o => o.kind === 'PropagationPolicy')!;
    const clusterPolicy = objects.find(
      o => o.kind === 'ClusterPropagationPolicy',
    )!;
    expect((policy.spec as any).placement.clusterAffinity.clusterNames).toEqual(
      ['hz-fsn1', 'ionos-txl', 'scw-par'],
    );
    const templates = objects.filter(
      o => o.apiVersion !== 'policy.karmada.io/v1alpha1',
    );
    const selected = [
      ...(policy.spec as any).resourceSelectors,
      ...(clusterPolicy.spec as any).resourceSelectors,
    ].map((s: any) => `${s.kind}/${s.name}`);
    expect(selected.sort()).toEqual(
      templates.map(t => `${t.kind}/${t.metadata!.name}`).sort(),
    );
    expect((clusterPolicy.spec as any).resourceSelectors).toEqual([
      expect.objectContaining({ kind: 'ClusterIssuer' }),
    ]);
    // Each object once, whatever the number of clusters.
    expect(templates.filter(t => t.kind === 'Gateway')).toHaveLength(1);
  });

  it('overrides per cluster what differs between clusters, such as the address of each site', () => {
    const edge = placedEdge(externalDnsEdge);
    const objects = renderEdgeKarmadaDelivery(edge);
    const overrides = objects.filter(o => o.kind === 'OverridePolicy');
    const gatewayOverride = overrides.find(
      o => (o.spec as any).resourceSelectors[0].kind === 'Gateway',
    )!;
    const rules = (gatewayOverride.spec as any).overrideRules;
    // The template carries the first cluster's address; the others are overridden.
    expect(rules.map((r: any) => r.targetCluster.clusterNames)).toEqual([
      ['ionos-txl'],
      ['scw-par'],
    ]);
    for (const rule of rules) {
      const cluster = rule.targetCluster.clusterNames[0];
      const expected = edge.clusters
        .find(c => c.cluster === cluster)!
        .objects.find(o => o.kind === 'Gateway')!.spec;
      expect(rule.overriders.plaintext).toEqual([
        { path: '/spec', operator: 'replace', value: expected },
      ]);
      expect(JSON.stringify(rule)).toContain(ADDRESSES[cluster]);
    }
    // What is the same everywhere needs no override.
    expect(
      overrides.some(
        o => (o.spec as any).resourceSelectors[0].kind === 'Certificate',
      ),
    ).toBe(false);
  });
});
