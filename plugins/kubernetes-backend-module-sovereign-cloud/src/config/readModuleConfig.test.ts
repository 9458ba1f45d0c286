import { ConfigReader } from '@backstage/config';
import { readModuleConfig } from './readModuleConfig';

describe('readModuleConfig', () => {
  it('has defaults', () => {
    expect(readModuleConfig(new ConfigReader({}))).toEqual({
      clusterRefresh: {
        frequency: { minutes: 5 },
        timeout: { minutes: 2 },
      },
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
});
