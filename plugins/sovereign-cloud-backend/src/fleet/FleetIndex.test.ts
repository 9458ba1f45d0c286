import {
  createProviderCatalogue,
  CSF_V1_2_1_WEIGHTS,
  defaultCloudProviders,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { exampleFleet } from '../__testUtils__';
import { fleetClusterOf } from './FleetEntry';
import { FleetIndex } from './FleetIndex';

const catalogue = createProviderCatalogue(defaultCloudProviders());
const clusters = () =>
  (exampleFleet() as SovereignClusterEntity[])
    .filter(e => e.kind === 'SovereignCluster')
    .map(e => fleetClusterOf(e, catalogue));

describe('FleetIndex', () => {
  it('keeps its views (and the answers built on them) across an unchanged reload', () => {
    const index = new FleetIndex();
    index.setClusters(clusters());
    index.setAssessments([]);
    const view = index.view(CSF_V1_2_1_WEIGHTS);

    index.setClusters(clusters());
    index.setAssessments([]);
    expect(index.view(CSF_V1_2_1_WEIGHTS)).toBe(view);

    const [first, ...rest] = clusters();
    index.setClusters([{ ...first, title: 'Renamed' }, ...rest]);
    const changed = index.view(CSF_V1_2_1_WEIGHTS);
    expect(changed).not.toBe(view);
    expect(changed.rows.map(r => r.summary.title)).toContain('Renamed');
  });
});
