import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import {
  ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER,
  CredentialReference,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { ClusterConnection } from '../kubernetes/ClusterConnection';
import { KubernetesClientFactory } from '../kubernetes/KubernetesClientFactory';
import { CredentialResolver } from './credentials/CredentialResolver';
import { describeCredentialReference } from './credentials/credentialReference';
import { DefaultCredentialResolver } from './credentials/DefaultCredentialResolver';
import { readClusterAccess } from './readClusterAccess';

/**
 * How a SovereignCluster's Kubernetes API can be reached by the backend on
 * its own (no signed-in user):
 * `connection` — from `spec.access`, with the credential it references;
 * `configuredCluster` — a cluster of `sovereignCloud.kubernetes.clusters`,
 * named by the `sovereign-cloud.io/kubernetes-cluster` annotation;
 * `notConfigured` — the entity names no source the backend can use;
 * `unusable` — it names one, but it is invalid or refused (the reason says why).
 * Reasons name references, never credential values.
 *
 * @public
 */
export type ClusterConnectionResolution =
  | { connection: ClusterConnection }
  | { configuredCluster: string }
  | { notConfigured: string }
  | { unusable: string };

/**
 * Turns a SovereignCluster entity into a connection for the suite's
 * Kubernetes access: the annotation naming a configured cluster wins, then
 * `spec.access` with a stored credential (`auth.credential`). Strategies
 * that act as the signed-in user (oidc, aws, google...) cannot serve
 * background work, so they count as not configured.
 *
 * @public
 */
export class ClusterConnectionResolver {
  readonly #credentials: CredentialResolver;
  readonly #clients: Pick<KubernetesClientFactory, 'listConfiguredClusters'>;

  static fromConfig(
    config: Config,
    options: {
      clients: Pick<
        KubernetesClientFactory,
        'forConfiguredCluster' | 'listConfiguredClusters'
      >;
    },
  ): ClusterConnectionResolver {
    return ClusterConnectionResolver.create({
      credentials: DefaultCredentialResolver.fromConfig(config, options),
      clients: options.clients,
    });
  }

  static create(options: {
    credentials: CredentialResolver;
    clients: Pick<KubernetesClientFactory, 'listConfiguredClusters'>;
  }): ClusterConnectionResolver {
    return new ClusterConnectionResolver(options.credentials, options.clients);
  }

  private constructor(
    credentials: CredentialResolver,
    clients: Pick<KubernetesClientFactory, 'listConfiguredClusters'>,
  ) {
    this.#credentials = credentials;
    this.#clients = clients;
  }

  async resolve(entity: Entity): Promise<ClusterConnectionResolution> {
    const configured =
      entity.metadata.annotations?.[
        ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER
      ]?.trim();
    if (configured) {
      const known = this.#clients
        .listConfiguredClusters()
        .some(c => c.name === configured);
      return known
        ? { configuredCluster: configured }
        : {
            unusable: `annotation ${ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER} names '${configured}', which is not in sovereignCloud.kubernetes.clusters`,
          };
    }

    const reading = readClusterAccess(entity.spec);
    if (reading.type === 'absent') {
      return {
        notConfigured: `no live source configured (spec.access is not set and there is no ${ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER} annotation)`,
      };
    }
    if (reading.type === 'invalid') {
      return { unusable: reading.problem };
    }
    const { access } = reading;
    const { credential } = access.auth;
    if (!credential) {
      return {
        notConfigured: `spec.access.auth.provider '${access.auth.provider}' has no stored credential (spec.access.auth.credential), so the backend cannot read the cluster on its own`,
      };
    }
    const problem = this.#credentials.check(credential);
    if (problem) {
      return { unusable: `its credential cannot be used: ${problem}` };
    }

    const connection: ClusterConnection = {
      name: stringifyEntityRef(entity),
      url: access.apiServer,
      credentials: { type: 'anonymous' },
    };
    if (credential.secretRef) {
      // The client factory reads Secret-held tokens itself and reads them
      // again after a 401, so a rotated token is picked up.
      const { namespace, name, key } = credential.secretRef;
      connection.credentials = {
        type: 'secretRef',
        secretRef: { namespace, name, key },
      };
    } else {
      const token = await this.#read(credential, 'credential');
      if (typeof token !== 'string') return token;
      connection.credentials = { type: 'token', token };
    }

    const ca = access.certificateAuthority;
    if (ca) {
      const caProblem = this.#credentials.check(ca);
      if (caProblem) {
        return {
          unusable: `its certificate authority cannot be used: ${caProblem}`,
        };
      }
      const caData = await this.#read(ca, 'certificate authority');
      if (typeof caData !== 'string') return caData;
      connection.caData = caData;
    }
    return { connection };
  }

  async #read(
    reference: CredentialReference,
    what: string,
  ): Promise<string | { unusable: string }> {
    try {
      return await this.#credentials.resolve(reference);
    } catch (error) {
      // Resolver messages name references, never values.
      return {
        unusable: `cannot read its ${what} from ${describeCredentialReference(
          reference,
        )}: ${(error as Error).message}`,
      };
    }
  }
}
