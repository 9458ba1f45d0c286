import { exampleCloudProvider } from '../schema/examples';
import { mutate } from '../testing/mutate';
import {
  assertValidCloudProvider,
  validateCloudProvider,
} from './validateEntities';
import { formatValidationProblem } from './ValidationProblem';

const bad = (change: (provider: any) => void) =>
  mutate(exampleCloudProvider, change);

describe('validateCloudProvider', () => {
  it('accepts the example provider', () => {
    expect(validateCloudProvider(exampleCloudProvider).problems).toEqual([]);
    expect(assertValidCloudProvider(exampleCloudProvider)).toBe(
      exampleCloudProvider,
    );
  });

  const cases: Array<[string, unknown, string[]]> = [
    ['undefined', undefined, ['<root>: must be an object, got nothing']],
    [
      'a SovereignCluster kind',
      bad(p => {
        p.kind = 'SovereignCluster';
      }),
      ['kind: must be "CloudProvider", got "SovereignCluster"'],
    ],
    [
      'an unknown provider type',
      bad(p => {
        p.spec.type = 'hyperscaler';
      }),
      [
        'spec.type: must be one of public-cloud, sovereign-partition or private-dc, got "hyperscaler"',
      ],
    ],
    [
      'a fact without sources',
      bad(p => {
        p.spec.legalEntity.sources = [];
      }),
      ['spec.legalEntity.sources: must contain at least 1 item'],
    ],
    [
      'a fact without verification flag',
      bad(p => {
        delete p.spec.hqCountry.verification;
      }),
      ['spec.hqCountry.verification: is required'],
    ],
    [
      'an unknown verification flag',
      bad(p => {
        p.spec.hqCountry.verification = 'probably';
      }),
      [
        'spec.hqCountry.verification: must be one of verified, secondary, unverified or declared, got "probably"',
      ],
    ],
    [
      'an unknown value marked verified',
      bad(p => {
        p.spec.legalEntity.value = null;
      }),
      [
        'spec.legalEntity.verification: must be unverified when value is null (unknown), got "declared"',
      ],
    ],
    [
      'a source that names nothing',
      bad(p => {
        p.spec.legalEntity.sources = [{ title: 'trust me' }];
      }),
      [
        'spec.legalEntity.sources[0]: must set at least one of citation, url or repo',
      ],
    ],
    [
      'a country code that is not ISO',
      bad(p => {
        p.spec.hqCountry.value = 'GER';
      }),
      [
        'spec.hqCountry.value: must be an ISO 3166-1 alpha-2 country code like DE, got "GER"',
      ],
    ],
    [
      'a parent jurisdiction that contradicts its country',
      bad(p => {
        p.spec.parent.value = {
          name: 'Example Holdings Ltd',
          country: 'GB',
          jurisdiction: 'eu-eea',
        };
      }),
      ['spec.parent.value.jurisdiction: must be non-eu for GB, got "eu-eea"'],
    ],
    [
      'an EU country listed as non-EU presence',
      bad(p => {
        p.spec.nonEuPresence.value = ['US', 'FR'];
      }),
      [
        'spec.nonEuPresence.value[1]: must be a country outside the EU/EEA, got "FR"',
      ],
    ],
    [
      'an EU/EEA flag that contradicts the country',
      bad(p => {
        p.spec.locations[0].country = 'CH';
      }),
      [
        'spec.locations[0].euEea: must be false for CH (not in the EU/EEA), got true',
      ],
    ],
    [
      'a location id used twice',
      bad(p => {
        p.spec.locations.push({ ...p.spec.locations[0], zones: undefined });
      }),
      [
        'spec.locations[1].id: must be unique, but "fra-dc1" is already used by spec.locations[0].id',
      ],
    ],
    [
      'a zone that is another location',
      bad(p => {
        p.spec.locations.push({
          id: 'fra-dc1-room-a',
          country: 'DE',
          euEea: true,
          verification: 'declared',
          sources: [{ citation: 'operator' }],
        });
      }),
      [
        'spec.locations[1].id: must be unique, but "fra-dc1-room-a" is already used by spec.locations[0].zones[0]',
      ],
    ],
    [
      'an unknown certification scheme',
      bad(p => {
        p.spec.certifications[0].scheme = 'iso-9001';
      }),
      [
        'spec.certifications[0].scheme: must be one of secnumcloud, eucs, bsi-c5, bsi-c3a, iso-27001, iso-27017, iso-27018, iso-27701, hds, csa-star, soc-1, soc-2, gaia-x-label, gaia-x-membership, scs-iaas, scs-kaas or other, got "iso-9001"',
      ],
    ],
    [
      'a certification that ends before it starts',
      bad(p => {
        p.spec.certifications[0].validFrom = '2029-01-01';
      }),
      [
        'spec.certifications[0].validUntil: must not be before validFrom (2029-01-01), got "2028-06-30"',
      ],
    ],
    [
      'an impossible date',
      bad(p => {
        p.spec.certifications[0].validUntil = '2028-13-01';
      }),
      [
        'spec.certifications[0].validUntil: must be a date like 2026-11-23, got "2028-13-01"',
      ],
    ],
    [
      'an unknown provisioning method',
      bad(p => {
        p.spec.provisioning[0].method = 'terraform';
      }),
      [
        'spec.provisioning[0].method: must be one of cluster-api, crossplane or unknown, got "terraform"',
      ],
    ],
    [
      'a Cluster API path without API version',
      bad(p => {
        delete p.spec.provisioning[0].apiVersion;
      }),
      ['spec.provisioning[0].apiVersion: is required'],
    ],
    [
      'an API version that is not group/version',
      bad(p => {
        p.spec.provisioning[0].apiVersion = 'v1beta1';
      }),
      [
        'spec.provisioning[0].apiVersion: must be a Kubernetes API version like infrastructure.cluster.x-k8s.io/v1beta1, got "v1beta1"',
      ],
    ],
    [
      'an unknown path without a note',
      bad(p => {
        p.spec.provisioning = [
          {
            method: 'unknown',
            verification: 'unverified',
            sources: [{ citation: 'x' }],
          },
        ];
      }),
      ['spec.provisioning[0].note: is required'],
    ],
    [
      'a source URL with credentials',
      bad(p => {
        p.spec.certifications[0].sources[0].url =
          'https://user:pw@example.eu/iso.pdf';
      }),
      [
        'spec.certifications[0].sources[0].url: must not contain credentials (user:password@); reference them instead',
      ],
    ],
  ];

  it.each(cases)('rejects %s with exact messages', (_name, input, expected) => {
    expect(
      validateCloudProvider(input).problems.map(formatValidationProblem),
    ).toEqual(expected);
  });
});
