import { InterNodeEncryption } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesObject } from '../../../kubernetes/types';

/** Where Cilium and Kilo keep the settings the probes and live cards read. */
export const CILIUM_CONFIG = {
  namespace: 'kube-system',
  name: 'cilium-config',
};
export const KILO = { namespace: 'kube-system', name: 'kilo' };

export const isTrue = (value: unknown) =>
  typeof value === 'string' && value.trim().toLowerCase() === 'true';

/** Cilium's transparent encryption, from its agent ConfigMap. */
export function ciliumEncryption(
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

/** Kilo's `--mesh-granularity` (`location` when not set, Kilo's default). */
export function kiloMeshGranularity(daemonSet: KubernetesObject): string {
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
  return flag(args, '--mesh-granularity') ?? 'location';
}

/**
 * Kilo always meshes locations over WireGuard; only with
 * `--mesh-granularity=full` is every node pair tunnelled, so traffic inside
 * a location otherwise stays unencrypted (scope `pod`, conservatively).
 */
export function kiloEncryption(
  daemonSet: KubernetesObject,
): InterNodeEncryption {
  const full = kiloMeshGranularity(daemonSet) === 'full';
  return { mode: 'wireguard', scope: full ? 'pod-and-node' : 'pod' };
}
