import {
  AuthenticationStrategy,
  AuthMetadata,
  ClusterDetails,
  KubernetesCredential,
} from '@backstage/plugin-kubernetes-node';
import { CredentialReference } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  CredentialResolver,
  describeCredentialReference,
  parseCredentialReference,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { AUTH_METADATA_CREDENTIAL_REF } from './authMetadataKeys';

function readReference(
  authMetadata: AuthMetadata,
): { reference: CredentialReference } | { error: Error } {
  const raw = authMetadata[AUTH_METADATA_CREDENTIAL_REF];
  if (!raw) {
    return {
      error: new Error(
        `the ${AUTH_METADATA_CREDENTIAL_REF} auth metadata is missing`,
      ),
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {
      error: new Error(`the ${AUTH_METADATA_CREDENTIAL_REF} is not JSON`),
    };
  }
  const parsed = parseCredentialReference(value);
  return parsed.ok
    ? { reference: parsed.reference }
    : {
        error: new Error(
          `the ${AUTH_METADATA_CREDENTIAL_REF} ${parsed.problem}`,
        ),
      };
}

/**
 * Authenticates with a bearer token that stays on the server: `authMetadata`
 * only says where it lives, and the token is read when a request is made, so
 * a rotated token is picked up without a restart and nothing secret is held
 * in the cluster list that the `/clusters` route and actions present.
 */
export class SovereignCloudAuthStrategy implements AuthenticationStrategy {
  readonly #credentials: CredentialResolver;

  static create(options: {
    credentials: CredentialResolver;
  }): SovereignCloudAuthStrategy {
    return new SovereignCloudAuthStrategy(options.credentials);
  }

  private constructor(credentials: CredentialResolver) {
    this.#credentials = credentials;
  }

  async getCredential(
    clusterDetails: ClusterDetails,
  ): Promise<KubernetesCredential> {
    const read = readReference(clusterDetails.authMetadata);
    if ('error' in read) {
      throw new Error(
        `Cluster '${clusterDetails.name}' has no usable credential reference: ${read.error.message}`,
      );
    }
    try {
      const token = await this.#credentials.resolve(read.reference);
      return { type: 'bearer token', token };
    } catch (error) {
      // The resolver's messages name references, never values.
      throw new Error(
        `Cannot load the credential of cluster '${
          clusterDetails.name
        }' from ${describeCredentialReference(read.reference)}: ${
          (error as Error).message
        }`,
      );
    }
  }

  validateCluster(authMetadata: AuthMetadata): Error[] {
    const read = readReference(authMetadata);
    if ('error' in read) {
      return [read.error];
    }
    const problem = this.#credentials.check(read.reference);
    return problem ? [new Error(problem)] : [];
  }

  presentAuthMetadata(): AuthMetadata {
    // The frontend needs nothing to authenticate: the backend does it all.
    return {};
  }
}
