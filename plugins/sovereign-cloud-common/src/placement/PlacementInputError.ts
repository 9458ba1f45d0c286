import { InputError } from '@backstage/errors';

/**
 * Malformed planner input; `path` names the field, e.g. `workload.replicas`.
 * @public
 */
export class PlacementInputError extends InputError {
  readonly path: string;

  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.path = path;
  }
}
