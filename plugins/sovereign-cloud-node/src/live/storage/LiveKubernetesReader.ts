import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import {
  createProviderCatalogue,
  defaultCloudProviders,
  ProviderCatalogue,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import type {
  LiveKubernetesReportBase,
  LiveSectionProblem,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  ClusterConnectionResolution,
  ClusterConnectionResolver,
} from '../../access/ClusterConnectionResolver';
import {
  describeFailure,
  formatDuration,
} from '../../evidence/describeFailure';
import {
  LocatedNode,
  locateNode,
} from '../../evidence/probes/nodes/locateNodes';
import { readEvidenceCollectionConfig } from '../../evidence/readEvidenceCollectionConfig';
import { KubernetesClientFactory } from '../../kubernetes/KubernetesClientFactory';
import { KubernetesClusterClient } from '../../kubernetes/KubernetesClusterClient';
import { SecretRedactor } from '../../kubernetes/SecretRedactor';
import { KubernetesObject } from '../../kubernetes/types';

/** A node object with where the provider catalogue places it. */
export interface LiveNode {
  object: KubernetesObject;
  located: LocatedNode;
}

/** What every section of one read shares. */
export interface LiveReadContext {
  client: KubernetesClusterClient;
  /** Fires at the read's deadline or when the caller aborts. */
  signal: AbortSignal;
  catalogue: ProviderCatalogue;
  /** The cluster's nodes, located; listed once per read. */
  nodes(): Promise<LiveNode[]>;
}

/** One independent read: it throws the client's typed errors when the cluster fails it. */
export type LiveSection<T> = (context: LiveReadContext) => Promise<T>;

/** What the sections read; a failed section is absent and named in `problems`. */
export type LiveSectionResults<S extends Record<string, LiveSection<unknown>>> =
  { [K in keyof S]?: Awaited<ReturnType<S[K]>> };

/** Options of a collector's `collect`. */
export interface LiveCollectOptions {
  signal?: AbortSignal;
  /** Providers to place nodes with; the reader's own catalogue when absent. */
  catalogue?: ProviderCatalogue;
}

/** Rejects once the signal fires, so a hanging call cannot outlive the deadline. */
function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fire = () => reject(signal.reason);
    if (signal.aborted) fire();
    else signal.addEventListener('abort', fire, { once: true });
  });
}

/**
 * Reads named sections of a SovereignCluster's Kubernetes API side by side
 * under one deadline (`sovereignCloud.posture.collection.timeout`), as the
 * evidence collector does: resolve the connection, one cheap `/version`
 * first so an unreachable cluster fails once, then every section; a failing
 * section never fails the others. Never throws for a cluster's problems:
 * they become `failed`/`partial` with a reason that carries no secrets.
 */
export class LiveKubernetesReader {
  readonly #clients: KubernetesClientFactory;
  readonly #resolver: Pick<ClusterConnectionResolver, 'resolve'>;
  readonly #timeoutMs: number;
  readonly #logger: LoggerService;
  readonly #catalogue: ProviderCatalogue;
  readonly #now: () => Date;

  static fromConfig(
    config: Config,
    options: {
      clients: KubernetesClientFactory;
      logger: LoggerService;
      catalogue?: ProviderCatalogue;
    },
  ): LiveKubernetesReader {
    return LiveKubernetesReader.create({
      ...options,
      resolver: ClusterConnectionResolver.fromConfig(config, options),
      timeoutMs: readEvidenceCollectionConfig(config).timeoutMs,
    });
  }

  static create(options: {
    clients: KubernetesClientFactory;
    resolver: Pick<ClusterConnectionResolver, 'resolve'>;
    /** Deadline of one cluster's read, all sections together. */
    timeoutMs: number;
    logger: LoggerService;
    catalogue?: ProviderCatalogue;
    now?: () => Date;
  }): LiveKubernetesReader {
    return new LiveKubernetesReader(options);
  }

  private constructor(
    options: Parameters<typeof LiveKubernetesReader.create>[0],
  ) {
    this.#clients = options.clients;
    this.#resolver = options.resolver;
    this.#timeoutMs = options.timeoutMs;
    this.#logger = options.logger;
    this.#catalogue =
      options.catalogue ?? createProviderCatalogue(defaultCloudProviders());
    this.#now = options.now ?? (() => new Date());
  }

