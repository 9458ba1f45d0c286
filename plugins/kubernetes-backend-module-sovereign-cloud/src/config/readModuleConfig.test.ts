import { ConfigReader } from '@backstage/config';
import { readModuleConfig } from './readModuleConfig';

describe('readModuleConfig', () => {
  it('has defaults', () => {
    expect(readModuleConfig(new ConfigReader({}))).toEqual({
      clusterRefresh: {
        frequency: { minutes: 5 },
        timeout: { minutes: 2 },
      },
      credentialConfigPrefixes: [
        'sovereignCloud.clusters',
        'sovereignCloud.credentials',
      ],
    });
  });

  it('takes a refresh frequency alone and keeps the default timeout', () => {
    const config = new ConfigReader({
      sovereignCloud: {
        kubernetes: { clusterRefresh: { frequency: { seconds: 30 } } },
      },
    });
    expect(readModuleConfig(config).clusterRefresh).toEqual({
      frequency: { seconds: 30 },
      timeout: { minutes: 2 },
    });
  });

  it('takes credential prefixes and rejects malformed ones', () => {
    const ok = new ConfigReader({
      sovereignCloud: {
        kubernetes: { credentialConfigPrefixes: ['k8s.tokens'] },
      },
    });
    expect(readModuleConfig(ok).credentialConfigPrefixes).toEqual([
      'k8s.tokens',
    ]);

    const bad = new ConfigReader({
      sovereignCloud: { kubernetes: { credentialConfigPrefixes: ['a..b'] } },
    });
    expect(() => readModuleConfig(bad)).toThrow(
      /credentialConfigPrefixes: 'a\.\.b' is not a config key/,
    );
  });
});
