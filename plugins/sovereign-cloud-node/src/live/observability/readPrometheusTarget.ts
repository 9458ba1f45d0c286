import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { PrometheusCredentials } from '../prometheus/PrometheusClient';
import { PrometheusObservabilityTarget } from './PrometheusObservabilityCollector';

/** A link shown on the card: http(s) only, user info removed. */
function readLink(config: Config, key: string, path: string) {
  const value = config.getOptionalString(key);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(`${path}.${key}: not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(`${path}.${key}: must be http or https`);
  }
  url.username = '';
  url.password = '';
  return url.toString();
}

/**
 * Reads one cluster's `prometheus` block:
 * `{ url, token?, username?, password?, grafanaUrl?, alertmanagerUrl? }`.
 * No block means not configured. `path` names the block in error messages,
 * e.g. `sovereignCloud.clusters[0].prometheus`.
 * @public
 */
export function readPrometheusTarget(
  config: Config | undefined,
  options: { cluster?: string; path?: string } = {},
): PrometheusObservabilityTarget {
  const path = options.path ?? 'prometheus';
  const base = options.cluster ? { cluster: options.cluster } : {};
  if (!config) return base;
  const url = config.getString('url');
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new InputError(`${path}.url: must be http or https`);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}.url: not a valid URL`);
  }
  const token = config.getOptionalString('token');
  const username = config.getOptionalString('username');
  const password = config.getOptionalString('password');
  let credentials: PrometheusCredentials | undefined;
  if (
    token !== undefined &&
    (username !== undefined || password !== undefined)
  ) {
    throw new InputError(
      `${path}.token: give a bearer token or username/password, not both`,
    );
  } else if (token !== undefined) {
    credentials = { type: 'bearer', token };
  } else if (username !== undefined || password !== undefined) {
    if (username === undefined || password === undefined) {
      throw new InputError(
        `${path}.${
          username === undefined ? 'username' : 'password'
        }: basic auth needs both username and password`,
      );
    }
    credentials = { type: 'basic', username, password };
  }
  const grafana = readLink(config, 'grafanaUrl', path);
  const alertmanager = readLink(config, 'alertmanagerUrl', path);
  return {
    ...base,
    connection: { url, ...(credentials ? { credentials } : {}) },
    links: {
      ...(grafana ? { grafana } : {}),
      ...(alertmanager ? { alertmanager } : {}),
    },
  };
}
