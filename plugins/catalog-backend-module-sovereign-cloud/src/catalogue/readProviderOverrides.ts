import { Config } from '@backstage/config';
import {
  CloudProviderEntity,
  formatValidationProblem,
  validateCloudProvider,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** One override that could not be used, and why. */
export interface RejectedOverride {
  /** `overrides[2]` or `overrides[2] (./providers.yaml, document 1)`. */
  origin: string;
  reason: string;
}

/** The usable overrides, in config order, and the ones that were skipped. */
export interface ProviderOverrides {
  providers: CloudProviderEntity[];
  rejected: RejectedOverride[];
}

const KEY = 'sovereignCloud.catalog.providerCatalogue.overrides';

function readYamlFile(file: string, baseDir: string): unknown[] {
  const resolved = path.resolve(baseDir, file);
  const documents = parseAllDocuments(fs.readFileSync(resolved, 'utf8'));
  return documents.map((document, index) => {
    if (document.errors.length) {
      throw new Error(`document ${index + 1}: ${document.errors[0].message}`);
    }
    return document.toJS();
  });
}

/**
 * Reads the override list: inline CloudProvider entities and paths of YAML
 * files holding them (relative paths resolve against `baseDir`, the
 * backend's working directory). Every entry is validated; a bad entry or an
 * unreadable file is reported and skipped, never thrown.
 */
export function readProviderOverrides(
  config: Config,
  options: { baseDir?: string } = {},
): ProviderOverrides {
  const baseDir = options.baseDir ?? process.cwd();
  const providers: CloudProviderEntity[] = [];
  const rejected: RejectedOverride[] = [];

  const accept = (candidate: unknown, origin: string) => {
    const result = validateCloudProvider(candidate);
    if (result.valid) {
      providers.push(result.entity);
    } else {
      rejected.push({
        origin,
        reason: result.problems.map(formatValidationProblem).join('; '),
      });
    }
  };

  let entries: unknown;
  try {
    entries = config.getOptional(KEY) ?? [];
  } catch (error) {
    return { providers, rejected: [{ origin: KEY, reason: String(error) }] };
  }
  if (!Array.isArray(entries)) {
    return { providers, rejected: [{ origin: KEY, reason: 'must be a list' }] };
  }

  entries.forEach((entry, index) => {
    const origin = `overrides[${index}]`;
    if (typeof entry !== 'string') {
      accept(entry, origin);
      return;
    }
    let documents: unknown[];
    try {
      documents = readYamlFile(entry, baseDir);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      rejected.push({
        origin: `${origin} (${entry})`,
        reason: `could not be read: ${message}`,
      });
      return;
    }
    documents
      .filter(document => document !== null && document !== undefined)
      .forEach((document, docIndex) =>
        accept(document, `${origin} (${entry}, document ${docIndex + 1})`),
      );
  });
  return { providers, rejected };
}
