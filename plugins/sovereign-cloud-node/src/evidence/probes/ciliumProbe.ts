import { InterNodeEncryption } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesObject } from '../../kubernetes/types';
import { EvidenceProbe } from './EvidenceProbe';
import { observed } from './observe';
import { readOptional } from './readOptional';

const CILIUM_CONFIG = { namespace: 'kube-system', name: 'cilium-config' };
const KILO = { namespace: 'kube-system', name: 'kilo' };

const isTrue = (value: unknown) =>
  typeof value === 'string' && value.trim().toLowerCase() === 'true';

/** Cilium's transparent encryption, from its agent ConfigMap. */
function ciliumEncryption(
  data: Record<string, string>,
): InterNodeEncryption & { detail: string } {
  // encrypt-node adds node (host) traffic to the encrypted pod traffic.
  const scope = isTrue(data['encrypt-node']) ? 'pod-and-node' : 'pod';
  if (isTrue(data['enable-wireguard'])) {
    return { mode: 'wireguard', scope, detail: `Cilium WireGuard, ${scope}` };
  }
  if (isTrue(data['enable-ipsec'])) {
    return { mode: 'ipsec', scope, detail: `Cilium IPsec, ${scope}` };
  }
  return { mode: 'none', detail: 'Cilium without transparent encryption' };
}

/** The value of `--name=value` or `--name value` in container args. */
function flag(args: string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith(`${name}=`)) return args[i].slice(name.length + 1);
    if (args[i] === name) return args[i + 1];
  }
  return undefined;
}

/**
 * Kilo always meshes locations over WireGuard; only with
 * `--mesh-granularity=full` is every node pair tunnelled, so traffic inside
 * a location otherwise stays unencrypted (scope `pod`, conservatively).
 */
function kiloEncryption(daemonSet: KubernetesObject): InterNodeEncryption {
  const containers =
    (
      daemonSet as {
        spec?: {
          template?: {
            spec?: {
              containers?: Array<{ args?: string[]; command?: string[] }>;
            };
          };
        };
      }
    ).spec?.template?.spec?.containers ?? [];
  const args = containers.flatMap(c => [
    ...(c.command ?? []),
    ...(c.args ?? []),
  ]);
  const full = flag(args, '--mesh-granularity') === 'full';
  return { mode: 'wireguard', scope: full ? 'pod-and-node' : 'pod' };
}

/**
 * ConfigMap `kube-system/cilium-config` (`enable-wireguard`, `enable-ipsec`,
 * `encrypt-node`) and DaemonSet `kube-system/kilo` → `network`. Neither
 * found: unknown, the declaration stands (other CNIs are not read).
 */
export const ciliumProbe: EvidenceProbe = {
  name: 'cilium',
  async run({ client, signal }) {
    const [config, kilo] = await Promise.all([
      readOptional(() =>
        client.get(
          { apiVersion: 'v1', kind: 'ConfigMap', ...CILIUM_CONFIG },
          { signal },
        ),
      ),
      readOptional(() =>
        client.get(
          { apiVersion: 'apps/v1', kind: 'DaemonSet', ...KILO },
          { signal },
        ),
      ),
    ]);
    const cilium = config
      ? ciliumEncryption((config.data ?? {}) as Record<string, string>)
      : undefined;

    if (cilium && cilium.mode !== 'none') {
      const { detail, ...value } = cilium;
      return {
        status: 'ok',
        observed: { network: observed(value, 'kube-system/cilium-config') },
        detail: kilo ? `${detail}; Kilo also present` : detail,
      };
    }
    if (kilo) {
      const value = kiloEncryption(kilo);
      return {
        status: 'ok',
        observed: { network: observed(value, 'kube-system/kilo (DaemonSet)') },
        detail: `Kilo WireGuard mesh, ${value.scope}${
          cilium ? `; ${cilium.detail}` : ''
        }`,
      };
    }
    if (cilium) {
      return {
        status: 'ok',
        observed: {
          network: observed(
            { mode: 'none' } as InterNodeEncryption,
            'kube-system/cilium-config',
          ),
        },
        detail: cilium.detail,
      };
    }
    return {
      status: 'skipped',
      observed: {},
      reason:
        'neither Cilium (kube-system/cilium-config) nor Kilo (kube-system/kilo) found; inter-node encryption stays as declared',
    };
  },
};
