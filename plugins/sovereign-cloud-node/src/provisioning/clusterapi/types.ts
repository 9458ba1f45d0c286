import {
  CloudProviderEntity,
  ClusterRequest,
  ProviderCatalogue,
  ProviderLocation,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesObject } from '../../kubernetes/types';
import { ClusterRendererId, InfrastructureProviderFacts } from './providers';

/**
 * Options of {@link renderClusterManifests}.
 * @public
 */
export interface ClusterRenderOptions {
  /** Provider catalogue for the provider and location checks; defaults to the shipped one. */
  catalogue?: ProviderCatalogue;
  /** Use this renderer instead of the one the provider maps to. */
  renderer?: ClusterRendererId;
  /**
   * Provider settings that are not part of a request (project ids, network
   * ids, images, control-plane endpoints); each renderer names the ones it
   * needs. Never credentials: those stay in the referenced Secrets.
   */
  settings?: Readonly<Record<string, string>>;
  /** Name of the credential Secret (or identity) to reference instead of the provider default. */
  credentialsName?: string;
  /** Namespace of the ClusterClass when it is not the cluster's namespace. */
  clusterClassNamespace?: string;
}

/**
 * A pool the provider creates, with its provider-specific placement.
 * @public
 */
export interface RenderedPool {
  pool: ClusterRequest['nodePools'][number];
  index: number;
  /** The catalogue location of the pool, when the catalogue lists it. */
  location?: ProviderLocation;
  /** Zone named by the pool's location (a zone id), if any. */
  zone?: string;
}

/**
 * Everything a renderer needs; built and checked once by the entry point.
 * @public
 */
export interface RenderContext {
  request: ClusterRequest;
  provider: CloudProviderEntity;
  facts: InfrastructureProviderFacts;
  settings: Readonly<Record<string, string>>;
  credentialsName?: string;
  clusterClassNamespace?: string;
  /** The pools at the cluster's provider (pools of other providers join over the overlay). */
  pools: RenderedPool[];
  /** The catalogue location of the control plane (first of locations unless set). */
  controlPlaneLocation: string;
  locationOf(value: string): ProviderLocation | undefined;
  /** Reports a problem with the request (path relative to the request root). */
  reject(path: ReadonlyArray<string | number>, message: string): void;
}

/**
 * One renderer: provider facts in, Kubernetes objects out.
 * @public
 */
export interface ClusterRenderer {
  id: ClusterRendererId;
  /** Settings the renderer cannot do without, with what each is. */
  requiredSettings: Readonly<Record<string, string>>;
  render(context: RenderContext): KubernetesObject[];
}
