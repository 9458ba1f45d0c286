import { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { PlacementPreviewValue } from './placementPreview';

/** Blocks the step when the workload cannot be placed, with the planner's reason. */
export const validatePlacementPreview: CustomFieldValidator<
  PlacementPreviewValue
> = (value, validation) => {
  if (value?.schedulable === false) {
    validation.addError(
      `The workload cannot be placed: ${value.reason ?? 'no cluster fits'}`,
    );
  }
};
