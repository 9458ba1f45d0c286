import { FIXTURES, REPO_ROOT, testIo } from '../../__testUtils__/testIo';
import { collectEntities } from './collectEntities';
import { parseDocuments, readDocuments } from './readDocuments';

const read = (files: string[], cwd = FIXTURES) =>
  readDocuments(files, testIo({ cwd }).io);

describe('collectEntities', () => {
  it('sorts clusters, meshes and unused documents', async () => {
    const fleet = collectEntities(
      await read(['passing-cluster.yaml', 'failing-cluster.yaml']),
    );
    expect(fleet.clusters.map(c => c.entityRef)).toEqual([
      'sovereigncluster:default/ionos-fra-payments',
      'sovereigncluster:default/scaleway-par-payments',
    ]);
    expect(fleet.meshes.map(m => m.metadata.name)).toEqual(['payments']);
    expect(fleet.ignored).toEqual([
      'failing-cluster.yaml, document 3: Group "platform-team" is not used',
    ]);
  });

  it('reads the example fleet (a YAML list) and its private data centre', async () => {
    const fleet = collectEntities(
      await read(
        ['examples/fleet/clusters.yaml', 'examples/fleet/private-dc.yaml'],
        REPO_ROOT,
      ),
    );
    expect(fleet.clusters).toHaveLength(14);
    expect(fleet.clusters[5].source).toMatchObject({ document: 1, item: 6 });
    expect(fleet.providers.map(p => p.metadata.name)).toEqual([
      'rhein-main-dc',
    ]);
  });

  it('reports every invalid document with file, document and field', async () => {
    const docs = await read(['passing-cluster.yaml', 'malformed-cluster.yaml']);
    expect(() => collectEntities(docs)).toThrow(
      [
        'Invalid entities, nothing was assessed:',
        '- malformed-cluster.yaml, document 2 (SovereignCluster "broken"): spec.nodePools[0].count: must be a positive integer, got -1',
        '- malformed-cluster.yaml, document 2 (SovereignCluster "broken"): spec.network.encryption.mode: is required',
      ].join('\n'),
    );
  });

  it('validates CloudProviders and rejects duplicate clusters', () => {
    const docs = parseDocuments(
      'mixed.yaml',
      [
        'apiVersion: sovereign-cloud.io/v1alpha1',
        'kind: CloudProvider',
        'metadata: { name: own-dc }',
        'spec: { type: private-dc }',
      ].join('\n'),
    );
    expect(() => collectEntities(docs)).toThrow(
      /mixed\.yaml, document 1 \(CloudProvider "own-dc"\): spec\.\w+/,
    );
  });

  it('rejects the same cluster twice', async () => {
    const docs = await read(['passing-cluster.yaml', 'passing-cluster.yaml']);
    expect(() => collectEntities(docs)).toThrow(
      'passing-cluster.yaml, document 1 (SovereignCluster "ionos-fra-payments"): duplicate of sovereigncluster:default/ionos-fra-payments in passing-cluster.yaml, document 1',
    );
  });
});
