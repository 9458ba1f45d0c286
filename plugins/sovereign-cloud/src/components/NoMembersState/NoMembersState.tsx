import { EmptyState } from '@backstage/core-components';
import { EntityPostureResponse } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** True for a mesh or component whose backend found no member clusters. */
export function hasNoMembers(posture: EntityPostureResponse): boolean {
  return (
    posture.subjectKind !== 'cluster' && (posture.members ?? []).length === 0
  );
}

/** Says how to give a mesh or component clusters to assess. */
export function NoMembersState(props: { subjectKind: string }) {
  return (
    <EmptyState
      missing="data"
      title="No clusters to assess"
      description={
        props.subjectKind === 'mesh'
          ? 'No SovereignCluster names this mesh. Set spec.network.mesh on the clusters that belong to it.'
          : 'This component depends on no SovereignCluster. Add the clusters it runs on to spec.dependsOn (e.g. sovereigncluster:default/ionos-fra-prod).'
      }
    />
  );
}
