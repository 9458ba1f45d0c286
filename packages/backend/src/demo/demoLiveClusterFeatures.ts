import {
  coreServices,
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { Config, ConfigReader } from '@backstage/config';
import { ConfigSources, StaticConfigSource } from '@backstage/config-loader';
import { JsonObject } from '@backstage/types';
import {
  demoLiveClusterConfig,
  readDemoLiveClusterSettings,
} from './demoLiveClusterConfig';
import {
  demoManagementClusterConfig,
  readDemoManagementClusterSettings,
} from './demoManagementClusterConfig';
import { DemoLiveCluster, startDemoLiveCluster } from './startDemoLiveCluster';
import {
  DemoManagementCluster,
  demoProviderCatalogue,
  startDemoManagementCluster,
} from './startDemoManagementCluster';

type Start = typeof startDemoLiveCluster;
type StartManagement = typeof startDemoManagementCluster;

/**
 * The demo clusters as two backend features that share them: the root
 * config, which starts the live cluster when `sovereignCloud.demo.liveCluster.enabled`
 * and the Cluster API management cluster when
 * `sovereignCloud.demo.managementCluster.enabled`, and adds their connections
 * (and the live cluster's entity) before any plugin reads config, and a
 * plugin that stops them when the backend shuts down.
 */
export function demoLiveClusterFeatures(
  options: {
    /** Command line arguments with `--config`; default `process.argv`. */
    argv?: string[];
    env?: Record<string, string | undefined>;
    start?: Start;
    startManagement?: StartManagement;
  } = {},
) {
  let running: DemoLiveCluster | undefined;
  let management: DemoManagementCluster | undefined;
  const stopAll = async () => {
    const started = [running, management];
    running = undefined;
    management = undefined;
    await Promise.all(started.map(cluster => cluster?.stop()));
  };

  const rootConfig = createServiceFactory({
    service: coreServices.rootConfig,
    deps: {},
    async factory() {
      // What rootConfigServiceFactory reads, plus the demo's config on top.
      const source = ConfigSources.default({
        argv: options.argv,
        env: options.env,
      });
      // eslint-disable-next-line no-console
      console.log(`Loading config from ${source}`);
      const base = await ConfigSources.toConfig(source);
      const settings = readDemoLiveClusterSettings(base);
      const managementSettings = readDemoManagementClusterSettings(base);
      if (!settings && !managementSettings) return base;
      base.close();

      // Each addition reads the lists as the one before left them: config arrays replace.
      const additions: { data: JsonObject; context: string }[] = [];
      const current = (): Config =>
        ConfigReader.fromConfigs([
          { data: base.get<JsonObject>(), context: 'base' },
          ...additions,
        ]);
      try {
        if (settings) {
          running = await (options.start ?? startDemoLiveCluster)({
            name: settings.name,
            prometheus: settings.prometheus,
          });
          // The root logger needs config, so this is said on the console; no token in it.
          // eslint-disable-next-line no-console
          console.log(
            `Demo live cluster '${settings.name}': Kubernetes test server at ${
              running.kubernetes.url
            }, ${
              running.prometheus
                ? `Prometheus at ${running.prometheus.url}`
                : `no Prometheus (${running.prometheusMissing})`
            }`,
          );
          additions.push({
            data: demoLiveClusterConfig(current(), settings, running),
            context: 'sovereignCloud.demo.liveCluster',
          });
        }
        if (managementSettings) {
          management = await (
            options.startManagement ?? startDemoManagementCluster
          )({
            name: managementSettings.name,
            entities:
              base.getOptional<unknown[]>('sovereignCloud.catalog.clusters') ??
              [],
            catalogue: demoProviderCatalogue(
              base.getOptional(
                'sovereignCloud.catalog.providerCatalogue.overrides',
              ),
            ),
          });
          // eslint-disable-next-line no-console
          console.log(
            `Demo management cluster '${
              management.name
            }': Kubernetes test server at ${
              management.kubernetes.url
            } holding Cluster API Clusters ${
              management.clusters.join(', ') || 'none'
            }${management.skipped
              .map(s => `; not ${s.name}: ${s.reason}`)
              .join('')}`,
          );
          additions.push({
            data: demoManagementClusterConfig(
              current(),
              managementSettings,
              management,
            ),
            context: 'sovereignCloud.demo.managementCluster',
          });
        }
        return await ConfigSources.toConfig(
          ConfigSources.merge([
            source,
            ...additions.map(a =>
              StaticConfigSource.create({ data: a.data, context: a.context }),
            ),
          ]),
        );
      } catch (error) {
        await stopAll();
        throw error;
      }
    },
  });

  const stopOnShutdown = createBackendPlugin({
    pluginId: 'sovereign-cloud-demo',
    register(env) {
      env.registerInit({
        deps: { lifecycle: coreServices.rootLifecycle },
        async init({ lifecycle }) {
          lifecycle.addShutdownHook(stopAll);
        },
      });
    },
  });

  return {
    rootConfig,
    stopOnShutdown,
    /** The running demo cluster, for tests. */
    get running(): DemoLiveCluster | undefined {
      return running;
    },
    /** The running demo management cluster, for tests. */
    get managementCluster(): DemoManagementCluster | undefined {
      return management;
    },
  };
}
