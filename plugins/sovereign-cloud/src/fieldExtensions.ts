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
import {
  PlacementPreviewValue,
  SovereignPlacementPreview,
  validatePlacementPreview,
} from './components/SovereignPlacementPreview';
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

/**
 * Scaffolder field `SovereignPlacementPreview` (legacy frontend system):
 * where the workload at `ui:options.workloadKey` (default `workload`) would
 * run over the catalog's SovereignClusters; fails the step when it cannot be
 * placed. Place it inside `<ScaffolderFieldExtensions>`.
 * @public
 */
export const SovereignPlacementPreviewFieldExtension =
  sovereignCloudPlugin.provide(
    createScaffolderFieldExtension<PlacementPreviewValue>({
      name: 'SovereignPlacementPreview',
      component: SovereignPlacementPreview,
      validation: validatePlacementPreview,
    }),
  );
