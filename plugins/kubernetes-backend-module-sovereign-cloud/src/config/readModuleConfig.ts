import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config, ConfigReader } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** What this module reads from `sovereignCloud.kubernetes`. */
export interface ModuleConfig {
  /** How often the SovereignCluster entities are read again. */
  clusterRefresh: SchedulerServiceTaskScheduleDefinition;
  /** Config keys an entity may name as a credential must lie under one of these. */
  credentialConfigPrefixes: string[];
}

const prefix = 'sovereignCloud.kubernetes';

const defaultRefresh = {
  frequency: { minutes: 5 },
  timeout: { minutes: 2 },
};

// Matches the example in the SovereignCluster schema
// (`sovereignCloud.clusters.<name>.serviceAccount`) plus a neutral home.
const defaultCredentialPrefixes = [
  'sovereignCloud.clusters',
  'sovereignCloud.credentials',
];

const configKeyPattern = /^[a-zA-Z][\w-]*(?:\.[a-zA-Z0-9][\w-]*)*$/;

function readCredentialPrefixes(config: Config): string[] {
  const key = `${prefix}.credentialConfigPrefixes`;
  const prefixes =
    config.getOptionalStringArray(key) ?? defaultCredentialPrefixes;
  for (const value of prefixes) {
    if (!configKeyPattern.test(value)) {
      throw new InputError(
        `${key}: '${value}' is not a config key like sovereignCloud.credentials`,
      );
    }
  }
  return prefixes;
}

function readClusterRefresh(
  config: Config,
): SchedulerServiceTaskScheduleDefinition {
  const refresh = config.getOptionalConfig(`${prefix}.clusterRefresh`);
  // Only the frequency is usually worth setting; the timeout keeps its default.
  return readSchedulerServiceTaskScheduleDefinitionFromConfig(
    new ConfigReader({ ...defaultRefresh, ...refresh?.get<object>() }),
  );
}

/** Reads this module's settings, with defaults, failing early on bad values. */
export function readModuleConfig(config: Config): ModuleConfig {
  return {
    clusterRefresh: readClusterRefresh(config),
    credentialConfigPrefixes: readCredentialPrefixes(config),
  };
}
