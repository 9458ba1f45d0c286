import { ConfigReader } from '@backstage/config';
import { ConfigCredentialReader } from './ConfigCredentialReader';

const secret = 'sa-token-do-not-leak-1234';

function reader(data: object) {
  return ConfigCredentialReader.create({
    config: new ConfigReader(data),
    allowedPrefixes: ['sovereignCloud.clusters'],
  });
}

describe('ConfigCredentialReader', () => {
  const config = {
    sovereignCloud: { clusters: { 'eu-a': { serviceAccount: secret } } },
    backend: { auth: { keys: [{ secret: 'backend-key' }] } },
    integrations: { github: { token: 'gh-token-123456' } },
  };

  it('reads keys under an allowed prefix', () => {
    const r = reader(config);
    expect(
      r.check('sovereignCloud.clusters.eu-a.serviceAccount'),
    ).toBeUndefined();
    expect(r.read('sovereignCloud.clusters.eu-a.serviceAccount')).toBe(secret);
  });

  it('refuses keys outside the prefixes, without reading them', () => {
    const r = reader(config);
    expect(r.check('integrations.github.token')).toMatch(
      /not under sovereignCloud.kubernetes.credentialConfigPrefixes/,
    );
    expect(() => r.read('integrations.github.token')).toThrow(
      /integrations\.github\.token' is not under/,
    );
    // A prefix is a whole path segment, not a string prefix.
    expect(r.check('sovereignCloud.clustersX.token')).toMatch(/is not under/);
  });

  it('reports missing keys by name only', () => {
    const r = reader(config);
    expect(r.check('sovereignCloud.clusters.eu-b.serviceAccount')).toBe(
      "config key 'sovereignCloud.clusters.eu-b.serviceAccount' is not set",
    );
    expect(() => r.read('sovereignCloud.clusters.eu-b.serviceAccount')).toThrow(
      /is not set/,
    );
  });

  it('never puts the value in an error', () => {
    const r = reader({
      sovereignCloud: {
        clusters: { 'eu-a': { serviceAccount: { nested: secret } } },
      },
    });
    let message = '';
    try {
      r.read('sovereignCloud.clusters.eu-a.serviceAccount');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toBe('');
    expect(message).not.toContain(secret);
  });
});
