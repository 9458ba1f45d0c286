import { KubernetesTestServer } from '../../testServer/KubernetesTestServer';
import { probeContextFor } from '../__fixtures__/probeContext';
import { auditLoggingProbe } from './auditLoggingProbe';

const controlPlane = (name: string, labels: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: {
    name,
    labels: { 'node-role.kubernetes.io/control-plane': '', ...labels },
  },
  spec: {},
  status: { allocatable: { cpu: '4' } },
});

const apiServer = (
  nodeName: string,
  args: string[],
  labels: Record<string, string> = { component: 'kube-apiserver' },
) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    namespace: 'kube-system',
    name: `kube-apiserver-${nodeName}`,
    labels,
  },
  spec: {
    nodeName,
    containers: [
      {
        name: 'kube-apiserver',
        image: 'registry.k8s.io/kube-apiserver:v1.36.4',
        args,
      },
    ],
  },
  status: { phase: 'Running' },
});

const policy = '--audit-policy-file=/etc/kubernetes/audit-policy.yaml';
const fra = controlPlane('cp-a', {
  'sovereign-cloud.io/provider': 'ionos',
  'sovereign-cloud.io/location': 'de_fra',
});
const lhr = controlPlane('cp-b', {
  'sovereign-cloud.io/provider': 'ionos',
  'sovereign-cloud.io/location': 'gb_lhr',
});

async function audit(objects: object[]) {
  const server = await KubernetesTestServer.start({ objects });
  try {
    const outcome = await auditLoggingProbe.run(probeContextFor(server));
    return {
      value: outcome.observed.auditLogging?.value ?? null,
      detail: outcome.detail,
    };
  } finally {
    await server.stop();
  }
}

describe('auditLoggingProbe', () => {
  it('sees no audit without a policy file, whatever the backend', async () => {
    expect(
      (
        await audit([
          fra,
          apiServer('cp-a', ['--audit-log-path=/var/log/audit.log']),
        ])
      ).value,
    ).toBe('none');
  });

  it('calls audit on some API servers only incomplete', async () => {
    expect(
      (
        await audit([
          fra,
          apiServer('cp-a', [policy, '--audit-log-path', '/var/log/audit.log']),
          apiServer('cp-b', []),
        ])
      ).value,
    ).toBe('incomplete');
  });

  it('needs control-plane nodes in the EU/EEA for customer-eu (Talos labels too)', async () => {
    const talos = { 'k8s-app': 'kube-apiserver' };
    expect(
      (
        await audit([
          fra,
          apiServer('cp-a', [policy, '--audit-log-path=-'], talos),
        ])
      ).value,
    ).toBe('customer-eu');
    const abroad = await audit([
      lhr,
      apiServer('cp-b', [policy, '--audit-log-path=-']),
    ]);
    expect(abroad.value).toBeNull();
    expect(abroad.detail).toContain('not all in the EU/EEA');
  });

  it('does not guess where a webhook sends events', async () => {
    const webhook = await audit([
      fra,
      apiServer('cp-a', [
        policy,
        '--audit-webhook-config-file=/etc/kubernetes/audit-webhook.yaml',
      ]),
    ]);
    expect(webhook.value).toBeNull();
    expect(webhook.detail).toContain('webhook whose sink is not visible');
  });
});
