import { InterNodeEncryption } from '../posture/evidence';
import { LiveKubernetesReportBase } from './storage';

/*
 * Shapes of the live network card: overlay, encryption, ClusterMesh
 * membership and nodes per location, read from a cluster's Kubernetes API.
 */

/**
 * The overlay's encryption; `unknown` when no overlay the collector reads was found.
 * @public
 */
export type OverlayEncryption =
  | (InterNodeEncryption & { source: string })
  | { mode: 'unknown'; source?: string };

/** @public */
export type CiliumOverlay = {
  /** `tunnel` (VXLAN/Geneve) or `native`. */
  routingMode?: string;
  tunnelProtocol?: string;
  wireguard: boolean;
  ipsec: boolean;
  /** `encrypt-node`: host traffic is encrypted too. */
  nodeEncryption: boolean;
  clusterName?: string;
  clusterId?: number;
};

/** @public */
export type KiloOverlay = {
  /** `--mesh-granularity`: `location` (default), `full` or `cross`. */
  meshGranularity: string;
  /** Kilo locations (`kilo.squat.ai/location`, else the region label) and their nodes. */
  locations: { location: string; nodes: number }[];
};

/** @public */
export type ObservedOverlay = {
  cni: 'cilium' | 'kilo' | 'cilium+kilo' | 'unknown';
  encryption: OverlayEncryption;
  cilium?: CiliumOverlay;
  kilo?: KiloOverlay;
};

/**
 * A cluster of the mesh. `ready` is unknown (absent) from configuration;
 * reachability comes from the cluster's Prometheus.
 * @public
 */
export type MeshMember = {
  name: string;
  ready?: boolean;
  /** Where the member was named, e.g. `kube-system/cilium-clustermesh (Secret keys)`. */
  source: string;
  /** The cluster being read itself. */
  local?: boolean;
};

/** @public */
export type ClusterMeshConfiguration = {
  enabled: boolean;
  clusterName?: string;
  clusterId?: number;
  /** A `clustermesh-apiserver` Deployment serves this cluster's state to others. */
  apiserver: boolean;
  /** KVStoreMesh caches remote clusters (`cilium-kvstoremesh` Secret). */
  kvstoremesh: boolean;
  members: MeshMember[];
};

/** @public */
export type NodeLocationGroup = {
  provider: string;
  location?: string;
  country?: string;
  nodes: number;
  ready: number;
  controlPlane: number;
};

/**
 * `GET /live/network/:namespace/:name`: one cluster's network as observed.
 * @public
 */
export type NetworkReport = LiveKubernetesReportBase & {
  overlay: ObservedOverlay;
  clusterMesh: ClusterMeshConfiguration;
  nodesByLocation: NodeLocationGroup[];
};