  async read<S extends Record<string, LiveSection<unknown>>>(
    entity: SovereignClusterEntity,
    sections: S,
    options: LiveCollectOptions = {},
  ): Promise<{
    base: LiveKubernetesReportBase;
    results: LiveSectionResults<S>;
  }> {
    const started = Date.now();
    const source = {
      type: 'kubernetes' as const,
      cluster: entity.metadata.name,
      entityRef: stringifyEntityRef(entity),
    };
    const deadline = AbortSignal.timeout(this.#timeoutMs);
    const signal = options.signal
      ? AbortSignal.any([options.signal, deadline])
      : deadline;
    const redactor = SecretRedactor.create();
    const failure = (error: unknown) => {
      // Requests cut off by our signal say "aborted"; say why instead.
      if (options.signal?.aborted) return 'aborted by the caller';
      if (deadline.aborted)
        return `timed out after ${formatDuration(this.#timeoutMs)}`;
      return describeFailure(error, redactor).summary;
    };
    const finish = (
      rest: Omit<LiveKubernetesReportBase, 'source' | 'durationMs'>,
      results: LiveSectionResults<S> = {},
    ) => {
      const base = { source, ...rest, durationMs: Date.now() - started };
      this.#logger.debug(
        `Live read of ${source.entityRef}: ${base.status}${
          base.reason ? ` (${base.reason})` : ''
        }`,
      );
      return { base, results };
    };

    let client: KubernetesClusterClient;
    let catalogue: ProviderCatalogue;
    try {
      const resolution = await Promise.race([
        this.#resolver.resolve(entity),
        whenAborted(signal),
      ]);
      if ('notConfigured' in resolution) {
        return finish({
          status: 'not-configured',
          reason: resolution.notConfigured,
          problems: [],
        });
      }
      if ('unusable' in resolution) {
        return finish({
          status: 'failed',
          reason: redactor.redact(resolution.unusable),
          problems: [],
        });
      }
      client = this.#clientFor(resolution, redactor);
      catalogue = options.catalogue ?? this.#catalogue;
      await Promise.race([
        client.discovery.serverVersion({ signal }),
        whenAborted(signal),
      ]);
    } catch (error) {
      return finish({ status: 'failed', reason: failure(error), problems: [] });
    }

    let nodes: Promise<LiveNode[]> | undefined;
    const context: LiveReadContext = {
      client,
      signal,
      catalogue,
      nodes: () => {
        nodes ??= client.list('v1', 'Node', { signal }).then(list =>
          list.items.map(object => ({
            object,
            located: locateNode(object, catalogue),
          })),
        );
        return nodes;
      },
    };
    const names = Object.keys(sections) as (keyof S & string)[];
    const outcomes = await Promise.all(
      names.map(async name => {
        const running = sections[name](context);
        // A section still running at the deadline must not reject unhandled later.
        running.catch(() => undefined);
        try {
          return {
            ok: true as const,
            value: await Promise.race([running, whenAborted(signal)]),
          };
        } catch (error) {
          return { ok: false as const, problem: failure(error) };
        }
      }),
    );
    const results: LiveSectionResults<S> = {};
    const problems: LiveSectionProblem[] = [];
    outcomes.forEach((outcome, i) => {
      if (!outcome.ok) {
        problems.push({ section: names[i], reason: outcome.problem });
      } else {
        results[names[i]] = outcome.value as any;
      }
    });
    if (problems.length === names.length) {
      const reasons = [...new Set(problems.map(p => p.reason))];
      return finish({
        status: 'failed',
        reason:
          reasons.length === 1
            ? reasons[0]
            : `every section failed: ${reasons.join('; ')}`,
        problems,
      });
    }
    return finish(
      {
        status: problems.length > 0 ? 'partial' : 'observed',
        collectedAt: this.#now().toISOString(),
        ...(problems.length > 0
          ? {
              reason: `${problems.length} of ${
                names.length
              } sections failed: ${problems
                .map(p => `${p.section} (${p.reason})`)
                .join(', ')}`,
            }
          : {}),
        problems,
      },
      results,
    );
  }

  #clientFor(
    resolution: Exclude<
      ClusterConnectionResolution,
      { notConfigured: string } | { unusable: string }
    >,
    redactor: SecretRedactor,
  ): KubernetesClusterClient {
    if ('configuredCluster' in resolution) {
      return this.#clients.forConfiguredCluster(resolution.configuredCluster);
    }
    const { connection } = resolution;
    if (connection.credentials.type === 'token') {
      redactor.add(connection.credentials.token);
    }
    redactor.add(connection.caData);
    return this.#clients.forCluster(connection);
  }
}
