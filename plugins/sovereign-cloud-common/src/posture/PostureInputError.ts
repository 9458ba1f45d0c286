import { InputError } from '@backstage/errors';

/**
 * Malformed engine input. `path` names the offending field, e.g.
 * `clusters[3].nodes.value[0].vcpu`.
 * @public
 */
export class PostureInputError extends InputError {
  readonly path: string;

  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.path = path;
  }
}
