import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isSovereigntyAvailable } from '../lib/isSovereigntyAvailable';

/** `entity-content:sovereign-cloud/sovereignty`: the "Sovereignty" tab. */
export const sovereigntyEntityContent = EntityContentBlueprint.make({
  name: 'sovereignty',
  params: {
    path: '/sovereignty',
    title: 'Sovereignty',
    filter: isSovereigntyAvailable,
    loader: () =>
      import('../components/SovereigntyContent').then(m => (
        <m.SovereigntyContent />
      )),
  },
});
