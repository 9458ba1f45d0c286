import { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { clusterRequestFromForm } from '../../lib/provisioning/clusterRequestFromForm';
import {
  belowMinimumMessage,
  previewClusterPosture,
} from '../../lib/provisioning/previewClusterPosture';
import { PosturePreviewValue } from './SovereignPosturePreview';

/**
 * Blocks the step when the request's posture preview is below its
 * `policy.minimumSeal`, naming the criteria that hold it down. An incomplete
 * request is left to the plan step, which reports every field at fault.
 */
export const validatePosturePreview: CustomFieldValidator<
  PosturePreviewValue
> = (_value, validation, context) => {
  const { preview } = previewClusterPosture(
    clusterRequestFromForm(context.formData),
  );
  if (preview?.belowMinimum) {
    validation.addError(belowMinimumMessage(preview));
  }
};
