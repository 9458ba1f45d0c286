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
    };
  };
}
