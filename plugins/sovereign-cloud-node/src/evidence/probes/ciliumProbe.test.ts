import { KubernetesTestServer } from '../../testServer/KubernetesTestServer';
import { probeContextFor } from '../__fixtures__/probeContext';
import { ciliumProbe } from './ciliumProbe';

const ciliumConfig = (data: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { namespace: 'kube-system', name: 'cilium-config' },
  data,
});

const kilo = (args: string[]) => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { namespace: 'kube-system', name: 'kilo' },
  spec: {
    selector: { matchLabels: { 'app.kubernetes.io/name': 'kilo' } },
    template: {
      metadata: { labels: { 'app.kubernetes.io/name': 'kilo' } },
      spec: {
        containers: [
          {
            name: 'kilo',
            image: 'squat/kilo:0.6.0',
            args: ['--hostname=$(NODE_NAME)', ...args],
          },
        ],
      },
    },
  },
});

async function network(objects: object[]) {
  const server = await KubernetesTestServer.start({ objects });
  try {
    const outcome = await ciliumProbe.run(probeContextFor(server));
    return { status: outcome.status, network: outcome.observed.network };
  } finally {
    await server.stop();
  }
}

describe('ciliumProbe', () => {
  it('reads Cilium IPsec without node encryption as pod-only', async () => {
    expect(
      await network([
        ciliumConfig({ 'enable-ipsec': 'true', 'enable-wireguard': 'false' }),
      ]),
    ).toMatchObject({
      status: 'ok',
      network: { value: { mode: 'ipsec', scope: 'pod' } },
    });
  });

  it('reads Cilium without transparent encryption as none', async () => {
    expect(
      await network([ciliumConfig({ 'enable-wireguard': 'false' })]),
    ).toMatchObject({
      network: { value: { mode: 'none' }, source: 'kube-system/cilium-config' },
    });
  });

  it('reads Kilo, encrypting every node pair only in a full mesh', async () => {
    expect(await network([kilo(['--mesh-granularity=full'])])).toMatchObject({
      network: {
        value: { mode: 'wireguard', scope: 'pod-and-node' },
        source: 'kube-system/kilo (DaemonSet)',
      },
    });
    expect(
      await network([ciliumConfig({ 'enable-wireguard': 'false' }), kilo([])]),
    ).toMatchObject({
      network: { value: { mode: 'wireguard', scope: 'pod' } },
    });
  });

  it('leaves other CNIs unknown', async () => {
    expect(await network([])).toEqual({
      status: 'skipped',
      network: undefined,
    });
  });
});
