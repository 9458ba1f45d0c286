export { renderAddonBundle, renderAddons } from './renderAddons';
export {
  allocateMeshSlot,
  type MeshSlotClaim,
  type MeshSlotOptions,
} from './allocateMeshSlot';
export { ADDON_SOURCES } from './sources';
export { CILIUM_SHARED_CA_SECRET } from './cilium';
export type {
  AddonBundle,
  AddonDelivery,
  AddonFile,
  AddonGitOpsSource,
  AddonMesh,
  AddonObservability,
  AddonOverlay,
  AddonRequest,
  AddonSource,
  AddonSourceId,
  AddonStorage,
  AddonTarget,
  KiloEdgePeer,
  MeshPeer,
} from './types';
