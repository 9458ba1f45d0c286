import {
  coreServices,
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { ConfigSources, StaticConfigSource } from '@backstage/config-loader';
import {
  demoLiveClusterConfig,
  readDemoLiveClusterSettings,
} from './demoLiveClusterConfig';
import { DemoLiveCluster, startDemoLiveCluster } from './startDemoLiveCluster';

type Start = typeof startDemoLiveCluster;

/**
 * The demo live cluster as two backend features that share it: the root
 * config, which starts the cluster when `sovereignCloud.demo.liveCluster.enabled`
 * and adds its connection and entity before any plugin reads config, and a
 * plugin that stops it when the backend shuts down.
 */
export function demoLiveClusterFeatures(
  options: {
    /** Command line arguments with `--config`; default `process.argv`. */
    argv?: string[];
    env?: Record<string, string | undefined>;
    start?: Start;
  } = {},
) {
  let running: DemoLiveCluster | undefined;

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
      if (!settings) return base;
      base.close();

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
      try {
        return await ConfigSources.toConfig(
          ConfigSources.merge([
            source,
            StaticConfigSource.create({
              data: demoLiveClusterConfig(base, settings, running),
              context: 'sovereignCloud.demo.liveCluster',
            }),
          ]),
        );
      } catch (error) {
        await running.stop();
        running = undefined;
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
          lifecycle.addShutdownHook(async () => {
            const cluster = running;
            running = undefined;
            await cluster?.stop();
          });
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
  };
}
