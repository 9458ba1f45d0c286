import {
  CloudProviderEntity,
  findProviderLocation,
  LABEL_SOVEREIGN_CLOUD_NODE_LOCATION,
  LABEL_SOVEREIGN_CLOUD_NODE_PROVIDER,
  locationFromNodeLabelValue,
  ProviderCatalogue,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesObject } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import {
  clusterLocationHints,
  infrastructureLocationHints,
} from './locationHints';
import { ManagementClusterDefaults } from './ManagementClusterConfig';

/** Where a discovered cluster runs, in the terms of the provider catalogue. */
export interface ResolvedInfrastructure {
  provider: CloudProviderEntity;
  /** Location ids at the provider, control plane first. */
  locations: string[];
  /** Maps a region, zone or alias (e.g. a failure domain) to a location id of the provider. */
  locationIdOf(value: string): string | undefined;
}

export type InfrastructureResolution =
  | { ok: true; infrastructure: ResolvedInfrastructure }
  | { ok: false; problem: string };

/** Reads a label or annotation of the Cluster, then of its infrastructure object. */
function marker(
  objects: (KubernetesObject | undefined)[],
  key: string,
): string | undefined {
  for (const object of objects) {
    const value =
      object?.metadata.labels?.[key] ?? object?.metadata.annotations?.[key];
    if (value) return value;
  }
  return undefined;
}

/**
 * Maps Cluster API objects to a CloudProvider of the catalogue and its
 * locations. The provider is, in order: the `sovereign-cloud.io/provider`
 * label or annotation; the one provider whose Cluster API path provisions
 * the infrastructure kind; among several (OpenStack clouds), the one that
 * offers the locations seen, then the management cluster's default.
 */
export class InfrastructureResolver {
  readonly #catalogue: ProviderCatalogue;
  readonly #byKind = new Map<string, CloudProviderEntity[]>();

  static create(catalogue: ProviderCatalogue): InfrastructureResolver {
    return new InfrastructureResolver(catalogue);
  }

  private constructor(catalogue: ProviderCatalogue) {
    this.#catalogue = catalogue;
    // Once per catalogue, not per cluster.
    for (const provider of catalogue.providers) {
      for (const path of provider.spec.provisioning) {
        if (path.method !== 'cluster-api' || !path.clusterKind) continue;
        const list = this.#byKind.get(path.clusterKind) ?? [];
        if (!list.includes(provider)) list.push(provider);
        this.#byKind.set(path.clusterKind, list);
      }
    }
  }

  resolve(input: {
    cluster: KubernetesObject;
    infrastructure?: KubernetesObject;
    /** Failure domains of the worker pools, e.g. `fsn1`, `fr-par-2`. */
    poolFailureDomains: string[];
    defaults: ManagementClusterDefaults;
  }): InfrastructureResolution {
    const { cluster, infrastructure, poolFailureDomains, defaults } = input;
    const objects = [cluster, infrastructure];
    const namedLocation = marker(objects, LABEL_SOVEREIGN_CLOUD_NODE_LOCATION);
    const hints = [
      ...(namedLocation ? [locationFromNodeLabelValue(namedLocation)] : []),
      ...(infrastructure ? infrastructureLocationHints(infrastructure) : []),
      ...clusterLocationHints(cluster),
      ...poolFailureDomains,
    ];

    const chosen = this.#provider(objects, infrastructure, hints, defaults);
    if (!chosen.ok) return chosen;
    const provider = chosen.provider;
    const locationIdOf = (value: string) =>
      findProviderLocation(provider, value)?.id;

    let locations = [
      ...new Set(hints.map(locationIdOf).filter((id): id is string => !!id)),
    ];
    if (!locations.length) {
      // A location the catalogue does not know is still a fact: the processor
      // reports it with the locations the provider offers.
      const fallback = hints[0] ?? defaults.location;
      if (!fallback) {
        return {
          ok: false,
          problem: `no location found for provider ${provider.metadata.name}; label the Cluster with ${LABEL_SOVEREIGN_CLOUD_NODE_LOCATION} or set defaults.location`,
        };
      }
      locations = [fallback];
    }
    return { ok: true, infrastructure: { provider, locations, locationIdOf } };
  }

  #provider(
    objects: (KubernetesObject | undefined)[],
    infrastructure: KubernetesObject | undefined,
    hints: string[],
    defaults: ManagementClusterDefaults,
  ):
    | { ok: true; provider: CloudProviderEntity }
    | { ok: false; problem: string } {
    const named =
      marker(objects, LABEL_SOVEREIGN_CLOUD_NODE_PROVIDER) ?? undefined;
    if (named) {
      const provider = this.#catalogue.find(named);
      return provider
        ? { ok: true, provider }
        : {
            ok: false,
            problem: `${LABEL_SOVEREIGN_CLOUD_NODE_PROVIDER} names "${named}", which is not in the provider catalogue`,
          };
    }
    const fallback = defaults.provider
      ? this.#catalogue.find(defaults.provider)
      : undefined;
    if (defaults.provider && !fallback) {
      return {
        ok: false,
        problem: `defaults.provider "${defaults.provider}" is not in the provider catalogue`,
      };
    }
    if (!infrastructure) {
      return fallback
        ? { ok: true, provider: fallback }
        : {
            ok: false,
            problem:
              'it has no infrastructure object (yet) and no provider label',
          };
    }
    const candidates = this.#byKind.get(infrastructure.kind) ?? [];
    if (candidates.length === 1) return { ok: true, provider: candidates[0] };
    if (!candidates.length) {
      return fallback
        ? { ok: true, provider: fallback }
        : {
            ok: false,
            problem: `no provider of the catalogue provisions ${infrastructure.kind}; label the Cluster with ${LABEL_SOVEREIGN_CLOUD_NODE_PROVIDER} or set defaults.provider`,
          };
    }
    // Several providers share the kind (OpenStack clouds): the locations seen decide.
    const scored = candidates
      .map(provider => ({
        provider,
        score: hints.filter(hint => findProviderLocation(provider, hint))
          .length,
      }))
      .sort((a, b) => b.score - a.score);
    if (scored[0].score > 0 && scored[0].score > scored[1].score) {
      return { ok: true, provider: scored[0].provider };
    }
    if (fallback && candidates.includes(fallback))
      return { ok: true, provider: fallback };
    return {
      ok: false,
      problem: `${infrastructure.kind} fits several providers (${candidates
        .map(p => p.metadata.name)
        .join(
          ', ',
        )}) and its locations do not decide; label the Cluster with ${LABEL_SOVEREIGN_CLOUD_NODE_PROVIDER} or set defaults.provider`,
    };
  }
}
