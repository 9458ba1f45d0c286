export interface Config {
  sovereignCloud?: {
    /** The demo portal only. */
    demo?: {
      /**
       * A demo cluster with observed data: a Kubernetes test server on loopback
       * with fixture objects and, when Prometheus and prometheus-node-exporter
       * are installed, a local Prometheus with backfilled history. Never in production.
       */
      liveCluster?: {
        /** Start it and add it to the catalog and `sovereignCloud.kubernetes.clusters`. Default false. */
        enabled?: boolean;
        /** Start a Prometheus for it when installed. Default true. */
        prometheus?: boolean;
        /**
         * Its SovereignCluster entity, with the annotations `sovereign-cloud.io/demo: 'true'` and
         * `sovereign-cloud.io/kubernetes-cluster` (the connection's name).
         */
        entity?: { [key: string]: unknown };
      };
      /**
       * A demo Cluster API management cluster `mgmt-fra` (the one the example fleet names): a
       * Kubernetes test server on loopback holding the Cluster objects of the fleet's Cluster API
       * clusters, rendered by the suite's planner, so the day-2 templates (upgrade, node pools,
       * add-ons, decommission) and the cluster page's Changes card work. It is added to
       * `sovereignCloud.kubernetes.clusters` and, when unset, as
       * `sovereignCloud.provisioning.managementCluster`. Never in production.
       */
      managementCluster?: {
        /** Start it and add its connection. Default false. */
        enabled?: boolean;
      };
    };
  };
}
