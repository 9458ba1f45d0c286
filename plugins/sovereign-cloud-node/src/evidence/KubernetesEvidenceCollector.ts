import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import {
  ClusterEvidenceState,
  createProviderCatalogue,
  defaultCloudProviders,
  EvidenceProbeResult,
  ObservedEvidence,
  ProviderCatalogue,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  ClusterConnectionResolution,
  ClusterConnectionResolver,
} from '../access/ClusterConnectionResolver';
import { KubernetesClientFactory } from '../kubernetes/KubernetesClientFactory';
import { KubernetesClusterClient } from '../kubernetes/KubernetesClusterClient';
import { SecretRedactor } from '../kubernetes/SecretRedactor';
import {
  ClusterEvidenceCollector,
  EvidenceCollection,
} from './ClusterEvidenceCollector';
import { describeFailure, formatDuration } from './describeFailure';
import { admissionProbe } from './probes/admissionProbe';
import { auditLoggingProbe } from './probes/auditLoggingProbe';
import { ciliumProbe } from './probes/ciliumProbe';
import {
  EvidenceProbe,
  ProbeContext,
  ProbeOutcome,
} from './probes/EvidenceProbe';
import { imagesProbe } from './probes/imagesProbe';
import { LocatedNode, locateNode } from './probes/nodes/locateNodes';
import { nodesProbe } from './probes/nodesProbe';
import { storageClassesProbe } from './probes/storageClassesProbe';
import {
  EvidenceCollectionSettings,
  readEvidenceCollectionConfig,
} from './readEvidenceCollectionConfig';

/** The probes every collection runs, in report order. */
const EVIDENCE_PROBES: readonly EvidenceProbe[] = [
  nodesProbe,
  imagesProbe,
  ciliumProbe,
  storageClassesProbe,
  admissionProbe,
  auditLoggingProbe,
];

/** @public */
export type ProviderCatalogueSource =
  | ProviderCatalogue
  | (() => Promise<ProviderCatalogue>);

type Failure = { summary: string; detail: string };

/** The collection's own deadline and the caller's signal, to tell aborts apart. */
type AbortCause = { deadline: AbortSignal; caller?: AbortSignal };

/** Rejects once the signal fires, so a hanging call cannot outlive the deadline. */
function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fire = () => reject(signal.reason);
    if (signal.aborted) fire();
    else signal.addEventListener('abort', fire, { once: true });
  });
}

/**
 * Reads sovereignty evidence from a SovereignCluster's Kubernetes API:
 * resolves its connection (`spec.access` or a configured cluster), checks
 * the API server answers, then runs the probes side by side under one
 * deadline (`sovereignCloud.posture.collection.timeout`). A failing probe
 * never fails the others; cluster problems become `failed` or `partial`
 * results with a reason, never exceptions, and reasons never carry secrets.
 *
 * @public
 */
export class KubernetesEvidenceCollector implements ClusterEvidenceCollector {
  readonly #clients: KubernetesClientFactory;
  readonly #resolver: Pick<ClusterConnectionResolver, 'resolve'>;
  readonly #settings: EvidenceCollectionSettings;
  readonly #logger: LoggerService;
  readonly #catalogue: ProviderCatalogueSource;
  readonly #probes: readonly EvidenceProbe[];
  readonly #now: () => Date;
  readonly #redactor = SecretRedactor.create();

  static fromConfig(
    config: Config,
    options: {
      clients: KubernetesClientFactory;
      logger: LoggerService;
      catalogue?: ProviderCatalogueSource;
    },
  ): KubernetesEvidenceCollector {
    return KubernetesEvidenceCollector.create({
      ...options,
      resolver: ClusterConnectionResolver.fromConfig(config, options),
      settings: readEvidenceCollectionConfig(config),
    });
  }

  static create(options: {
    clients: KubernetesClientFactory;
    resolver: Pick<ClusterConnectionResolver, 'resolve'>;
    settings: EvidenceCollectionSettings;
    logger: LoggerService;
    /** Where node providers and locations are looked up; the shipped catalogue by default. */
    catalogue?: ProviderCatalogueSource;
    /** The clock patch currency is judged by; for tests. */
    now?: () => Date;
  }): KubernetesEvidenceCollector {
    return new KubernetesEvidenceCollector(options);
  }

  private constructor(
    options: Parameters<typeof KubernetesEvidenceCollector.create>[0],
  ) {
    this.#clients = options.clients;
    this.#resolver = options.resolver;
    this.#settings = options.settings;
    this.#logger = options.logger;
    this.#catalogue =
      options.catalogue ?? createProviderCatalogue(defaultCloudProviders());
    this.#probes = EVIDENCE_PROBES;
    this.#now = options.now ?? (() => new Date());
  }

