import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import type { z } from 'zod/v3';
import {
  SovereignProviderLocationPicker,
  ProviderPlacement,
  validateProviderPlacement,
} from '../components/SovereignProviderLocationPicker';
import {
  PosturePreviewValue,
  SovereignPosturePreview,
  validatePosturePreview,
} from '../components/SovereignPosturePreview';
import {
  PlacementPreviewValue,
  SovereignPlacementPreview,
  validatePlacementPreview,
} from '../components/SovereignPlacementPreview';

// Loaded lazily by the form-field blueprints, so the engine only ships with the scaffolder page.
export const providerLocationPickerField = createFormField<
  z.ZodType<ProviderPlacement>,
  z.ZodType<{}>
>({
  name: 'SovereignProviderLocationPicker',
  component: SovereignProviderLocationPicker,
  validation: validateProviderPlacement,
});

export const posturePreviewField = createFormField<
  z.ZodType<PosturePreviewValue>,
  z.ZodType<{}>
>({
  name: 'SovereignPosturePreview',
  component: SovereignPosturePreview,
  validation: validatePosturePreview,
});

export const placementPreviewField = createFormField<
  z.ZodType<PlacementPreviewValue>,
  z.ZodType<{}>
>({
  name: 'SovereignPlacementPreview',
  component: SovereignPlacementPreview,
  validation: validatePlacementPreview,
});
