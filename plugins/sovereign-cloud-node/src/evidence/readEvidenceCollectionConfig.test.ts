import { ConfigReader } from '@backstage/config';
import { readEvidenceCollectionConfig } from './readEvidenceCollectionConfig';

const read = (collection: object) =>
  readEvidenceCollectionConfig(
    new ConfigReader({ sovereignCloud: { posture: { collection } } }),
  );

describe('readEvidenceCollectionConfig', () => {
  it('defaults to a 20 second deadline and nothing of the customer own', () => {
    expect(readEvidenceCollectionConfig(new ConfigReader({}))).toEqual({
      timeoutMs: 20_000,
      ownRegistries: [],
      ownSigningIdentities: [],
    });
  });

  it('reads durations in both forms and the own registries and identities', () => {
    expect(
      read({
        timeout: '45s',
        ownRegistries: [
          'harbor.example.eu',
          '*.registry.example.eu',
          'zot.example.eu:5000',
        ],
        ownSigningIdentities: ['https://gitlab.example.eu/'],
      }),
    ).toEqual({
      timeoutMs: 45_000,
      ownRegistries: [
        'harbor.example.eu',
        '*.registry.example.eu',
        'zot.example.eu:5000',
      ],
      ownSigningIdentities: ['https://gitlab.example.eu/'],
    });
    expect(read({ timeout: { minutes: 1 } }).timeoutMs).toBe(60_000);
  });

  it('names the key and the bad value', () => {
    expect(() =>
      read({ ownRegistries: ['harbor.example.eu/library'] }),
    ).toThrow(
      "sovereignCloud.posture.collection.ownRegistries: 'harbor.example.eu/library' is not a registry host",
    );
    expect(() => read({ timeout: '0s' })).toThrow(
      'sovereignCloud.posture.collection.timeout must be longer than zero',
    );
  });
});
