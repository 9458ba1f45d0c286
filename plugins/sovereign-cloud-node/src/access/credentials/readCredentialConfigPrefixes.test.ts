import { ConfigReader } from '@backstage/config';
import { readCredentialConfigPrefixes } from './readCredentialConfigPrefixes';

describe('readCredentialConfigPrefixes', () => {
  it('defaults to sovereignCloud.clusters and sovereignCloud.credentials', () => {
    expect(readCredentialConfigPrefixes(new ConfigReader({}))).toEqual([
      'sovereignCloud.clusters',
      'sovereignCloud.credentials',
    ]);
  });

  it('takes configured prefixes and rejects malformed ones', () => {
    const ok = new ConfigReader({
      sovereignCloud: {
        kubernetes: { credentialConfigPrefixes: ['k8s.tokens'] },
      },
    });
    expect(readCredentialConfigPrefixes(ok)).toEqual(['k8s.tokens']);

    const bad = new ConfigReader({
      sovereignCloud: { kubernetes: { credentialConfigPrefixes: ['a..b'] } },
    });
    expect(() => readCredentialConfigPrefixes(bad)).toThrow(
      /credentialConfigPrefixes: 'a\.\.b' is not a config key/,
    );
  });
});
