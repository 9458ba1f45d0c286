import { CredentialReference } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { ConfigCredentialReader } from './ConfigCredentialReader';
import { CredentialResolver } from './CredentialResolver';
import { SecretCredentialReader } from './SecretCredentialReader';

/** Resolves config-key references from app-config and Secret references from the home cluster. */
export class DefaultCredentialResolver implements CredentialResolver {
  readonly #config: ConfigCredentialReader;
  readonly #secrets: SecretCredentialReader;

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
