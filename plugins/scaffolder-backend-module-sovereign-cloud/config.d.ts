// Provider settings (project and network ids) come with each request;
// provider credentials stay in Secrets of the management cluster. The
// management cluster's own API access is `sovereignCloud.kubernetes.clusters`
// (documented by @sovereign-cloud/plugin-sovereign-cloud-node).
export interface Config {
  sovereignCloud?: {
    provisioning?: {
      /**
       * Name of the cluster in `sovereignCloud.kubernetes.clusters` that
       * `sovereign-cloud:cluster:provision` applies to when its input does not
       * name one (`managementCluster`).
       */
      managementCluster?: string;
      /**
       * GitOps repository that `sovereign-cloud:cluster:provision` commits a
       * plan to in gitops mode with `commit: true` (instead of a publish step).
       */
      gitops?: {
        /** http(s) clone URL, without credentials. */
        url: string;
        /** Branch to commit to. Default main. */
        branch?: string;
        /**
         * Access token, sent as the password of HTTP basic auth.
         * @visibility secret
         */
        token?: string;
        /** Username for `password`, or for `token` (default x-access-token). */
        username?: string;
        /** @visibility secret */
        password?: string;
        /** Author and committer of the commits. */
        author: { name: string; email: string };
      };
    };
    workloads?: {
      karmada?: {
        /**
         * The Karmada API server: a cluster of `sovereignCloud.kubernetes.clusters`
         * that `sovereign-cloud:workload:deploy` applies to with engine karmada
         * when its input does not name one (`karmada.cluster`).
         */
        cluster?: string;
      };
      argocd?: {
        /**
         * The cluster Argo CD runs on, of `sovereignCloud.kubernetes.clusters`:
         * where engine argocd with `apply: true` applies the ApplicationSet.
         */
        cluster?: string;
        /** Namespace of Argo CD. Default argocd. */
        namespace?: string;
        /** Git repository Argo CD syncs workloads from, without credentials. */
        repoURL?: string;
      };
    };
  };
}
