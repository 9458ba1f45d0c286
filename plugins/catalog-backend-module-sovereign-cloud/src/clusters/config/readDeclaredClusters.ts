import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { expandCompactCluster, isEntityForm } from './compactCluster';

/** A cluster written in `sovereignCloud.catalog.clusters`. */
export interface DeclaredCluster {
  /** The fields written in config (the compact form expanded), nothing more. */
  entity: Entity;
  /** Written in the compact form, so defaults apply when nothing else describes it. */
  compact: boolean;
}

const KEY = 'sovereignCloud.catalog.clusters';

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the configured clusters, in either form. Entries without a usable
 * name are logged and skipped; everything else is the catalog's to judge
 * (the processor reports each problem with its path).
 */
export function readDeclaredClusters(
  config: Config,
  logger: LoggerService,
): DeclaredCluster[] {
  const entries = config.getOptional(KEY) ?? [];
  if (!Array.isArray(entries)) {
    logger.warn(`${KEY} must be a list; no clusters read from config`);
    return [];
  }
  const clusters: DeclaredCluster[] = [];
  entries.forEach((entry, index) => {
    if (!isObject(entry)) {
      logger.warn(
        `Skipped ${KEY}[${index}]: expected a SovereignCluster entity or its compact form`,
      );
      return;
    }
    const compact = !isEntityForm(entry);
    const entity = compact
      ? expandCompactCluster(entry)
      : (entry as unknown as Entity);
    if (typeof entity.metadata?.name !== 'string' || !entity.metadata.name) {
      logger.warn(`Skipped ${KEY}[${index}]: it has no name`);
      return;
    }
    clusters.push({ entity, compact });
  });
  return clusters;
}
