import { useState } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { createFieldValidation } from '@backstage/plugin-scaffolder-react/alpha';
import { defaultCloudProviders } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { fieldProps } from '../../__testUtils__/fieldProps';
import {
  ProviderPlacement,
  SovereignProviderLocationPicker,
} from './SovereignProviderLocationPicker';
import { validateProviderPlacement } from './validation';

// The operator's own data centre, served by the catalog only.
const privateDc = (() => {
  const template = defaultCloudProviders().find(
    p => p.metadata.name === 'private-dc',
  )!;
  return {
    ...template,
    metadata: { name: 'rhein-main-dc', title: 'Rhein-Main data centre' },
    spec: {
      ...template.spec,
      locations: [
        {
          id: 'fra-dc1',
          country: 'DE',
          euEea: true,
          city: 'Frankfurt',
          verification: 'declared' as const,
          sources: [],
        },
      ],
    },
  };
})();

function Harness(props: {
  onChange: (value: ProviderPlacement | undefined) => void;
}) {
  const [value, setValue] = useState<ProviderPlacement | undefined>();
  return (
    <SovereignProviderLocationPicker
      {...fieldProps<ProviderPlacement>({
        formData: value,
        schema: { title: 'Provider and locations' },
        onChange: next => {
          setValue(next);
          props.onChange(next);
        },
      })}
    />
  );
}

async function renderPicker(onChange = jest.fn()) {
  await renderInTestApp(
    <TestApiProvider
      apis={[[catalogApiRef, catalogApiMock({ entities: [privateDc] })]]}
    >
      <Harness onChange={onChange} />
    </TestApiProvider>,
  );
  return onChange;
}

async function chooseProvider(name: RegExp) {
  await userEvent.click(await screen.findByRole('combobox'));
  await userEvent.click(await screen.findByRole('option', { name }));
}

describe('SovereignProviderLocationPicker', () => {
  it('offers the catalog providers with the shipped ones, marking those without a provisioning path', async () => {
    await renderPicker();
    await userEvent.click(await screen.findByRole('combobox'));
    const options = await screen.findAllByRole('option');
    const names = options.map(o => o.textContent);
    expect(names).toContain('Rhein-Main data centre');
    expect(names).toContain('Hetzner');
    expect(names).toContain('Microsoft Azure (no provisioning path)');
  });

  it('shows each location with its country and EU/EEA status and returns the chosen ones', async () => {
    const onChange = await renderPicker();
    await chooseProvider(/^Hetzner$/);
    expect(
      screen.getByText('Provisioned through Cluster API (CAPH)'),
    ).toBeInTheDocument();

    const location = (name: string) => screen.getByRole('checkbox', { name });
    expect(location('fsn1 · Falkenstein (DE) EU/EEA')).not.toBeChecked();
    expect(location('hel1 · Helsinki (Tuusula) (FI) EU/EEA')).toBeTruthy();
    expect(location('ash · Ashburn, VA (US) outside EU/EEA')).toBeTruthy();

    await userEvent.click(location('hel1 · Helsinki (Tuusula) (FI) EU/EEA'));
    await userEvent.click(location('fsn1 · Falkenstein (DE) EU/EEA'));
    expect(onChange).toHaveBeenLastCalledWith({
      provider: 'hetzner',
      locations: ['fsn1', 'hel1'],
    });
  });

  it('lists the locations of a provider that exists only in the catalog', async () => {
    const onChange = await renderPicker();
    await chooseProvider(/Rhein-Main data centre/);
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'fra-dc1 · Frankfurt (DE) EU/EEA' }),
    );
    expect(onChange).toHaveBeenLastCalledWith({
      provider: 'rhein-main-dc',
      locations: ['fra-dc1'],
    });
  });
});

describe('validateProviderPlacement', () => {
  const errorsOf = (value: ProviderPlacement) => {
    const validation = createFieldValidation();
    validateProviderPlacement(value, validation, {} as any);
    return validation.__errors;
  };

  it('requires a provider and at least one location', () => {
    expect(errorsOf({})).toEqual(['Choose a provider']);
    expect(errorsOf({ provider: 'hetzner', locations: [] })).toEqual([
      'Choose at least one location at hetzner',
    ]);
    expect(errorsOf({ provider: 'hetzner', locations: ['fsn1'] })).toEqual([]);
  });
});
