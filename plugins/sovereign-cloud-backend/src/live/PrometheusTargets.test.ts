import { ConfigReader } from '@backstage/config';
import { SovereignClusterEntity } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { clusterEntity } from '../__testUtils__';
import { PrometheusTargets } from './PrometheusTargets';

const targets = (clusters: object[]) =>
  PrometheusTargets.fromConfig(
    new ConfigReader({ sovereignCloud: { kubernetes: { clusters } } }),
  );

function cluster(
  options: { annotation?: string; apiServer?: string } = {},
): SovereignClusterEntity {
  const entity = clusterEntity('fsn', {
    provider: 'hetzner',
    location: 'fsn1',
  });
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      ...(options.annotation
        ? {
            annotations: {
              'sovereign-cloud.io/kubernetes-cluster': options.annotation,
            },
          }
        : {}),
    },
    spec: {
      ...entity.spec,
      ...(options.apiServer
        ? {
            access: {
              apiServer: options.apiServer,
              auth: {
                provider: 'serviceAccount',
                credential: { configKey: 'sovereignCloud.clusters.fsn.token' },
              },
            },
          }
        : {}),
    },
  } as SovereignClusterEntity;
}

const fsn = {
  name: 'fsn',
  url: 'https://api.fsn.example.eu:6443',
  prometheus: {
    url: 'https://prometheus.fsn.example.eu',
    token: 'secret-token',
    alertmanagerUrl: 'https://am.fsn.example.eu',
  },
};

describe('PrometheusTargets', () => {
  it('uses the entry the annotation names', () => {
    const resolved = targets([fsn]).resolve(cluster({ annotation: 'fsn' }));
    expect(resolved).toEqual({
      target: {
        cluster: 'sovereigncluster:default/fsn',
        connection: {
          url: 'https://prometheus.fsn.example.eu',
          credentials: { type: 'bearer', token: 'secret-token' },
        },
        links: { alertmanager: 'https://am.fsn.example.eu/' },
      },
    });
  });

  it('matches spec.access.apiServer to the entry url, trailing slash or not', () => {
    const resolved = targets([fsn]).resolve(
      cluster({ apiServer: 'https://api.fsn.example.eu:6443/' }),
    );
    expect('target' in resolved && resolved.target.connection?.url).toBe(
      'https://prometheus.fsn.example.eu',
    );
    const other = targets([fsn]).resolve(
      cluster({ apiServer: 'https://api.par.example.eu:6443' }),
    );
    expect(other).toEqual({
      notConfigured: expect.stringMatching(
        /no entry of sovereignCloud\.kubernetes\.clusters has this cluster's spec\.access\.apiServer/,
      ),
    });
  });

  it('says what to configure when the entry has no prometheus block', () => {
    const { prometheus: _, ...bare } = fsn;
    expect(targets([bare]).resolve(cluster({ annotation: 'fsn' }))).toEqual({
      notConfigured:
        'no Prometheus configured: set sovereignCloud.kubernetes.clusters[name=fsn].prometheus.url (with token or username/password if it needs them)',
    });
    expect(
      targets([fsn]).resolve(cluster({ annotation: 'nope' })),
    ).toMatchObject({ notConfigured: expect.stringMatching(/names 'nope'/) });
    expect(targets([fsn]).resolve(cluster())).toMatchObject({
      notConfigured: expect.stringMatching(/annotation or spec\.access/),
    });
  });

  it('refuses a bad prometheus block, naming its key', () => {
    expect(() =>
      targets([
        fsn,
        { ...fsn, name: 'par', prometheus: { url: 'ftp://prometheus' } },
      ]),
    ).toThrow('sovereignCloud.kubernetes.clusters[1].prometheus.url');
    expect(() =>
      targets([
        {
          ...fsn,
          prometheus: {
            url: 'https://p.example.eu',
            token: 't',
            username: 'u',
          },
        },
      ]),
    ).toThrow(/clusters\[0\]\.prometheus\.token: give a bearer token/);
  });
});
