import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';
import {
  resolveWeightProfile,
  validateCustomWeights,
  WeightProfile,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { ProfileRegistry } from './ProfileRegistry';

/** Settings of the posture engine, collection, history and fleet index. */
export interface PostureConfig {
  profiles: ProfileRegistry;
  /** The global assessment run. */
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** The local reload of the in-memory fleet index on each backend instance. */
  fleetRefreshSchedule: SchedulerServiceTaskScheduleDefinition;
  collectionConcurrency: number;
  historyMinIntervalMs: number;
  historyRetentionMs: number;
}

const ROOT = 'sovereignCloud.posture';

/** Every 30 minutes; the first run shortly after startup. */
export const DEFAULT_POSTURE_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 30 },
    timeout: { minutes: 15 },
    initialDelay: { seconds: 10 },
  };

/** Picks up assessments written by another instance and catalog changes. */
export const DEFAULT_FLEET_REFRESH_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 1 },
    timeout: { minutes: 1 },
    initialDelay: { seconds: 3 },
    scope: 'local',
  };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Config errors name the key, so a bad value stops the backend with a message that says where. */
class PostureConfigError extends Error {
  constructor(key: string, reason: string) {
    super(`${ROOT}.${key}: ${reason}`);
    this.name = 'PostureConfigError';
  }
}

function readProfile(config: Config): WeightProfile {
  const id = config.getOptionalString(`${ROOT}.profile`);
  const custom = config.getOptional(`${ROOT}.customWeights`);
  if (custom !== undefined) {
    let profile: WeightProfile;
    try {
      profile = validateCustomWeights(custom as any);
    } catch (error) {
      // The engine names the field inside the weights (`weights.SOV-9: …`): continue the key with it.
      const message = (error as Error).message;
      const [path, ...reason] = message.split(': ');
      throw reason.length > 0 && path.startsWith('weights')
        ? new PostureConfigError(`customWeights.${path}`, reason.join(': '))
        : new PostureConfigError('customWeights', message);
    }
    if (id !== undefined && id !== profile.id) {
      throw new PostureConfigError(
        'profile',
        `is '${id}' but customWeights is set (id '${profile.id}'); set one of them`,
      );
    }
    return profile;
  }
  try {
    return resolveWeightProfile(id);
  } catch (error) {
    throw new PostureConfigError(
      'profile',
      (error as Error).message.replace(/^profile: /, ''),
    );
  }
}

function readSchedule(
  config: Config,
  key: string,
  fallback: SchedulerServiceTaskScheduleDefinition,
): SchedulerServiceTaskScheduleDefinition {
  const sub = config.getOptionalConfig(`${ROOT}.${key}`);
  if (!sub) return fallback;
  try {
    return {
      ...readSchedulerServiceTaskScheduleDefinitionFromConfig(sub),
      ...(fallback.scope ? { scope: fallback.scope } : {}),
    };
  } catch (error) {
    throw new PostureConfigError(key, (error as Error).message);
  }
}

function readDurationMs(config: Config, key: string, fallback: number): number {
  if (!config.has(`${ROOT}.${key}`)) return fallback;
  let ms: number;
  try {
    ms = durationToMilliseconds(
      readDurationFromConfig(config, { key: `${ROOT}.${key}` }),
    );
  } catch (error) {
    throw new PostureConfigError(key, (error as Error).message);
  }
  if (!Number.isFinite(ms) || ms < 0) {
    throw new PostureConfigError(key, 'must be a positive duration');
  }
  return ms;
}

function readConcurrency(config: Config): number {
  const key = 'collection.concurrency';
  let value: number | undefined;
  try {
    value = config.getOptionalNumber(`${ROOT}.${key}`);
  } catch (error) {
    throw new PostureConfigError(key, (error as Error).message);
  }
  if (value === undefined) return 8;
  if (!Number.isInteger(value) || value < 1 || value > 256) {
    throw new PostureConfigError(
      key,
      `must be an integer 1..256 (got ${value})`,
    );
  }
  return value;
}

/** Reads `sovereignCloud.posture`; throws naming the key for invalid values. */
export function readPostureConfig(config: Config): PostureConfig {
  return {
    profiles: ProfileRegistry.create(readProfile(config)),
    schedule: readSchedule(config, 'schedule', DEFAULT_POSTURE_SCHEDULE),
    fleetRefreshSchedule: readSchedule(
      config,
      'fleet.refresh',
      DEFAULT_FLEET_REFRESH_SCHEDULE,
    ),
    collectionConcurrency: readConcurrency(config),
    historyMinIntervalMs: readDurationMs(config, 'history.minInterval', DAY_MS),
    historyRetentionMs: readDurationMs(
      config,
      'history.retention',
      90 * DAY_MS,
    ),
  };
}
