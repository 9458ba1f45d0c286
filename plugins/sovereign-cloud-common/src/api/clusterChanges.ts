/**
 * Day-2 changes of a cluster: what the scaffolder actions plan and apply,
 * what the backend records and the cluster page shows.
 */

/** @public */
export type ClusterChangeKind =
  | 'upgrade'
  | 'node-pools'
  | 'addons'
  | 'decommission';

/**
 * `planned`: a reviewer saw the diff, nothing applied yet; `applied`/`failed`:
 * the change ran; `decommissioning` until the management cluster no longer
 * has the cluster, then `decommissioned`.
 * @public
 */
export type ClusterChangeStatus =
  | 'planned'
  | 'applied'
  | 'failed'
  | 'decommissioning'
  | 'decommissioned';

/** One field a change adds, changes or removes on one object. @public */
export type FieldChange = {
  /** Dotted path, list items by key where Kubernetes merges by key, e.g. `spec.topology.workers.machineDeployments[name=pool-a].replicas`. */
  path: string;
  change: 'added' | 'changed' | 'removed';
  /** Values of Secret data are never included. */
  before?: unknown;
  after?: unknown;
  /** Field managers that own the field on the live object now. */
  managers: string[];
};

/** What applying one object would do. @public */
export type ObjectDiff = {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
  action: 'create' | 'update' | 'unchanged' | 'delete';
  fields: FieldChange[];
};

/** A change to one cluster, as the backend keeps it. @public */
export type ClusterChangeRecord = {
  /** Id of the run (scaffolder task id, or the step's checkpoint key). */
  id: string;
  /** Entity ref of the SovereignCluster. */
  cluster: string;
  kind: ClusterChangeKind;
  status: ClusterChangeStatus;
  /** One line a person reads, e.g. "Kubernetes v1.32.4 → v1.33.1". */
  summary: string;
  /** The diff shown to the reviewer. */
  diff: ObjectDiff[];
  /** Where the change went: the management cluster (`apply`) or the GitOps repository. */
  mode?: 'apply' | 'gitops';
  /** Entity ref of the user who asked. */
  requestedBy?: string;
  requestedAt: string;
  updatedAt?: string;
  /** Why it failed, without secrets. */
  error?: string;
};

/** Body of `POST /provisioning/changes`. @public */
export type ClusterChangeInput = Omit<
  ClusterChangeRecord,
  'requestedBy' | 'requestedAt' | 'updatedAt'
>;

/** Answer of `GET /clusters/:namespace/:name/changes`. @public */
export type ClusterChangesResponse = {
  cluster: string;
  /** Newest first. */
  changes: ClusterChangeRecord[];
  /**
   * Declared vs observed after the newest applied change: the diff a
   * server-side-apply dry run of the cluster's desired objects gives now.
   */
  drift?: {
    checkedAt: string;
    objects: ObjectDiff[];
    /** Set when the management cluster could not be read. */
    error?: string;
  };
};
