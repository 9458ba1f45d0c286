import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { exitPlan } from '../../__testUtils__/exitPlanFixture';
import { ExitPlanView } from './ExitPlanView';

async function renderView(plan = exitPlan()) {
  await renderInTestApp(<ExitPlanView plan={plan} />, {
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
}

describe('ExitPlanView', () => {
  it('counts what moves, what cannot and what is unaffected', async () => {
    await renderView();
    const summary = screen.getByLabelText('Summary');
    expect(summary).toHaveTextContent('1workloads move');
    expect(summary).toHaveTextContent('1cannot move');
    expect(summary).toHaveTextContent('1unaffected');
    expect(summary).toHaveTextContent('1clusters leave');
  });

  it('lists workloads with status, before and after, cannot-move first with its blocker and reason', async () => {
    await renderView();
    const rows = within(screen.getByRole('table', { name: 'Workloads' }))
      .getAllByRole('row')
      .slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[1].textContent),
    ).toEqual(['cannot move', 'moves', 'unaffected']);
    const [ledger, payments] = rows;
    expect(ledger).toHaveTextContent('ionos-fra-prod (ionos) × 3');
    expect(ledger).toHaveTextContent('storage');
    expect(ledger).toHaveTextContent(
      'DataResidency: no remaining cluster keeps data in DE',
    );
    expect(ledger).toHaveTextContent('must be a size like 100Gi');
    const [, , before, after] = within(payments).getAllByRole('cell');
    expect(before).toHaveTextContent('ionos-fra-prod (ionos) × 2');
    expect(before).toHaveTextContent('scaleway-par-prod (scaleway) × 2');
    expect(after).toHaveTextContent('scaleway-par-prod (scaleway) × 4');
    expect(payments).toHaveTextContent('2 replicas move');
    expect(
      within(ledger).getByRole('link', { name: /ledger/ }),
    ).toHaveAttribute('href', '/catalog/default/component/ledger');
  });

  it('shows the clusters leaving and the fleet posture before and after', async () => {
    await renderView();
    expect(
      within(screen.getByRole('list', { name: 'Clusters leaving' })).getByRole(
        'link',
      ),
    ).toHaveTextContent('ionos-fra-prod');
    const posture = screen.getByLabelText('Fleet posture');
    expect(posture).toHaveTextContent(
      'Average score 61.3 → 52.5 over 3 → 2 clusters',
    );
    expect(posture).toHaveTextContent('Providers before: aws, ionos, scaleway');
    expect(posture).toHaveTextContent('Providers after: aws, scaleway');
  });

  it('says so when no cluster runs on the provider', async () => {
    await renderView({
      ...exitPlan(),
      clustersLeft: [],
      workloads: [],
      summary: { unaffected: 0, moves: 0, cannotMove: 0 },
    });
    expect(
      screen.getByText('No SovereignCluster runs on ionos.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No component runs on a SovereignCluster you can see.'),
    ).toBeInTheDocument();
  });
});
