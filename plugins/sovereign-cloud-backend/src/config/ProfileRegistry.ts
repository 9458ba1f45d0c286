import { InputError } from '@backstage/errors';
import {
  WEIGHT_PROFILES,
  WeightProfile,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/**
 * The weight profiles a request may name in `?profile=`: the shipped ones and
 * the custom weights from config, with the configured one as the default.
 */
export class ProfileRegistry {
  readonly #profiles: readonly WeightProfile[];
  readonly #defaultProfile: WeightProfile;

  static create(defaultProfile: WeightProfile): ProfileRegistry {
    return new ProfileRegistry(defaultProfile);
  }

  private constructor(defaultProfile: WeightProfile) {
    this.#defaultProfile = defaultProfile;
    this.#profiles = WEIGHT_PROFILES.some(p => p.id === defaultProfile.id)
      ? WEIGHT_PROFILES
      : [...WEIGHT_PROFILES, defaultProfile];
  }

  get defaultProfile(): WeightProfile {
    return this.#defaultProfile;
  }

  get ids(): string[] {
    return this.#profiles.map(p => p.id);
  }

  /** The named profile, or the default; an unknown id is an `InputError` listing the known ones. */
  resolve(id: string | undefined): WeightProfile {
    if (id === undefined || id === '') return this.#defaultProfile;
    const found = this.#profiles.find(p => p.id === id);
    if (!found) {
      throw new InputError(
        `profile: unknown weight profile '${id}' (expected one of ${this.ids.join(
          ', ',
        )})`,
      );
    }
    return found;
  }
}
