import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import {
  SovereignProviderLocationPicker,
  ProviderPlacement,
  validateProviderPlacement,
} from './components/SovereignProviderLocationPicker';
import {
  PosturePreviewValue,
  SovereignPosturePreview,
  validatePosturePreview,
} from './components/SovereignPosturePreview';
import { sovereignCloudPlugin } from './plugin';

/**
 * Scaffolder field `SovereignProviderLocationPicker` (legacy frontend
 * system): a provider and its locations, value `{provider, locations[]}`.
 * Place it inside `<ScaffolderFieldExtensions>`.
 * @public
 */
export const SovereignProviderLocationPickerFieldExtension =
  sovereignCloudPlugin.provide(
    createScaffolderFieldExtension<ProviderPlacement>({
      name: 'SovereignProviderLocationPicker',
      component: SovereignProviderLocationPicker,
      validation: validateProviderPlacement,
    }),
  );

/**
 * Scaffolder field `SovereignPosturePreview` (legacy frontend system): the
 * posture preview of the cluster the form requests; fails the step below
 * `policy.minimumSeal`. Place it inside `<ScaffolderFieldExtensions>`.
 * @public
 */
export const SovereignPosturePreviewFieldExtension =
  sovereignCloudPlugin.provide(
    createScaffolderFieldExtension<PosturePreviewValue>({
      name: 'SovereignPosturePreview',
      component: SovereignPosturePreview,
      validation: validatePosturePreview,
    }),
  );
