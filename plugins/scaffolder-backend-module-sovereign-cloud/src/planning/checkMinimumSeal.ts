import {
  CLUSTER_REQUEST_KIND,
  EntityValidationError,
  PosturePreview,
  SEAL_LEVELS,
  SealLevel,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/**
 * Fails when the preview is below `policy.minimumSeal`, naming the criteria
 * that hold the level down so the requester knows what to change.
 */
export function checkMinimumSeal(
  requestName: string,
  minimumSeal: SealLevel | undefined,
  preview: PosturePreview,
): void {
  if (!minimumSeal) return;
  const required = SEAL_LEVELS.indexOf(minimumSeal);
  if (preview.seal >= required) return;
  const binding =
    preview.binding.map(c => `${c.id} ${c.title}`).join('; ') || 'none';
  throw new EntityValidationError(CLUSTER_REQUEST_KIND, requestName, [
    {
      path: 'policy.minimumSeal',
      message: `requires ${minimumSeal}, but the posture preview reaches ${
        preview.sealLabel
      }${
        preview.provisional ? ' (provisional)' : ''
      }; binding criteria: ${binding}`,
    },
  ]);
}
