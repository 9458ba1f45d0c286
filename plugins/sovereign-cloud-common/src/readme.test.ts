import { readFileSync } from 'fs';
import { resolve } from 'path';
import YAML from 'yaml';
import {
  exampleCloudProvider,
  exampleSovereignCluster,
} from './schema/examples';
import {
  validateCloudProvider,
  validateSovereignCluster,
} from './validation/validateEntities';

// The README's YAML is what people copy; it must be valid and match the tested examples.
const readme = readFileSync(resolve(__dirname, '../README.md'), 'utf8');
const documents = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map(match => YAML.parse(match[1]))
  .filter(doc => doc?.apiVersion === 'sovereign-cloud.io/v1alpha1');

describe('README examples', () => {
  it('show one document of each kind', () => {
    expect(documents.map(d => d.kind)).toEqual([
      'SovereignCluster',
      'CloudProvider',
    ]);
  });

  it('are the tested examples, and valid', () => {
    const [cluster, provider] = documents;
    expect(cluster).toEqual(exampleSovereignCluster);
    expect(provider).toEqual(exampleCloudProvider);
    expect(validateSovereignCluster(cluster).problems).toEqual([]);
    expect(validateCloudProvider(provider).problems).toEqual([]);
  });
});
