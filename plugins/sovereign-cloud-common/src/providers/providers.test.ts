import { entityKindSchemaValidator } from '@backstage/catalog-model';
import { ANNOTATION_SOVEREIGN_CLOUD_CATALOGUE_VERSION } from '../annotations';
import { VERIFICATION_LEVELS } from '../entities/vocabulary';
import { isEuEeaCountry } from '../jurisdictions/countries';
import { cloudProviderEntityV1alpha1Schema } from '../schema/kinds';
import { validateCloudProvider } from '../validation/validateEntities';
import { formatValidationProblem } from '../validation/ValidationProblem';
import { defaultCloudProviders, PROVIDER_CATALOGUE_VERSION } from '.';

const providers = defaultCloudProviders();
const byName = (name: string) => providers.find(p => p.metadata.name === name)!;
const schemaCheck = entityKindSchemaValidator(
  cloudProviderEntityV1alpha1Schema,
);

/** Every object below `value` that carries a verification flag, with its path. */
function provenanceRecords(
  value: unknown,
  path = 'spec',
): [string, Record<string, unknown>][] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => provenanceRecords(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own: [string, Record<string, unknown>][] =
    'verification' in record ? [[path, record]] : [];
  return [
    ...own,
    ...Object.entries(record)
      .filter(([key]) => key !== 'sources')
      .flatMap(([key, child]) => provenanceRecords(child, `${path}.${key}`)),
  ];
}

describe('the shipped provider catalogue', () => {
  it('holds the providers the suite promises, each once', () => {
    expect(providers.map(p => p.metadata.name)).toEqual([
      'ionos',
      'scaleway',
      'ovhcloud',
      'plusserver',
      'stackit',
      'hetzner',
      'open-telekom-cloud',
      'aws',
      'aws-esc',
      'azure',
      'google-cloud',
      'private-dc',
    ]);
  });

  it.each(providers.map(p => [p.metadata.name, p] as const))(
    '%s passes the validator and the JSON Schema',
    (_name, provider) => {
      expect(
        validateCloudProvider(provider).problems.map(formatValidationProblem),
      ).toEqual([]);
      expect(schemaCheck(provider)).toBe(provider);
      expect(
        provider.metadata.annotations?.[
          ANNOTATION_SOVEREIGN_CLOUD_CATALOGUE_VERSION
        ],
      ).toBe(PROVIDER_CATALOGUE_VERSION);
    },
  );

  it.each(providers.map(p => [p.metadata.name, p] as const))(
    '%s: every fact carries sources and a verification flag',
    (_name, provider) => {
      const spec = provider.spec;
      const facts = [
        spec.legalEntity,
        spec.hqCountry,
        spec.parent,
        spec.exposureClass,
        spec.nonEuPresence,
        ...spec.certifications,
        ...spec.locations,
        ...spec.provisioning,
        ...Object.values(spec.detection ?? {}),
        ...(spec.statements ?? []),
      ];
      const records = provenanceRecords(spec);
      expect(records.length).toBe(facts.length);
      for (const [path, record] of records) {
        expect({
          path,
          verification: VERIFICATION_LEVELS.includes(
            record.verification as any,
          ),
        }).toEqual({
          path,
          verification: true,
        });
        expect({
          path,
          sources: (record.sources as unknown[]).length > 0,
        }).toEqual({
          path,
          sources: true,
        });
      }
    },
  );

  it('uses "declared" only for operator data, never for researched facts', () => {
    const declared = providers.flatMap(p =>
      provenanceRecords(p.spec, p.metadata.name).filter(
        ([, r]) => r.verification === 'declared',
      ),
    );
    expect(declared).toEqual([]);
  });

  it('marks every unknown value unverified and explains it', () => {
    const unknowns = providers.flatMap(provider =>
      provenanceRecords(provider.spec, provider.metadata.name)
        .filter(([, record]) => 'value' in record && record.value === null)
        .map(([path, record]) => ({
          path,
          verification: record.verification,
          note: typeof record.note,
        })),
    );
    expect(unknowns.length).toBeGreaterThan(5);
    expect(unknowns).toEqual(
      unknowns.map(({ path }) => ({
        path,
        verification: 'unverified',
        note: 'string',
      })),
    );
  });

  it.each([
    ['ionos', 'de/fra', 'DE', true],
    ['ionos', 'de/txl', 'DE', true],
    ['ionos', 'gb/lhr', 'GB', false],
    ['ionos', 'us/mci', 'US', false],
    ['scaleway', 'fr-par', 'FR', true],
    ['ovhcloud', 'GRA11', 'FR', true],
    ['ovhcloud', 'BHS5', 'CA', false],
    ['plusserver', 'prod1', 'DE', true],
    ['stackit', 'eu01', 'DE', true],
    ['stackit', 'eu02', 'AT', true],
    ['hetzner', 'fsn1', 'DE', true],
    ['hetzner', 'hel1', 'FI', true],
    ['hetzner', 'sin', 'SG', false],
    ['open-telekom-cloud', 'eu-ch2', 'CH', false],
    ['aws', 'eu-central-1', 'DE', true],
    ['aws', 'eu-west-2', 'GB', false],
    ['aws-esc', 'eusc-de-east-1', 'DE', true],
    ['azure', 'norwayeast', 'NO', true],
    ['azure', 'switzerlandnorth', 'CH', false],
    ['google-cloud', 'europe-west3', 'DE', true],
    ['google-cloud', 'europe-west6', 'CH', false],
  ])('%s offers %s in %s (EU/EEA: %s)', (provider, id, country, euEea) => {
    const location = byName(provider).spec.locations.find(l => l.id === id);
    expect(location).toMatchObject({ id, country, euEea });
    expect(isEuEeaCountry(country)).toBe(euEea);
  });

  it('keeps the marks of the research where they are weak', () => {
    expect(
      byName('stackit').spec.locations.find(l => l.id === 'eu02')?.verification,
    ).toBe('secondary');
    expect(byName('aws').spec.legalEntity.verification).toBe('unverified');
    expect(byName('aws-esc').spec.legalEntity.value).toBeNull();
    expect(
      byName('ionos').spec.certifications.find(c => c.scheme === 'bsi-c5'),
    ).toMatchObject({
      status: 'unknown',
      verification: 'unverified',
    });
  });

  it('names a provisioning path (or says there is none) for every provider', () => {
    for (const provider of providers) {
      expect(provider.spec.provisioning.length).toBeGreaterThan(0);
    }
    expect(byName('hetzner').spec.provisioning[0]).toMatchObject({
      infrastructureProvider: 'CAPH',
      apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta1',
    });
    expect(
      byName('open-telekom-cloud').spec.provisioning.map(p => p.method),
    ).toEqual(['crossplane']);
  });

  it('returns fresh copies', () => {
    const first = defaultCloudProviders();
    first[0].spec.locations = [];
    expect(defaultCloudProviders()[0].spec.locations.length).toBeGreaterThan(0);
  });
});
