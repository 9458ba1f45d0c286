import { ConfigReader } from '@backstage/config';
import { loadConfig } from '@backstage/config-loader';
import {
  checkClusterAgainstCatalogue,
  defaultCloudProviders,
  formatValidationProblem,
  validateSovereignCluster,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import path from 'node:path';
import {
  demoLiveClusterConfig,
  readDemoLiveClusterSettings,
} from './demoLiveClusterConfig';

const root = path.resolve(__dirname, '../../../..');

const entity = (annotations: Record<string, string>) => ({
  apiVersion: 'sovereign-cloud.io/v1alpha1',
  kind: 'SovereignCluster',
  metadata: { name: 'demo-live', annotations },
  spec: {},
});
const labelled = entity({
  'sovereign-cloud.io/demo': 'true',
  'sovereign-cloud.io/kubernetes-cluster': 'demo-live',
});
const settingsOf = (data: object) =>
  readDemoLiveClusterSettings(new ConfigReader(data));
const demo = (liveCluster: object, rest: object = {}) => ({
  sovereignCloud: { demo: { liveCluster }, ...rest },
});

describe('readDemoLiveClusterSettings', () => {
  it('is off unless enabled', () => {
    expect(settingsOf({})).toBeUndefined();
    expect(settingsOf(demo({ enabled: false, entity: labelled }))).toBe(
      undefined,
    );
  });

  it('names the connection after the entity annotation', () => {
    expect(settingsOf(demo({ enabled: true, entity: labelled }))).toEqual({
      name: 'demo-live',
      prometheus: true,
      entity: labelled,
    });
  });

  it('refuses an entity without the demo label, naming the key', () => {
    expect(() =>
      settingsOf(
        demo({
          enabled: true,
          entity: entity({ 'sovereign-cloud.io/kubernetes-cluster': 'x' }),
        }),
      ),
    ).toThrow(
      "sovereignCloud.demo.liveCluster.entity.metadata.annotations.sovereign-cloud.io/demo: must be 'true'",
    );
    expect(() =>
      settingsOf(
        demo({
          enabled: true,
          entity: entity({ 'sovereign-cloud.io/demo': 'true' }),
        }),
      ),
    ).toThrow(/annotations\.sovereign-cloud\.io\/kubernetes-cluster: required/);
    expect(() => settingsOf(demo({ enabled: true }))).toThrow(
      /sovereignCloud\.demo\.liveCluster\.entity: must be the demo SovereignCluster entity/,
    );
  });

  it('refuses a connection name that a configured cluster already has', () => {
    expect(() =>
      settingsOf(
        demo(
          { enabled: true, entity: labelled },
          {
            kubernetes: {
              clusters: [{ name: 'demo-live', url: 'https://api.x' }],
            },
          },
        ),
      ),
    ).toThrow(/'demo-live' is already an entry/);
  });
});

describe('demoLiveClusterConfig', () => {
  it('adds the demo connection and entity after the configured ones', () => {
    const configured = {
      kubernetes: {
        clusters: [{ name: 'mgmt-fra', url: 'https://api.mgmt.example.eu' }],
      },
      catalog: { clusters: [{ name: 'fsn-prod' }] },
    };
    const config = new ConfigReader(
      demo({ enabled: true, entity: labelled }, configured),
    );
    const settings = readDemoLiveClusterSettings(config)!;
    expect(
      demoLiveClusterConfig(config, settings, {
        kubernetes: { url: 'http://127.0.0.1:4100', token: 'random' },
        prometheus: { url: 'http://127.0.0.1:4200' },
      }),
    ).toEqual({
      sovereignCloud: {
        kubernetes: {
          clusters: [
            configured.kubernetes.clusters[0],
            {
              name: 'demo-live',
              url: 'http://127.0.0.1:4100',
              token: 'random',
              prometheus: { url: 'http://127.0.0.1:4200' },
            },
          ],
        },
        catalog: { clusters: [{ name: 'fsn-prod' }, labelled] },
      },
    });
  });

  it('leaves Prometheus out when none runs', () => {
    const config = new ConfigReader(demo({ enabled: true, entity: labelled }));
    const data: any = demoLiveClusterConfig(
      config,
      readDemoLiveClusterSettings(config)!,
      { kubernetes: { url: 'http://127.0.0.1:4100', token: 't' } },
    );
    expect(data.sovereignCloud.kubernetes.clusters[0]).not.toHaveProperty(
      'prometheus',
    );
  });
});

describe('the demo portal config', () => {
  it('enables a valid, labelled demo cluster at the fixture locations, and production turns it off', async () => {
    const load = (...files: string[]) =>
      loadConfig({
        configRoot: root,
        configTargets: files.map(f => ({ path: path.join(root, f) })),
      }).then(({ appConfigs }) => ConfigReader.fromConfigs(appConfigs));
    const config = await load('app-config.yaml');
    const settings = readDemoLiveClusterSettings(config)!;
    expect(settings.name).toBe('demo-live');
    const result = validateSovereignCluster(settings.entity);
    expect(result.problems.map(formatValidationProblem)).toEqual([]);
    if (!result.valid) return;
    expect(
      checkClusterAgainstCatalogue(result.entity, defaultCloudProviders()).map(
        formatValidationProblem,
      ),
    ).toEqual([]);
    expect(settings.entity.metadata).toMatchObject({
      title: expect.stringMatching(/demo/i),
    });

    const production = await load(
      'app-config.yaml',
      'app-config.production.yaml',
    );
    expect(readDemoLiveClusterSettings(production)).toBeUndefined();
  });
});
