import type { CloudProviderEntity } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import type { KubernetesObject } from '../kubernetes/types';
import type { EdgeRequest } from './edgeRequest';

/** What one chosen cluster receives for the edge. @public */
export type ClusterEdgeManifests = {
  /** Karmada member name (as in the placement). */
  cluster: string;
  provider: string;
  /**
   * Gateway, route, Certificate, then the global entry objects of this
   * cluster (Gslb, DNSEndpoint, or MetalLB pool, peers and advertisement).
   */
  objects: KubernetesObject[];
  /** The cluster-scoped ClusterIssuer the Certificate uses. */
  clusterIssuer: KubernetesObject;
};

/** @public */
export type RenderedEdge = {
  edge: EdgeRequest;
  hostname: string;
  strategy: EdgeRequest['globalEntry']['strategy'];
  gatewayName: string;
  /** Secret the Certificate writes; only referenced, never rendered. */
  tlsSecretName: string;
  clusters: ClusterEdgeManifests[];
};

/** @public */
export type RenderEdgeOptions = {
  /**
   * CloudProvider entities to read provider types from (anycast needs
   * `private-dc`); default the shipped catalogue.
   */
  providers?: readonly CloudProviderEntity[];
};
