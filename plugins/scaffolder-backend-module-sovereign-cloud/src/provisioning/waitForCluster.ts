import { LoggerService } from '@backstage/backend-plugin-api';
import {
  KubernetesClusterClient,
  KubernetesObject,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { describeObject } from './describeObject';

type Condition = {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
};

/** What is asked for and what the object reports, e.g. `Ready=False (WaitingForControlPlane)`. */
function stateOf(
  object: KubernetesObject,
  wanted: string[],
): { done: boolean; text: string } {
  const status = (object.status ?? {}) as { conditions?: Condition[] };
  const conditions = Array.isArray(status.conditions) ? status.conditions : [];
  const parts = wanted.map(type => {
    const condition = conditions.find(c => c.type === type);
    if (!condition) return { ok: false, text: `${type} not reported yet` };
    const detail = [condition.reason, condition.message]
      .filter(Boolean)
      .join(': ');
    return {
      ok: condition.status === 'True',
      text: `${type}=${condition.status}${detail ? ` (${detail})` : ''}`,
    };
  });
  return {
    done: parts.every(p => p.ok),
    text: parts.map(p => p.text).join(', '),
  };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>(resolve => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done);
  });

/**
 * Polls an object until each wanted condition is `True`, logging every
 * change. Read failures count as "not yet": a management cluster under load
 * should not fail a provisioning that is going well.
 */
export async function waitForConditions(options: {
  client: KubernetesClusterClient;
  object: KubernetesObject;
  conditions: string[];
  timeoutMs: number;
  pollIntervalMs: number;
  logger: LoggerService;
  signal?: AbortSignal;
}): Promise<void> {
  const { client, object, conditions, timeoutMs, pollIntervalMs, logger } =
    options;
  const described = describeObject(object);
  const ref = {
    apiVersion: object.apiVersion,
    kind: object.kind,
    name: object.metadata.name!,
    namespace: object.metadata.namespace,
  };
  const deadline = Date.now() + timeoutMs;
  let last = '';
  logger.info(
    `Waiting up to ${
      timeoutMs / 1000
    }s for ${described} on management cluster ${
      client.cluster.name
    } to report ${conditions.join(', ')}`,
  );
  for (;;) {
    let text: string;
    try {
      const state = stateOf(await client.get(ref), conditions);
      if (state.done) {
        logger.info(`${described} reports ${state.text}`);
        return;
      }
      text = state.text;
    } catch (error) {
      text = `not readable: ${error instanceof Error ? error.message : error}`;
    }
    if (text !== last) {
      logger.info(`${described}: ${text}`);
      last = text;
    }
    if (options.signal?.aborted) {
      throw new Error(
        `Stopped waiting for ${described}: the task was cancelled`,
      );
    }
    if (Date.now() + pollIntervalMs > deadline) {
      throw new Error(
        `${described} on management cluster ${
          client.cluster.name
        } did not report ${conditions.join(', ')} within ${
          timeoutMs / 1000
        }s; last seen: ${text}`,
      );
    }
    await sleep(pollIntervalMs, options.signal);
  }
}
