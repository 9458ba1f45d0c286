/**
 * One entry of `metadata.managedFields`: which manager owns which fields.
 *
 * @public
 */
export interface KubernetesManagedFieldsEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time?: string;
  fieldsType?: string;
  fieldsV1?: Record<string, unknown>;
  subresource?: string;
}

/**
 * Object metadata as the API server serves it (plain JSON, timestamps as strings).
 *
 * @public
 */
export interface KubernetesObjectMetadata {
  name?: string;
  namespace?: string;
  generateName?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  finalizers?: string[];
  ownerReferences?: Array<Record<string, unknown>>;
  managedFields?: KubernetesManagedFieldsEntry[];
  [key: string]: unknown;
}

/**
 * Any Kubernetes object, built-in or custom, as plain JSON.
 *
 * @public
 */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: KubernetesObjectMetadata;
  [key: string]: unknown;
}

/**
 * Names one object: its type and, for namespaced kinds, its namespace.
 *
 * @public
 */
export interface KubernetesObjectReference {
  apiVersion: string;
  kind: string;
  name: string;
  /** Required for namespaced kinds; `default` is used when absent. */
  namespace?: string;
}
