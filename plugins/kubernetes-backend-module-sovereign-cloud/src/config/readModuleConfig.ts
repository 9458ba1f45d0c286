import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config, ConfigReader } from '@backstage/config';

/** What this module reads from `sovereignCloud.kubernetes`. */
export interface ModuleConfig {
  /** How often the SovereignCluster entities are read again. */
  clusterRefresh: SchedulerServiceTaskScheduleDefinition;
}

const prefix = 'sovereignCloud.kubernetes';

const defaultRefresh = {
  frequency: { minutes: 5 },
  timeout: { minutes: 2 },
};

function readClusterRefresh(
  config: Config,
): SchedulerServiceTaskScheduleDefinition {
  const refresh = config.getOptionalConfig(`${prefix}.clusterRefresh`);
  // Only the frequency is usually worth setting; the timeout keeps its default.
  return readSchedulerServiceTaskScheduleDefinitionFromConfig(
    new ConfigReader({ ...defaultRefresh, ...refresh?.get<object>() }),
  );
}

/**
 * Reads this module's settings, with defaults, failing early on bad values.
 * Credential settings (`credentialConfigPrefixes`) belong to the node library,
 * which reads them with the rest of `sovereignCloud.kubernetes`.
 */
export function readModuleConfig(config: Config): ModuleConfig {
  return { clusterRefresh: readClusterRefresh(config) };
}
