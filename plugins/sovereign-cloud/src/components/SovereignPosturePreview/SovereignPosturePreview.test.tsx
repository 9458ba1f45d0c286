import { screen, waitFor } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { createFieldValidation } from '@backstage/plugin-scaffolder-react/alpha';
import { fieldProps } from '../../__testUtils__/fieldProps';
import { hetznerForm } from '../../__testUtils__/provisioningForms';
import {
  PosturePreviewValue,
  SovereignPosturePreview,
} from './SovereignPosturePreview';
import { validatePosturePreview } from './validation';

async function renderPreview(form: Record<string, unknown>) {
  const onChange = jest.fn();
  await renderInTestApp(
    <SovereignPosturePreview
      {...fieldProps<PosturePreviewValue>({
        name: 'posture',
        schema: { title: 'Posture preview' },
        formContext: { formData: form },
        onChange,
      })}
    />,
  );
  return onChange;
}

describe('SovereignPosturePreview', () => {
  it('shows the score, SEAL, provisional mark and binding criteria of the requested cluster', async () => {
    const onChange = await renderPreview(hetznerForm());
    expect(screen.getByText('SEAL-2')).toBeInTheDocument();
    expect(screen.getByText('provisional')).toBeInTheDocument();
    expect(
      screen.getByText(
        'SC-2.01 Exposure of infrastructure providers to extraterritorial law',
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(onChange).toHaveBeenCalledWith({
        score: expect.any(Number),
        seal: 'SEAL-2',
        provisional: true,
      }),
    );
  });

  it('says when the cluster misses the minimum SEAL of its policy', async () => {
    await renderPreview(hetznerForm({ minimumSeal: 'SEAL-3' }));
    expect(
      screen.getByText(
        /policy.minimumSeal: requires SEAL-3, but the posture preview reaches SEAL-2/,
      ),
    ).toBeInTheDocument();
  });

  it('lists what is missing while the form is incomplete', async () => {
    const form = hetznerForm();
    form.placement = { provider: 'hetzner', locations: ['nbg1'] };
    await renderPreview(form);
    expect(
      screen.getByText(
        /nodePools\[0\].location: must be one of locations \(nbg1\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('SEAL-2')).not.toBeInTheDocument();
  });
});

describe('validatePosturePreview', () => {
  const errorsOf = (form: Record<string, unknown>) => {
    const validation = createFieldValidation();
    validatePosturePreview({}, validation, {
      formData: form,
      apiHolder: { get: () => undefined },
      schema: {},
    } as any);
    return validation.__errors;
  };

  it('fails the step below policy.minimumSeal, naming the binding criteria', () => {
    expect(errorsOf(hetznerForm({ minimumSeal: 'SEAL-4' }))).toEqual([
      'policy.minimumSeal: requires SEAL-4, but the posture preview reaches SEAL-2; binding criteria: SC-2.01 Exposure of infrastructure providers to extraterritorial law',
    ]);
    expect(errorsOf(hetznerForm({ minimumSeal: 'SEAL-2' }))).toEqual([]);
  });
});
