import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { readEvidenceCollectionConfig } from '@sovereign-cloud/plugin-sovereign-cloud-node';

/** Settings of the live storage, network and observability cards. */
export interface LiveConfig {
  /** The refresh of every cluster's cards; local, since each instance caches in memory. */
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** Clusters collected at the same time in a refresh. */
  concurrency: number;
  /** Deadline of one cluster's collection of one source. */
  timeoutMs: number;
}

const ROOT = 'sovereignCloud.live';
const MAX_CONCURRENCY = 64;

/** Every 5 minutes, on each instance, the first run shortly after startup. */
export const DEFAULT_LIVE_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 5 },
  timeout: { minutes: 4 },
  initialDelay: { seconds: 15 },
  scope: 'local',
};

/**
 * Reads `sovereignCloud.live`; the deadline is the evidence collection's
 * (`sovereignCloud.posture.collection.timeout`), so one key bounds every
 * read of a cluster. Errors name the key.
 */
export function readLiveConfig(config: Config): LiveConfig {
  let schedule = DEFAULT_LIVE_SCHEDULE;
  const scheduleConfig = config.getOptionalConfig(`${ROOT}.schedule`);
  if (scheduleConfig) {
    try {
      schedule = {
        ...readSchedulerServiceTaskScheduleDefinitionFromConfig(scheduleConfig),
        // The cache lives in each instance's memory: each must refresh its own.
        scope: 'local',
      };
    } catch (error) {
      throw new InputError(`${ROOT}.schedule: ${(error as Error).message}`);
    }
  }

  let concurrency = 4;
  if (config.has(`${ROOT}.concurrency`)) {
    const value = config.getOptional(`${ROOT}.concurrency`);
    if (
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < 1 ||
      value > MAX_CONCURRENCY
    ) {
      throw new InputError(
        `${ROOT}.concurrency: must be an integer from 1 to ${MAX_CONCURRENCY} (got ${JSON.stringify(
          value,
        )})`,
      );
    }
    concurrency = value;
  }

  return {
    schedule,
    concurrency,
    timeoutMs: readEvidenceCollectionConfig(config).timeoutMs,
  };
}
