import { ConfigReader } from '@backstage/config';
import { readPrometheusTarget } from './readPrometheusTarget';

const read = (data: object | undefined) =>
  readPrometheusTarget(data && new ConfigReader(data), {
    cluster: 'sovereigncluster:default/a',
    path: 'sovereignCloud.clusters[0].prometheus',
  });

describe('readPrometheusTarget', () => {
  it('is not configured without a block', () => {
    expect(read(undefined)).toEqual({ cluster: 'sovereigncluster:default/a' });
  });

  it('reads the URL, a bearer token and the links', () => {
    expect(
      read({
        url: 'https://prometheus.example.eu',
        token: 'abcdef-123456',
        grafanaUrl: 'https://grafana.example.eu/d/x',
        alertmanagerUrl: 'https://am:secret-pw@am.example.eu',
      }),
    ).toEqual({
      cluster: 'sovereigncluster:default/a',
      connection: {
        url: 'https://prometheus.example.eu',
        credentials: { type: 'bearer', token: 'abcdef-123456' },
      },
      links: {
        grafana: 'https://grafana.example.eu/d/x',
        alertmanager: 'https://am.example.eu/',
      },
    });
  });

  it('reads basic auth', () => {
    expect(
      read({ url: 'http://p:9090', username: 'viewer', password: 'pw-123456' })
        .connection?.credentials,
    ).toEqual({ type: 'basic', username: 'viewer', password: 'pw-123456' });
  });

  it('names the field and the reason for bad input', () => {
    expect(() => read({ url: 'ftp://p' })).toThrow(
      'sovereignCloud.clusters[0].prometheus.url: must be http or https',
    );
    expect(() => read({ url: 'nope' })).toThrow(
      'sovereignCloud.clusters[0].prometheus.url: not a valid URL',
    );
    expect(() =>
      read({ url: 'http://p', token: 't-123456', username: 'u' }),
    ).toThrow(
      'prometheus.token: give a bearer token or username/password, not both',
    );
    expect(() => read({ url: 'http://p', username: 'u' })).toThrow(
      'prometheus.password: basic auth needs both username and password',
    );
    expect(() =>
      read({ url: 'http://p', grafanaUrl: 'file:///etc/hosts' }),
    ).toThrow('prometheus.grafanaUrl: must be http or https');
    expect(() => read({})).toThrow(/url/);
  });
});
