import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';

/** Every 5 minutes, at most 3 minutes per run: discovery is a handful of list calls per management cluster. */
export const DEFAULT_CLUSTER_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 5 },
    timeout: { minutes: 3 },
  };

/** `sovereignCloud.catalog.schedule`, or the default. */
export function readClusterSchedule(
  config: Config,
): SchedulerServiceTaskScheduleDefinition {
  const schedule = config.getOptionalConfig('sovereignCloud.catalog.schedule');
  return schedule
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(schedule)
    : DEFAULT_CLUSTER_SCHEDULE;
}
