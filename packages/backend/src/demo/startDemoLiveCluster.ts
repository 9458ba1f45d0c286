import fs from 'node:fs';
import path from 'node:path';
import {
  demoClusterObjects,
  KubernetesTestServer,
  PrometheusTestServer,
  startPrometheusTestServer,
} from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';

/**
 * The demo portal's live cluster: a Kubernetes test server on loopback holding
 * fixture objects modelled on a real cluster, and a local Prometheus (with
 * backfilled history and a node exporter) when one is installed. Demo only:
 * nothing here reaches a real cluster.
 */
export type DemoLiveCluster = {
  /** Name of its `sovereignCloud.kubernetes.clusters` entry. */
  name: string;
  kubernetes: { url: string; token: string };
  /** Absent when Prometheus is not installed or did not start. */
  prometheus?: { url: string };
  /** Why there is no Prometheus, for the startup log. */
  prometheusMissing?: string;
  stop(): Promise<void>;
};

/** How often the test server's request record is emptied: the demo never reads it. */
const FORGET_REQUESTS_MS = 60_000;

export async function startDemoLiveCluster(options: {
  name: string;
  /** Start a Prometheus when the binaries are there. Default true. */
  prometheus?: boolean;
}): Promise<DemoLiveCluster> {
  // A random bearer token per start (the server's default).
  const kubernetes = await KubernetesTestServer.start({
    name: options.name,
    objects: demoClusterObjects(),
  });
  const forget = setInterval(
    () => kubernetes.clearRequests(),
    FORGET_REQUESTS_MS,
  );
  forget.unref();

  let prometheus: PrometheusTestServer | undefined;
  let prometheusMissing: string | undefined;
  if (options.prometheus === false) {
    prometheusMissing =
      'disabled by sovereignCloud.demo.liveCluster.prometheus';
  } else if (missingPrometheusBinaries().length > 0) {
    prometheusMissing = `${missingPrometheusBinaries().join(
      ', ',
    )} not on the PATH (Debian packages prometheus, prometheus-node-exporter)`;
  } else {
    try {
      prometheus = await startPrometheusTestServer({ historyDays: 3 });
    } catch (error) {
      prometheusMissing = `Prometheus did not start: ${
        error instanceof Error ? error.message : String(error)
      }`;
    }
  }

  const token = kubernetes.token;
  if (!token) {
    throw new Error('the demo Kubernetes test server has no bearer token');
  }
  return {
    name: options.name,
    kubernetes: { url: kubernetes.url, token },
    ...(prometheus ? { prometheus: { url: prometheus.url } } : {}),
    ...(prometheusMissing ? { prometheusMissing } : {}),
    async stop() {
      clearInterval(forget);
      await Promise.all([kubernetes.stop(), prometheus?.stop()]);
    },
  };
}

/** What the Prometheus harness runs; the harness's own check warns about skipped tests. */
function missingPrometheusBinaries(): string[] {
  const dirs = (process.env.PATH ?? '').split(path.delimiter);
  return ['prometheus', 'promtool', 'prometheus-node-exporter'].filter(
    binary =>
      !dirs.some(dir => {
        try {
          fs.accessSync(path.join(dir, binary), fs.constants.X_OK);
          return true;
        } catch {
          return false;
        }
      }),
  );
}
