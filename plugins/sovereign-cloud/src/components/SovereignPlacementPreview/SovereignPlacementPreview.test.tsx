import { screen, waitFor, within } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { createFieldValidation } from '@backstage/plugin-scaffolder-react/alpha';
import { fieldProps } from '../../__testUtils__/fieldProps';
import {
  awsCluster,
  ionosCluster,
  scalewayCluster,
} from '../../__testUtils__/fixtures';
import { SovereignPlacementPreview } from './SovereignPlacementPreview';
import { PlacementPreviewValue } from './placementPreview';
import { validatePlacementPreview } from './validation';

const divided = {
  replicaScheduling: {
    replicaSchedulingType: 'Divided',
    replicaDivisionPreference: 'Weighted',
    weightPreference: {
      staticWeightList: [
        { targetCluster: { clusterNames: ['ionos-fra-prod'] }, weight: 1 },
        { targetCluster: { clusterNames: ['scaleway-par-prod'] }, weight: 1 },
        { targetCluster: { clusterNames: ['aws-fra-legacy'] }, weight: 1 },
      ],
    },
  },
};

async function renderPreview(
  form: Record<string, unknown>,
  uiOptions: Record<string, unknown> = {},
) {
  const onChange = jest.fn();
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [
          catalogApiRef,
          catalogApiMock({
            entities: [ionosCluster, scalewayCluster, awsCluster],
          }),
        ],
      ]}
    >
      <SovereignPlacementPreview
        {...fieldProps<PlacementPreviewValue>({
          name: 'preview',
          schema: { title: 'Placement preview' },
          uiSchema: { 'ui:options': uiOptions } as never,
          formContext: { formData: form },
          onChange,
        })}
      />
    </TestApiProvider>,
  );
  return onChange;
}

describe('SovereignPlacementPreview', () => {
  it('shows the clusters chosen with replicas each and why the others were not', async () => {
    const onChange = await renderPreview({
      workload: {
        name: 'orders',
        replicas: 4,
        placement: divided,
        sovereignty: { excludedProviders: ['aws'] },
      },
    });
    const chosen = await screen.findByRole('table', {
      name: 'Clusters chosen',
    });
    const rows = within(chosen).getAllByRole('row').slice(1);
    expect(rows.map(r => r.textContent)).toEqual([
      'ionos-fra-prodionos2',
      'scaleway-par-prodscaleway2',
    ]);
    const notChosen = screen.getByRole('table', {
      name: 'Clusters not chosen',
    });
    expect(notChosen).toHaveTextContent('aws-fra-legacy');
    expect(notChosen).toHaveTextContent('ExcludedProvider');
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith({
        schedulable: true,
        clusters: [
          { cluster: 'ionos-fra-prod', replicas: 2 },
          { cluster: 'scaleway-par-prod', replicas: 2 },
        ],
      }),
    );
  });

  it('reads the workload from the form key ui:options names', async () => {
    await renderPreview(
      {
        service: {
          name: 'orders',
          replicas: 3,
          placement: divided,
        },
      },
      { workloadKey: 'service' },
    );
    const chosen = await screen.findByRole('table', {
      name: 'Clusters chosen',
    });
    expect(within(chosen).getAllByRole('row')).toHaveLength(4);
  });

  it('shows the reason when the workload cannot be placed and keeps it for validation', async () => {
    const onChange = await renderPreview({
      workload: {
        name: 'ledger',
        replicas: 2,
        placement: divided,
        sovereignty: { allowedJurisdictions: ['CH'] },
      },
    });
    const alert = await screen.findByText(/^Cannot be placed:/);
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith({
        schedulable: false,
        reason: expect.any(String),
      }),
    );
    const value = onChange.mock.lastCall![0] as PlacementPreviewValue;
    expect(alert).toHaveTextContent(value.reason!);

    const validation = createFieldValidation();
    validatePlacementPreview(value, validation, {} as any);
    expect(validation.__errors).toEqual([
      `The workload cannot be placed: ${value.reason}`,
    ]);
  });

  it('names the field at fault while the workload is incomplete', async () => {
    await renderPreview({ workload: { name: 'orders', replicas: -1 } });
    expect(
      await screen.findByText(/The workload is not complete yet: .*replicas/),
    ).toBeInTheDocument();
    await renderPreview({});
    expect(
      await screen.findByText(/The form has no workload yet/),
    ).toBeInTheDocument();
  });
});
