import { entityKindSchemaValidator } from '@backstage/catalog-model';
import { mutate } from '../testing/mutate';
import { exampleCloudProvider, exampleSovereignCluster } from './examples';
import { isSecretFieldName } from './inlineSecrets';
import { toJsonSchema } from './jsonSchema';
import {
  cloudProviderEntityV1alpha1Schema,
  cloudProviderFormat,
  sovereignClusterEntityV1alpha1Schema,
  sovereignClusterFormat,
} from './kinds';

describe('kind JSON Schemas', () => {
  // First in the file: compiled schemas are cached per module registry.
  it('compile without Ajv strict-mode warnings', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    const log = jest.spyOn(console, 'log').mockImplementation(() => {});
    entityKindSchemaValidator(sovereignClusterEntityV1alpha1Schema);
    entityKindSchemaValidator(cloudProviderEntityV1alpha1Schema);
    expect(warn).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
    warn.mockRestore();
    log.mockRestore();
  });

  const clusters = () =>
    entityKindSchemaValidator(sovereignClusterEntityV1alpha1Schema);
  const providers = () =>
    entityKindSchemaValidator(cloudProviderEntityV1alpha1Schema);

  it('look like Backstage kind schemas', () => {
    expect(sovereignClusterEntityV1alpha1Schema).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema',
      $id: 'SovereignClusterV1alpha1',
      allOf: [
        { $ref: 'Entity' },
        expect.objectContaining({ required: ['spec'] }),
      ],
    });
    expect(cloudProviderEntityV1alpha1Schema.$id).toBe('CloudProviderV1alpha1');
  });

  it('accept their examples', () => {
    expect(clusters()(exampleSovereignCluster)).toBe(exampleSovereignCluster);
    expect(providers()(exampleCloudProvider)).toBe(exampleCloudProvider);
  });

  it('answer false for other kinds and versions, as catalog processors expect', () => {
    expect(clusters()(exampleCloudProvider)).toBe(false);
    expect(
      clusters()(
        mutate(
          exampleSovereignCluster,
          c => (c.apiVersion = 'backstage.io/v1alpha1'),
        ),
      ),
    ).toBe(false);
  });

  it('throw for invalid entities of their kind', () => {
    const fractional = mutate(
      exampleSovereignCluster,
      c => (c.spec.nodePools[0].count = 2.5),
    );
    expect(() => clusters()(fractional)).toThrow(TypeError);
  });

  it.each([
    ['a token field', (c: any) => (c.spec.access.auth.token = 'abc')],
    [
      'a Client_Secret label',
      (c: any) => (c.spec.nodePools[0].labels = { Client_Secret: 'x' }),
    ],
    [
      'a token annotation',
      (c: any) => (c.metadata.annotations = { 'example.com/token': 'x' }),
    ],
    [
      'a private key value',
      (c: any) =>
        (c.spec.management = {
          type: 'external',
          description:
            '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
        }),
    ],
  ])('reject inline credentials: %s', (_name, change) => {
    expect(() => clusters()(mutate(exampleSovereignCluster, change))).toThrow(
      TypeError,
    );
  });

  it('never name a field like a credential themselves', () => {
    const names = new Set<string>();
    const collect = (schema: unknown): void => {
      if (Array.isArray(schema)) schema.forEach(collect);
      else if (schema && typeof schema === 'object') {
        const properties = (schema as { properties?: Record<string, unknown> })
          .properties;
        Object.keys(properties ?? {}).forEach(name => names.add(name));
        Object.values(schema).forEach(collect);
      }
    };
    collect(toJsonSchema(sovereignClusterFormat.spec));
    collect(toJsonSchema(cloudProviderFormat.spec));
    expect(names.size).toBeGreaterThan(50);
    expect([...names].filter(isSecretFieldName)).toEqual([]);
  });
});
