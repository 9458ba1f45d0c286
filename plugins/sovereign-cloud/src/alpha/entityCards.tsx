import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isSovereignCluster } from '@sovereign-cloud/plugin-sovereign-cloud-common';
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

/** `entity-card:sovereign-cloud/storage`: observed storage of a SovereignCluster. */
export const storageEntityCard = EntityCardBlueprint.make({
  name: 'storage',
  params: {
    type: 'content',
    filter: isSovereignCluster,
    loader: () =>
      import('../components/StorageCard').then(m => <m.StorageCard />),
  },
});

/** `entity-card:sovereign-cloud/observability`: Prometheus health, usage and alerts of a SovereignCluster. */
export const observabilityEntityCard = EntityCardBlueprint.make({
  name: 'observability',
  params: {
    type: 'content',
    filter: isSovereignCluster,
    loader: () =>
      import('../components/ObservabilityCard').then(m => (
        <m.ObservabilityCard />
      )),
  },
});

/** `entity-card:sovereign-cloud/network`: overlay, encryption and mesh of a SovereignCluster. */
export const networkEntityCard = EntityCardBlueprint.make({
  name: 'network',
  params: {
    type: 'content',
    filter: isSovereignCluster,
    loader: () =>
      import('../components/NetworkCard').then(m => <m.NetworkCard />),
  },
});

/** `entity-card:sovereign-cloud/placement`: where a Component runs, with each cluster's posture. */
export const placementEntityCard = EntityCardBlueprint.make({
  name: 'placement',
  params: {
    type: 'content',
    filter: entity => entity.kind.toLocaleLowerCase('en-US') === 'component',
    loader: () =>
      import('../components/PlacementCard').then(m => <m.PlacementCard />),
  },
});

/** `entity-card:sovereign-cloud/edge`: a Component's entry points, their health and provider-loss outcomes. */
export const edgeEntityCard = EntityCardBlueprint.make({
  name: 'edge',
  params: {
    type: 'content',
    filter: entity => entity.kind.toLocaleLowerCase('en-US') === 'component',
    loader: () => import('../components/EdgeCard').then(m => <m.EdgeCard />),
  },
});

/** `entity-card:sovereign-cloud/component-live`: storage and observability of each cluster a Component runs on. */
export const componentLiveEntityCard = EntityCardBlueprint.make({
  name: 'component-live',
  params: {
    type: 'content',
    filter: entity => entity.kind.toLocaleLowerCase('en-US') === 'component',
    loader: () =>
      import('../components/ComponentLiveCard').then(m => (
        <m.ComponentLiveCard />
      )),
  },
});

/** `entity-card:sovereign-cloud/changes`: pending and past changes of a SovereignCluster, with diff and drift. */
export const clusterChangesEntityCard = EntityCardBlueprint.make({
  name: 'changes',
  params: {
    type: 'content',
    filter: isSovereignCluster,
    loader: () =>
      import('../components/ClusterChangesCard').then(m => (
        <m.ClusterChangesCard />
      )),
  },
});
