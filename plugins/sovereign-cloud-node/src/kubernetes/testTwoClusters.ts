import { LoggerService } from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { KubernetesTestServer } from '../testServer/KubernetesTestServer';
import { capiClusterCrd } from '../testServer/testFixtures';
import { DefaultKubernetesClientFactory } from './DefaultKubernetesClientFactory';

// Shared by the access layer's tests: a management cluster holding the token Secret of
// a workload cluster, each its own test server, and a factory configured for both.

export const mgmtToken = `mgmt-token-${randomBytes(12).toString('hex')}`;
export const workloadToken = `workload-token-${randomBytes(12).toString(
  'hex',
)}`;
export const caData = Buffer.from(
  `-----BEGIN CERTIFICATE-----\n${randomBytes(48).toString(
    'base64',
  )}\n-----END CERTIFICATE-----\n`,
).toString('base64');
export const b64 = (text: string) => Buffer.from(text).toString('base64');

/** Every log line, with its metadata, as text. */
export const logLines: string[] = [];
export const logger: LoggerService = {
  error: (message, meta) => logLines.push(`error ${message} ${inspect(meta)}`),
  warn: (message, meta) => logLines.push(`warn ${message} ${inspect(meta)}`),
  info: (message, meta) => logLines.push(`info ${message} ${inspect(meta)}`),
  debug: (message, meta) => logLines.push(`debug ${message} ${inspect(meta)}`),
  child: () => logger,
};

/** The error a call throws or rejects with. */
export async function caught(
  call: Promise<unknown> | (() => unknown),
): Promise<any> {
  try {
    await (typeof call === 'function' ? call() : call);
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

export function tokenSecret(token: string) {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'fra-1-token', namespace: 'sovereign-cloud' },
    type: 'Opaque',
    data: { token: b64(token), 'ca.crt': caData },
  };
}

/** The two clusters and a factory for them, fresh for every test. */
export interface TwoClusters {
  mgmt: KubernetesTestServer;
  workload: KubernetesTestServer;
  factory: DefaultKubernetesClientFactory;
  /** A factory for the same clusters with extra `sovereignCloud.kubernetes` keys. */
  makeFactory(extra?: Record<string, unknown>): DefaultKubernetesClientFactory;
}

export function useTwoClusters(): TwoClusters {
  const context = {} as TwoClusters;
  context.makeFactory = (extra = {}) =>
    DefaultKubernetesClientFactory.fromConfig(
      new ConfigReader({
        sovereignCloud: {
          kubernetes: {
            requestTimeout: { seconds: 5 },
            homeCluster: 'mgmt',
            tokenSecretNamespaces: ['sovereign-cloud'],
            clusters: [
              { name: 'mgmt', url: context.mgmt.url, token: mgmtToken, caData },
              {
                name: 'fra-1',
                url: context.workload.url,
                tokenSecretRef: {
                  namespace: 'sovereign-cloud',
                  name: 'fra-1-token',
                },
              },
            ],
            ...extra,
          },
        },
      }),
      { logger },
    );

  beforeEach(async () => {
    logLines.length = 0;
    context.mgmt = await KubernetesTestServer.start({
      name: 'mgmt',
      token: mgmtToken,
      objects: [tokenSecret(workloadToken)],
    });
    context.workload = await KubernetesTestServer.start({
      name: 'fra-1',
      token: workloadToken,
      objects: [capiClusterCrd],
    });
    context.factory = context.makeFactory();
  });

  afterEach(async () => {
    await Promise.all([context.mgmt.stop(), context.workload.stop()]);
  });
  return context;
}
