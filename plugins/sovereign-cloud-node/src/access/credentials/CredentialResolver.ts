import { CredentialReference } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/**
 * Turns a credential reference into the credential. Implementations enforce
 * which references entities may use, and never put a value in an error.
 *
 * @public
 */
export interface CredentialResolver {
  /**
   * Why the reference may not or cannot be used, checked without reading the
   * value remotely; undefined when it looks usable.
   */
  check(reference: CredentialReference): string | undefined;
  /** The credential, read now (or from a short cache). */
  resolve(reference: CredentialReference): Promise<string>;
}
