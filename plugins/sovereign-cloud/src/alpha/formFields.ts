import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';

/** `ui:field: SovereignProviderLocationPicker` in the new frontend system. */
export const sovereignProviderLocationPickerFormField = FormFieldBlueprint.make(
  {
    name: 'provider-location-picker',
    params: {
      field: () =>
        import('./formFieldDefinitions').then(
          m => m.providerLocationPickerField,
        ),
    },
  },
);

/** `ui:field: SovereignPosturePreview` in the new frontend system. */
export const sovereignPosturePreviewFormField = FormFieldBlueprint.make({
  name: 'posture-preview',
  params: {
    field: () =>
      import('./formFieldDefinitions').then(m => m.posturePreviewField),
  },
});

/** `ui:field: SovereignPlacementPreview` in the new frontend system. */
export const sovereignPlacementPreviewFormField = FormFieldBlueprint.make({
  name: 'placement-preview',
  params: {
    field: () =>
      import('./formFieldDefinitions').then(m => m.placementPreviewField),
  },
});
