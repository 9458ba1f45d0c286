import fs from 'node:fs';
import path from 'node:path';
import {
  createProviderCatalogue,
  defaultCloudProviders,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { providerTableMarkdown } from './providerTable';
import { INFRASTRUCTURE_PROVIDERS, PROVIDER_RENDERERS } from './providers';
import { rendererForProvider } from './renderClusterManifests';

describe('provider table', () => {
  it('is the table of the README', () => {
    const readme = fs.readFileSync(
      path.resolve(__dirname, '../../../README.md'),
      'utf8',
    );
    // Prettier pads the columns; compare the cells.
    const cells = (markdown: string) =>
      markdown
        .split('\n')
        .filter(line => line.startsWith('|'))
        .map(line =>
          line.split('|').map(cell => cell.trim().replace(/^-+$/, '-')),
        );
    const table = cells(providerTableMarkdown());
    const readmeRows = cells(readme);
    const start = readmeRows.findIndex(row => row[1] === 'Provider');
    expect(readmeRows.slice(start, start + table.length)).toEqual(table);
  });

  it('agrees with the provider catalogue on releases and API versions', () => {
    const catalogue = createProviderCatalogue(defaultCloudProviders());
    for (const [name, id] of Object.entries(PROVIDER_RENDERERS)) {
      const provider = catalogue.find(name)!;
      expect({ name, renderer: rendererForProvider(provider) }).toEqual({
        name,
        renderer: id,
      });
      const facts = INFRASTRUCTURE_PROVIDERS[id];
      const provisioning = provider.spec.provisioning.find(
        p =>
          (p.method === 'cluster-api' &&
            p.clusterKind &&
            facts.kinds.cluster.startsWith(p.clusterKind)) ||
          (p.method === 'crossplane' &&
            p.crossplaneProvider === facts.repository),
      );
      expect({ name, found: provisioning !== undefined }).toEqual({
        name,
        found: true,
      });
      const capi =
        provisioning?.method === 'cluster-api' ? provisioning : undefined;
      expect({
        name,
        release: capi?.release ?? facts.release,
        api: capi?.apiVersion ?? facts.infrastructureApiVersion,
      }).toEqual({
        name,
        release: facts.release,
        api: facts.infrastructureApiVersion,
      });
    }
  });
});
