import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isSovereigntyAvailable } from '../lib/isSovereigntyAvailable';

/** `entity-card:sovereign-cloud/posture`: the posture card on the overview. */
export const sovereigntyPostureEntityCard = EntityCardBlueprint.make({
  name: 'posture',
  params: {
    type: 'content',
    filter: isSovereigntyAvailable,
    loader: () =>
      import('../components/SovereigntyPostureCard').then(m => (
        <m.SovereigntyPostureCard />
      )),
  },
});
