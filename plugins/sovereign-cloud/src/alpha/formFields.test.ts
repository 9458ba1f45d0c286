import { createExtensionTester } from '@backstage/frontend-test-utils';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import plugin from '../alpha';
import {
  sovereignPosturePreviewFormField,
  sovereignProviderLocationPickerFormField,
} from './formFields';

describe('scaffolder form fields (new frontend system)', () => {
  it('are part of the plugin and attach to the scaffolder form-fields API', () => {
    for (const id of [
      'scaffolder-form-field:sovereign-cloud/provider-location-picker',
      'scaffolder-form-field:sovereign-cloud/posture-preview',
    ]) {
      expect(plugin.getExtension(id as any)).toBeDefined();
    }
  });

  async function loadField(loader: () => Promise<unknown>) {
    return (await loader()) as {
      name: string;
      component: unknown;
      validation: unknown;
    };
  }

  it('loads the provider and location picker', async () => {
    const field = await loadField(
      createExtensionTester(sovereignProviderLocationPickerFormField).get(
        FormFieldBlueprint.dataRefs.formFieldLoader,
      ),
    );
    expect(field.name).toBe('SovereignProviderLocationPicker');
    expect(field.component).toEqual(expect.any(Function));
    expect(field.validation).toEqual(expect.any(Function));
  });

  it('loads the posture preview', async () => {
    const field = await loadField(
      createExtensionTester(sovereignPosturePreviewFormField).get(
        FormFieldBlueprint.dataRefs.formFieldLoader,
      ),
    );
    expect(field.name).toBe('SovereignPosturePreview');
    expect(field.component).toEqual(expect.any(Function));
    expect(field.validation).toEqual(expect.any(Function));
  });
});
