import type { KubernetesObject } from '../../kubernetes/types';

/** How add-ons reach the new cluster. @public */
export type AddonDelivery = 'flux' | 'argocd';

/** Identifiers of the charts and manifest sources in {@link ADDON_SOURCES}. @public */
export type AddonSourceId =
  | 'cilium'
  | 'kilo'
  | 'rook-ceph'
  | 'longhorn'
  | 'simplyblock-csi'
  | 'kube-prometheus-stack'
  | 'opentelemetry-collector';

/**
 * Where a chart or manifest set comes from. `verified` is true when the
 * repository and version were read from the provisioning reference.
 *
 * @public
 */
export interface AddonSource {
  /** `helm`: an HTTP(S) chart repository; `oci`: an OCI registry; `git`: plain manifests. */
  type: 'helm' | 'oci' | 'git';
  /** Repository URL; for `oci` the chart's full `oci://…/<chart>` reference. */
  url: string;
  /** Chart name (helm and oci). */
  chart?: string;
  /** Chart version, or for `git` the tag. */
  version: string;
  /** Where the URL and version were taken from. */
  source: string;
  verified: boolean;
}

/**
 * A Kilo peer that is not a Kubernetes node, e.g. an edge gateway with its
 * own WireGuard key. Only the public key is ever part of a manifest.
 *
 * @public
 */
export interface KiloEdgePeer {
  name: string;
  /** WireGuard public key (32 bytes, base64). */
  publicKey: string;
  allowedIPs: string[];
  /** `host:port` or `ip:port`. */
  endpoint?: string;
  persistentKeepalive?: number;
}

/** Network overlay of the cluster. @public */
export type AddonOverlay =
  | {
      type: 'cilium-wireguard';
      /** Also encrypt node-to-node traffic (beta in Cilium; default false as in the reference). */
      nodeEncryption?: boolean;
    }
  | {
      type: 'kilo';
      /** `location` (default): one WireGuard leader per location; `full`: every node peers. */
      granularity?: 'location' | 'full';
      /** Edge peers outside the cluster (gateways, devices). */
      edgePeers?: KiloEdgePeer[];
    };

/** A remote member of the ClusterMesh. @public */
export interface MeshPeer {
  name: string;
  /** Address of its clustermesh-apiserver (DNS name or IP). */
  address: string;
  port?: number;
}

/**
 * ClusterMesh membership of the cluster (Cilium only). The mesh's shared CA
 * is the Secret `cilium-ca` in `kube-system` of each member, created in
 * apply mode and never rendered (`CILIUM_SHARED_CA_SECRET`).
 *
 * @public
 */
export interface AddonMesh {
  name: string;
  /** 1..255, unique in the mesh (see `allocateMeshSlot`). */
  clusterId: number;
  podCidr: string;
  serviceCidr: string;
  peers?: MeshPeer[];
}

/** Storage backend of the cluster. @public */
export interface AddonStorage {
  backend: 'rook-ceph' | 'longhorn' | 'simplyblock' | 'provider';
  /** Number of synchronous copies (erasure-coding parity + 1 for simplyblock). */
  replication: number;
  failureDomain: 'host' | 'zone' | 'region';
  /** Locations (zones or regions) the nodes span; used to check the failure domain. */
  locations?: string[];
  /** simplyblock only: cluster UUID and pool of the simplyblock storage cluster. */
  simplyblock?: { clusterUuid: string; poolName: string };
}

/** Observability add-ons. @public */
export interface AddonObservability {
  prometheus: boolean;
  /** Central store to ship metrics to; credentials come from a Secret in `monitoring`. */
  remoteWrite?: { url: string; basicAuthSecretName?: string };
  /** OTLP/gRPC endpoint (host:port) of a central collector for traces and logs. */
  otlpEndpoint?: string;
}

/** Where the rendered manifests live in Git. @public */
export interface AddonGitOpsSource {
  /** Git URL of the GitOps repository (required for Argo CD). */
  repoURL?: string;
  /** Branch or tag Argo CD follows. Default `HEAD`. */
  revision?: string;
  /** Flux `GitRepository` that mirrors the GitOps repository. Default `flux-system` in `flux-system`. */
  fluxSource?: { name: string; namespace?: string };
  /** Argo CD project. Default `default`. */
  project?: string;
  /** Directory of the cluster in the repository. Default `clusters/<name>`. */
  basePath?: string;
}

/**
 * What the add-on renderers need to know about one cluster.
 *
 * @public
 */
export interface AddonRequest {
  clusterName: string;
  /** Namespace of the delivery objects in the management cluster (the Cluster's namespace for Flux, usually `argocd` for Argo CD). */
  namespace: string;
  delivery?: AddonDelivery;
  overlay: AddonOverlay;
  mesh?: AddonMesh;
  storage: AddonStorage;
  observability: AddonObservability;
  /** Extra Prometheus external labels (provider, region). */
  labels?: Record<string, string>;
  gitops?: AddonGitOpsSource;
  /** Replace entries of the source table, e.g. a sovereign chart mirror. */
  sources?: Partial<Record<AddonSourceId, AddonSource>>;
}

/** Which cluster an object is applied to. @public */
export type AddonTarget = 'management' | 'workload';

/**
 * A directory of the GitOps layout: the objects committed at `path`, and
 * which cluster they are applied to.
 *
 * @public
 */
export interface AddonFile {
  path: string;
  target: AddonTarget;
  objects: KubernetesObject[];
}

/**
 * The rendered add-ons: the entry object that the management cluster
 * reconciles (Flux `Kustomization` or Argo CD `Application`) and the files
 * it points at.
 *
 * @public
 */
export interface AddonBundle {
  delivery: AddonDelivery;
  entrypoint: KubernetesObject;
  files: AddonFile[];
}
