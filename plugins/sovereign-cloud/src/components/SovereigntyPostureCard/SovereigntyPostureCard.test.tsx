import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResponseError } from '@backstage/errors';
import { Entity } from '@backstage/catalog-model';
import {
  awsCluster,
  awsPosture,
  ionosCluster,
  ionosPosture,
  meshPosture,
} from '../../__testUtils__/fixtures';
import {
  mockSovereignCloudApi,
  renderWithApi,
} from '../../__testUtils__/render';
import { SovereigntyPostureCard } from './SovereigntyPostureCard';

const mesh: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'eu-core', namespace: 'default' },
  spec: { type: 'cluster-mesh', owner: 'platform-team' },
};

async function errorResponse(status: number, message: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: status === 404 ? 'NotFoundError' : 'Error', message },
        response: { statusCode: status },
      }),
      { status, headers: { 'content-type': 'application/json' } },
    ),
  );
}

describe('SovereigntyPostureCard', () => {
  const api = mockSovereignCloudApi();
  beforeEach(() => jest.resetAllMocks());

  it("shows a cluster's score, level, the criteria that bind it and why it is provisional", async () => {
    const posture = ionosPosture();
    api.getPosture.mockResolvedValue(posture);
    await renderWithApi(<SovereigntyPostureCard />, {
      api,
      entity: ionosCluster,
    });

    expect(await screen.findByLabelText('Score')).toHaveTextContent(
      `${posture.report.score.toFixed(1)} / 100`,
    );
    expect(api.getPosture).toHaveBeenCalledWith(
      'sovereigncluster:default/ionos-fra-prod',
      { profile: undefined },
    );
    expect(screen.getAllByText('SEAL-2').length).toBeGreaterThan(0);
    expect(
      screen.getByText(/The lowest criterion sets the level/),
    ).toHaveTextContent('SEAL-2 is set by SC-2.01, SC-7.01');

    // The cap strip: binding criteria sit highlighted in the SEAL-2 column.
    const seal2 = screen.getByRole('listitem', { name: 'Capped at SEAL-2' });
    const binding = within(seal2)
      .getAllByText(/^SC-/)
      .map(chip => chip.closest('[data-binding]'));
    expect(
      binding.map(c => [c?.textContent, c?.getAttribute('data-binding')]),
    ).toEqual([
      ['SC-2.01', 'true'],
      ['SC-7.01', 'true'],
    ]);
    expect(
      within(
        screen.getByRole('listitem', { name: 'Capped at SEAL-4' }),
      ).getByText('SC-1.01'),
    ).toBeInTheDocument();

    // Provisional, naming criteria that could still lower it.
    expect(screen.getAllByText('provisional').length).toBeGreaterThan(0);
    expect(
      screen.getByText(/SEAL-2 is provisional: 15 unknown criteria/),
    ).toHaveTextContent('SC-3.02');

    expect(screen.getByText('CSF v1.2.1')).toBeInTheDocument();
    expect(screen.getByLabelText('Evidence coverage')).toHaveTextContent(
      '3% observed · 22% catalog · 0% declared · 76% unknown',
    );
  });

  it('shows the score per objective with weights, and the top findings with remediation and reference', async () => {
    api.getPosture.mockResolvedValue(ionosPosture());
    await renderWithApi(<SovereigntyPostureCard />, {
      api,
      entity: ionosCluster,
    });

    const objectives = await screen.findByRole('table', {
      name: 'Score per objective',
    });
    const sov2 = within(objectives)
      .getByText(/SOV-2 Legal/)
      .closest('tr')!;
    expect(
      within(sov2)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual([
      'SOV-2 Legal & jurisdictional sovereignty',
      '57.5%',
      '10',
      '5.8',
      'SEAL-2 (SC-2.01)',
    ]);

    const findings = screen.getByRole('region', { name: 'Top findings' });
    expect(within(findings).getAllByRole('heading', { level: 4 })).toHaveLength(
      3,
    );
    expect(
      within(findings).getByText(
        'SC-2.01 Exposure of infrastructure providers to extraterritorial law',
      ),
    ).toBeInTheDocument();
    expect(
      within(findings).getByText(/Use SecNumCloud-qualified/),
    ).toHaveTextContent("lifts this criterion's cap to SEAL-4");
    expect(
      within(findings).getByText(/Reference: CSF v1.2.1 SOV-2.2/),
    ).toHaveTextContent('(direct mapping)');
    // Evidence carries its provenance badge.
    expect(within(findings).getAllByText('catalog').length).toBeGreaterThan(0);
    expect(
      within(findings).getByText(/19 more findings in the Sovereignty tab/),
    ).toBeInTheDocument();

    const evidence = screen.getByRole('region', {
      name: 'Evidence collection',
    });
    expect(within(evidence).getByText('observed')).toBeInTheDocument();
    expect(
      within(evidence).getByText(/Every probe answered/),
    ).toBeInTheDocument();
  });

  it('says why the evidence of a cluster could not be collected', async () => {
    api.getPosture.mockResolvedValue(awsPosture());
    await renderWithApi(<SovereigntyPostureCard />, {
      api,
      entity: awsCluster,
    });
    const evidence = await screen.findByRole('region', {
      name: 'Evidence collection',
    });
    expect(within(evidence).getByText('failed')).toBeInTheDocument();
    expect(
      within(evidence).getByText(
        'Kubernetes API timed out after 10s. Declared facts only.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the members of a mesh, partial and unconfigured evidence, and continuity per provider', async () => {
    const posture = meshPosture();
    api.getPosture.mockResolvedValue(posture);
    await renderWithApi(<SovereigntyPostureCard />, { api, entity: mesh });

    expect(api.getPosture).toHaveBeenCalledWith('resource:default/eu-core', {
      profile: undefined,
    });
    const members = await screen.findByRole('table', {
      name: 'Member clusters',
    });
    expect(within(members).getAllByRole('row')).toHaveLength(3);
    expect(within(members).getByText('ionos-fra-prod')).toBeInTheDocument();
    expect(within(members).getByText('scaleway-par-prod')).toBeInTheDocument();

    const continuity = screen.getByRole('table', {
      name: 'Continuity after losing a provider',
    });
    const providers = within(continuity)
      .getAllByRole('row')
      .slice(1)
      .map(r => within(r).getAllByRole('cell')[0].textContent);
    expect(providers).toEqual(posture.continuity!.map(c => c.provider));
    expect(
      screen.getByText(
        posture.survivesLossOfAnyProvider
          ? 'Survives the loss of any single provider.'
          : 'Losing one of the providers below would leave the set uncovered.',
      ),
    ).toBeInTheDocument();

    const evidence = screen.getByRole('region', {
      name: 'Evidence collection',
    });
    expect(
      within(evidence).getByText(
        'admission: forbidden (403). The rest is observed.',
      ),
    ).toBeInTheDocument();
    expect(
      within(evidence).getByText('no live source configured'),
    ).toBeInTheDocument();
  });

  it('shows the error with what to do when the backend fails, and retries', async () => {
    api.getPosture.mockRejectedValueOnce(
      await errorResponse(500, 'database is locked'),
    );
    api.getPosture.mockResolvedValueOnce(ionosPosture());
    await renderWithApi(<SovereigntyPostureCard />, {
      api,
      entity: ionosCluster,
    });

    expect(
      await screen.findByText(/Could not load the sovereignty posture/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('The backend said: database is locked'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/check that the backend plugin is installed/),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByLabelText('Score')).toBeInTheDocument();
    expect(api.getPosture).toHaveBeenCalledTimes(2);
  });

  it('says what is missing when the backend finds nothing to assess', async () => {
    api.getPosture.mockRejectedValue(
      await errorResponse(
        404,
        'Mesh resource:default/eu-core has no SovereignCluster members you can see',
      ),
    );
    await renderWithApi(<SovereigntyPostureCard />, { api, entity: mesh });

    expect(await screen.findByText('Nothing to assess')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Mesh resource:default/eu-core has no SovereignCluster members you can see.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/SovereignClusters naming it in spec.network.mesh/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('tells how to give a component clusters when it depends on none', async () => {
    api.getPosture.mockResolvedValue({
      ...ionosPosture(),
      entityRef: 'component:default/payments-api',
      subjectKind: 'component',
      evidence: [],
      members: [],
      continuity: [],
    });
    await renderWithApi(<SovereigntyPostureCard />, {
      api,
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'payments-api', namespace: 'default' },
      },
    });
    expect(
      await screen.findByText('No clusters to assess'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Add the clusters it runs on to spec.dependsOn/),
    ).toBeInTheDocument();
  });
});
