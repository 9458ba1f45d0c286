import { ciliumAddon } from './cilium';
import type { Addon } from './components';
import { kiloAddon, kiloPeersAddon } from './kilo';
import { kubePrometheusStackAddon } from './kubePrometheusStack';
import { LONGHORN_STORAGE_CLASS, longhornAddons } from './longhorn';
import { openTelemetryCollectorAddon } from './openTelemetryCollector';
import { ROOK_CEPH_STORAGE_CLASS, rookCephAddons } from './rookCeph';
import { SIMPLYBLOCK_STORAGE_CLASS, simplyblockAddons } from './simplyblock';
import type { AddonRequest } from './types';

/** The add-ons a (validated) request asks for, independent of delivery. */
export function planAddons(request: AddonRequest): Addon[] {
  const addons: Addon[] = [];
  const { overlay, storage, observability } = request;

  if (overlay.type === 'cilium-wireguard') {
    addons.push(ciliumAddon(request, overlay.nodeEncryption ?? false));
  } else {
    addons.push(kiloAddon(overlay.granularity ?? 'location'));
    if (overlay.edgePeers?.length)
      addons.push(kiloPeersAddon(overlay.edgePeers));
  }

  let storageClassName: string | undefined;
  switch (storage.backend) {
    case 'rook-ceph':
      addons.push(...rookCephAddons(storage, observability.prometheus));
      storageClassName = ROOK_CEPH_STORAGE_CLASS;
      break;
    case 'longhorn':
      addons.push(...longhornAddons(storage));
      storageClassName = LONGHORN_STORAGE_CLASS;
      break;
    case 'simplyblock':
      addons.push(...simplyblockAddons(request.clusterName, storage));
      storageClassName = SIMPLYBLOCK_STORAGE_CLASS;
      break;
    default:
      // The provider's CSI ships with its ClusterClass (reference §7.3 step 2).
      break;
  }

  const collector = observability.prometheus || !!observability.otlpEndpoint;
  if (observability.prometheus) {
    addons.push(
      kubePrometheusStackAddon(request, {
        storageClassName,
        otlpReceiver: collector,
      }),
    );
  }
  if (collector) addons.push(openTelemetryCollectorAddon(request));
  return addons;
}
