import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import { HumanDuration } from '@backstage/types';

export interface Config {
  sovereignCloud?: {
    /**
     * The live storage, network and observability cards of SovereignClusters,
     * cached in each backend instance's memory. Each read of a cluster obeys
     * `sovereignCloud.posture.collection.timeout`; Prometheus is configured per
     * cluster under `sovereignCloud.kubernetes.clusters[].prometheus`.
     */
    live?: {
      /**
       * How often each instance collects every cluster's cards again. Default
       * every 5 minutes, timeout 4 minutes, first run 15 seconds after startup.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /** Clusters collected at the same time in a refresh. Default 4, at most 64. */
      concurrency?: number;
    };
    /** Configuration of the sovereign-cloud backend plugin's posture assessment. */
    posture?: {
      /**
       * Id of the shipped weight profile used to score clusters:
       * `csf-v1.2.1` (default) or `csf-calculator-2026-06`. Leave it out when
       * `customWeights` is set. An unknown id stops the backend at startup.
       */
      profile?: string;

      /**
       * Own weights per objective instead of a shipped profile: SOV-1 … SOV-8,
       * finite, not negative, summing to 100 (objectives left out weigh 0).
       * Invalid weights stop the backend at startup, naming the objective.
       * Requests can still ask for a shipped profile with `?profile=`.
       */
      customWeights?: {
        /** Id shown as `weightProfile` and accepted by `?profile=`. Default `custom`. */
        id?: string;
        /** Title of the profile. Default `Custom weights`. */
        title?: string;
        /** Objective → weight, e.g. `{ SOV-1: 20, SOV-2: 10, … }`. */
        weights: { [objective: string]: number };
      };

      /**
       * How often the whole fleet is collected and assessed (one backend
       * instance at a time). Default: every 30 minutes, timeout 15 minutes,
       * first run 10 seconds after startup.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;

      /** How live evidence is collected (see also the sovereign-cloud node library's keys). */
      collection?: {
        /** Clusters collected at the same time in a run. Default 8, at most 256. */
        concurrency?: number;
      };

      /** The posture history of clusters and meshes. */
      history?: {
        /**
         * A new point is written when score, level, provisional flag, evidence
         * status or profile change, or when the last point is older than this.
         * Default 1 day.
         */
        minInterval?: HumanDuration | string;
        /** Points older than this are deleted by each run. Default 90 days. */
        retention?: HumanDuration | string;
      };

      /** The in-memory fleet index each backend instance serves `/fleet` from. */
      fleet?: {
        /**
         * How often each instance reloads the index from the catalog and the
         * database (always local to the instance). Default every minute.
         */
        refresh?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
