import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import { isSovereignCluster } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  ApiServerPolicy,
  CredentialResolver,
  describeCredentialReference,
  readClusterAccess,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { authMetadataFor } from './authMetadataFor';

/** What became of one entity. */
export type ClusterBuildOutcome =
  | { type: 'cluster'; cluster: ClusterDetails }
  /** Not meant to be reached (no `spec.access`): nothing to report. */
  | { type: 'ignored' }
  /** Meant to be reached but cannot be: worth a warning. */
  | { type: 'skipped'; reason: string };

/** Turns a SovereignCluster entity into the Kubernetes plugin's ClusterDetails. */
export interface ClusterBuilder {
  build(entity: Entity): Promise<ClusterBuildOutcome>;
}

/** ClusterDetails expect base64 CA data; entities' references may hold PEM text. */
function caDataAsBase64(value: string): string {
  return value.includes('-----BEGIN')
    ? Buffer.from(value, 'utf8').toString('base64')
    : value.replace(/\s+/g, '');
}

/**
 * Builds ClusterDetails from `spec.access`: the URL only when the API server
 * policy allows it, auth metadata that holds references and never secrets,
 * and the CA read from its reference.
 */
export class SovereignClusterDetailsBuilder implements ClusterBuilder {
  readonly #apiServers: ApiServerPolicy;
  readonly #credentials: CredentialResolver;

  static create(options: {
    apiServers: ApiServerPolicy;
    credentials: CredentialResolver;
  }): SovereignClusterDetailsBuilder {
    return new SovereignClusterDetailsBuilder(
      options.apiServers,
      options.credentials,
    );
  }

  private constructor(
    apiServers: ApiServerPolicy,
    credentials: CredentialResolver,
  ) {
    this.#apiServers = apiServers;
    this.#credentials = credentials;
  }

  async build(entity: Entity): Promise<ClusterBuildOutcome> {
    if (!isSovereignCluster(entity)) {
      return {
        type: 'skipped',
        reason: `apiVersion ${entity.apiVersion} is not supported`,
      };
    }
    const reading = readClusterAccess(entity.spec);
    if (reading.type === 'absent') {
      return { type: 'ignored' };
    }
    if (reading.type === 'invalid') {
      return { type: 'skipped', reason: reading.problem };
    }
    const { access } = reading;
    const name = entity.metadata.name;

    const decision = this.#apiServers.check({ name, url: access.apiServer });
    if (!decision.allowed) {
      return {
        type: 'skipped',
        reason: `API server ${access.apiServer} is not allowed: ${decision.reason}`,
      };
    }

    const auth = authMetadataFor(
      stringifyEntityRef(entity),
      access.auth,
      this.#credentials,
    );
    if ('problem' in auth) {
      return { type: 'skipped', reason: auth.problem };
    }

    let caData: string | undefined;
    if (access.certificateAuthority) {
      const where = describeCredentialReference(access.certificateAuthority);
      const problem = this.#credentials.check(access.certificateAuthority);
      if (problem) {
        return {
          type: 'skipped',
          reason: `its certificate authority cannot be used: ${problem}`,
        };
      }
      try {
        caData = caDataAsBase64(
          await this.#credentials.resolve(access.certificateAuthority),
        );
      } catch (error) {
        return {
          type: 'skipped',
          reason: `cannot read its certificate authority from ${where}: ${
            (error as Error).message
          }`,
        };
      }
    }

    return {
      type: 'cluster',
      cluster: {
        name,
        ...(entity.metadata.title && { title: entity.metadata.title }),
        url: access.apiServer,
        authMetadata: auth.metadata,
        ...(caData && { caData }),
        ...(access.dashboardUrl && { dashboardUrl: access.dashboardUrl }),
      },
    };
  }
}
