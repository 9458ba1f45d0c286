import { Config } from '@backstage/config';
import { CredentialReference } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { readKubernetesAccessConfig } from '../../kubernetes/access/readKubernetesAccessConfig';
import { KubernetesClientFactory } from '../../kubernetes/KubernetesClientFactory';
import { ConfigCredentialReader } from './ConfigCredentialReader';
import { CredentialResolver } from './CredentialResolver';
import { readCredentialConfigPrefixes } from './readCredentialConfigPrefixes';
import { SecretCredentialReader } from './SecretCredentialReader';

/**
 * Resolves config-key references from app-config and Secret references from
 * the home cluster.
 *
 * @public
 */
export class DefaultCredentialResolver implements CredentialResolver {
  readonly #config: ConfigCredentialReader;
  readonly #secrets: SecretCredentialReader;

  /**
   * The resolver `sovereignCloud.kubernetes` describes: config keys under
   * `credentialConfigPrefixes`, Secrets on `homeCluster` in
   * `tokenSecretNamespaces`, kept for `tokenCacheTtl`.
   */
  static fromConfig(
    config: Config,
    options: { clients: Pick<KubernetesClientFactory, 'forConfiguredCluster'> },
  ): DefaultCredentialResolver {
    const access = readKubernetesAccessConfig(config);
    return DefaultCredentialResolver.create({
      config: ConfigCredentialReader.create({
        config,
        allowedPrefixes: readCredentialConfigPrefixes(config),
      }),
      secrets: SecretCredentialReader.create({
        clients: options.clients,
        homeCluster: access.homeCluster,
        allowedNamespaces: access.tokenSecretNamespaces,
        ttlMs: access.tokenCacheTtlMs,
      }),
    });
  }

  static create(options: {
    config: ConfigCredentialReader;
    secrets: SecretCredentialReader;
  }): DefaultCredentialResolver {
    return new DefaultCredentialResolver(options.config, options.secrets);
  }

  private constructor(
    config: ConfigCredentialReader,
    secrets: SecretCredentialReader,
  ) {
    this.#config = config;
    this.#secrets = secrets;
  }

  check(reference: CredentialReference): string | undefined {
    return reference.secretRef
      ? this.#secrets.check(reference.secretRef)
      : this.#config.check(reference.configKey);
  }

  async resolve(reference: CredentialReference): Promise<string> {
    return reference.secretRef
      ? this.#secrets.read(reference.secretRef)
      : this.#config.read(reference.configKey);
  }
}