  async collect(
    entity: SovereignClusterEntity,
    options: { signal?: AbortSignal; catalogue?: ProviderCatalogue } = {},
  ): Promise<EvidenceCollection> {
    const started = Date.now();
    const cluster = stringifyEntityRef(entity);
    const deadline = AbortSignal.timeout(this.#settings.timeoutMs);
    const signal = options.signal
      ? AbortSignal.any([options.signal, deadline])
      : deadline;
    const signals = { deadline, caller: options.signal };
    const result = await this.#collect(
      entity,
      signal,
      signals,
      options.catalogue,
    ).catch(error =>
      this.#unread('failed', this.#failure(error, signals).summary),
    );
    const collection: EvidenceCollection = {
      cluster,
      ...result,
      durationMs: Date.now() - started,
    };
    if (collection.status === 'failed') {
      // Callers report failures to people; this line is for operators.
      this.#logger.info(
        `Evidence collection for ${cluster} failed: ${collection.reason}`,
      );
    } else {
      this.#logger.debug(
        `Evidence collection for ${cluster}: ${collection.status} in ${collection.durationMs} ms`,
      );
    }
    return collection;
  }

  async #collect(
    entity: SovereignClusterEntity,
    signal: AbortSignal,
    signals: AbortCause,
    given?: ProviderCatalogue,
  ): Promise<Omit<EvidenceCollection, 'cluster' | 'durationMs'>> {
    const resolution = await Promise.race([
      this.#resolver.resolve(entity),
      whenAborted(signal),
    ]);
    if ('notConfigured' in resolution) {
      return this.#unread('not-configured', resolution.notConfigured);
    }
    if ('unusable' in resolution) {
      return this.#unread('failed', this.#redactor.redact(resolution.unusable));
    }
    const client = this.#clientFor(resolution);

    // One cheap request first: an unreachable cluster fails once, clearly.
    const version = await Promise.race([
      client.discovery.serverVersion({ signal }),
      whenAborted(signal),
    ]);
    const catalogue =
      given ??
      (typeof this.#catalogue === 'function'
        ? await this.#catalogue()
        : this.#catalogue);
    let nodes: Promise<LocatedNode[]> | undefined;
    const context: ProbeContext = {
      client,
      signal,
      catalogue,
      settings: this.#settings,
      now: this.#now(),
      serverVersion: version.gitVersion,
      nodes: () => {
        nodes ??= client
          .list('v1', 'Node', { signal })
          .then(list => list.items.map(node => locateNode(node, catalogue)));
        return nodes;
      },
    };

    const outcomes = await Promise.all(
      this.#probes.map(probe => this.#run(probe, context, signals)),
    );
    const probes: EvidenceProbeResult[] = [];
    const observed: ObservedEvidence = {};
    const failures: Failure[] = [];
    outcomes.forEach((outcome, i) => {
      const probe = this.#probes[i].name;
      if ('failure' in outcome) {
        failures.push(outcome.failure);
        probes.push({
          probe,
          status: 'failed',
          reason: outcome.failure.detail,
        });
        return;
      }
      Object.assign(observed, outcome.observed);
      probes.push({
        probe,
        status: outcome.status,
        ...(outcome.reason
          ? { reason: this.#redactor.redact(outcome.reason) }
          : {}),
        ...(outcome.detail
          ? { detail: this.#redactor.redact(outcome.detail) }
          : {}),
      });
    });

    if (failures.length === probes.length) {
      const summaries = [...new Set(failures.map(f => f.summary))];
      return {
        status: 'failed',
        reason:
          summaries.length === 1
            ? summaries[0]
            : `every probe failed: ${summaries.join('; ')}`,
        probes,
        observed: {},
      };
    }
    return {
      status: failures.length > 0 ? 'partial' : 'observed',
      collectedAt: this.#now().toISOString(),
      ...(failures.length > 0
        ? {
            reason: `${failures.length} of ${
              probes.length
            } probes failed: ${probes
              .filter(p => p.status === 'failed')
              .map(p => p.probe)
              .join(', ')}`,
          }
        : {}),
      probes,
      observed,
    };
  }

  async #run(
    probe: EvidenceProbe,
    context: ProbeContext,
    signals: AbortCause,
  ): Promise<ProbeOutcome | { failure: Failure }> {
    const running = probe.run(context);
    // A probe still running at the deadline must not reject unhandled later.
    running.catch(() => undefined);
    try {
      return await Promise.race([running, whenAborted(context.signal)]);
    } catch (error) {
      return { failure: this.#failure(error, signals) };
    }
  }

  #clientFor(
    resolution: Exclude<
      ClusterConnectionResolution,
      { notConfigured: string } | { unusable: string }
    >,
  ): KubernetesClusterClient {
    if ('configuredCluster' in resolution) {
      return this.#clients.forConfiguredCluster(resolution.configuredCluster);
    }
    const { connection } = resolution;
    if (connection.credentials.type === 'token') {
      this.#redactor.add(connection.credentials.token);
    }
    this.#redactor.add(connection.caData);
    return this.#clients.forCluster(connection);
  }

  #failure(error: unknown, { deadline, caller }: AbortCause): Failure {
    // Requests cut off by our signal say "aborted"; say why instead.
    if (caller?.aborted) {
      const summary = 'aborted by the caller';
      return { summary, detail: summary };
    }
    if (deadline.aborted) {
      const summary = `timed out after ${formatDuration(
        this.#settings.timeoutMs,
      )}`;
      return { summary, detail: summary };
    }
    return describeFailure(error, this.#redactor);
  }

  #unread(
    status: ClusterEvidenceState['status'],
    reason: string,
  ): Omit<EvidenceCollection, 'cluster' | 'durationMs'> {
    return {
      status,
      reason,
      probes: this.#probes.map(p => ({
        probe: p.name,
        status: 'skipped' as const,
        reason:
          status === 'not-configured'
            ? 'no live source'
            : 'the cluster could not be read',
      })),
      observed: {},
    };
  }
}
