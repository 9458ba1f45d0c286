import { KubeConfig } from '@kubernetes/client-node';
import { randomUUID } from 'node:crypto';
import { ClusterConnection } from '../ClusterConnection';

/** Accepts CA data as base64 (kubeconfig style) or as PEM text. */
function caDataAsBase64(caData: string | undefined): string | undefined {
  if (!caData) {
    return undefined;
  }
  return caData.includes('-----BEGIN')
    ? Buffer.from(caData, 'utf8').toString('base64')
    : caData.trim();
}

/**
 * A one-context KubeConfig for a connection and its resolved token. The user name is
 * unique per config because client-node caches credentials by user name.
 */
export function kubeConfigFor(
  connection: ClusterConnection,
  token: string | undefined,
): KubeConfig {
  const kubeConfig = new KubeConfig();
  const plainHttp = connection.url.startsWith('http:');
  kubeConfig.loadFromClusterAndUser(
    {
      name: connection.name,
      server: connection.url.replace(/\/+$/, ''),
      caData: caDataAsBase64(connection.caData),
      caFile: connection.caFile,
      tlsServerName: connection.tlsServerName,
      // client-node 1.x refuses http:// unless this is set; there is no TLS to verify.
      skipTLSVerify: Boolean(connection.skipTLSVerify) || plainHttp,
    },
    { name: `${connection.name}-${randomUUID()}`, ...(token ? { token } : {}) },
  );
  return kubeConfig;
}
