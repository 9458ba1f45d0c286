import { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { ProviderPlacement } from './SovereignProviderLocationPicker';

/** A placement needs a provider and at least one of its locations. */
export const validateProviderPlacement: CustomFieldValidator<
  ProviderPlacement
> = (value, validation) => {
  if (!value?.provider) {
    validation.addError('Choose a provider');
  } else if (!value.locations?.length) {
    validation.addError(`Choose at least one location at ${value.provider}`);
  }
};
