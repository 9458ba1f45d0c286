import { InterNodeEncryption } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { EvidenceProbe } from './EvidenceProbe';
import { observed } from './observe';
import {
  CILIUM_CONFIG,
  ciliumEncryption,
  KILO,
  kiloEncryption,
} from './network/overlayEncryption';
import { readOptional } from './readOptional';

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
