import { ClusterPlanOptions } from '@sovereign-cloud/plugin-scaffolder-backend-module-sovereign-cloud';
import { CliInputError } from '../../errors';
import { CliIo } from '../../io';
import { locationOf, readDocuments } from '../posture/readDocuments';

/**
 * What `sovereign-cloud:cluster:plan` takes as input: the request and the
 * add-on choices that are not part of it.
 */
export interface PlanInput {
  /** Validated by the planner, which names the field at fault. */
  request: unknown;
  settings?: Record<string, string>;
  delivery?: ClusterPlanOptions['delivery'];
  repoURL?: string;
}

const WRAPPER_KEYS = ['request', 'settings', 'delivery', 'repoURL'];
const DELIVERIES = ['flux', 'argocd'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads one request file: a bare ClusterRequest, or the action's input
 * (`request` beside `settings`, `delivery`, `repoURL`), as YAML or JSON.
 */
export async function readPlanInput(
  file: string,
  io: CliIo,
): Promise<PlanInput> {
  const documents = await readDocuments([file], io);
  if (documents.length !== 1 || documents[0].item !== undefined) {
    throw new CliInputError(
      `${file}: expected one cluster request (an object), found ${
        documents.length === 0
          ? 'none'
          : `${documents.length} documents or list items`
      }`,
    );
  }
  const source = documents[0];
  const value = source.value;
  const where = locationOf(source);
  if (!isRecord(value)) {
    throw new CliInputError(`${where}: expected a cluster request object`);
  }
  if (!('request' in value)) return { request: value };

  const problems: string[] = [];
  for (const key of Object.keys(value)) {
    if (!WRAPPER_KEYS.includes(key)) {
      problems.push(
        `${key}: unknown beside request (expected ${WRAPPER_KEYS.join(', ')})`,
      );
    }
  }
  const { settings, delivery, repoURL } = value;
  if (settings !== undefined) {
    if (!isRecord(settings)) {
      problems.push('settings: must be a mapping of names to strings');
    } else {
      for (const [key, setting] of Object.entries(settings)) {
        if (typeof setting !== 'string') {
          problems.push(
            `settings.${key}: must be a string, got ${JSON.stringify(setting)}`,
          );
        }
      }
    }
  }
  if (delivery !== undefined && !DELIVERIES.includes(delivery as string)) {
    problems.push(
      `delivery: must be ${DELIVERIES.join(' or ')}, got ${JSON.stringify(
        delivery,
      )}`,
    );
  }
  if (repoURL !== undefined && typeof repoURL !== 'string') {
    problems.push(`repoURL: must be a string, got ${JSON.stringify(repoURL)}`);
  }
  if (problems.length > 0) {
    throw new CliInputError(
      `${where}: invalid plan input:\n${problems
        .map(p => `- ${p}`)
        .join('\n')}`,
    );
  }
  return {
    request: value.request,
    settings: settings as Record<string, string> | undefined,
    delivery: delivery as PlanInput['delivery'],
    repoURL: repoURL as string | undefined,
  };
}
