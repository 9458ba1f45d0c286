import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { EmptyState, InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { sovereignCloudApiRef } from '../../api';
import { LoadErrorPanel } from '../LoadErrorPanel';
import { ClusterLiveSection } from './ClusterLiveSection';
import { componentNamespace } from './componentNamespace';

/**
 * Entity card of a Component: for each SovereignCluster it runs on, that
 * cluster's storage (classes, capacity and where it lives, encryption, the
 * component's claims) and observability (targets, alerts, growth).
 * @public
 */
export function ComponentLiveCard() {
  const { entity } = useEntity();
  const api = useApi(sovereignCloudApiRef);
  const ref = stringifyEntityRef(entity);
  const { namespace, from } = componentNamespace(entity);
  const placement = useAsyncRetry(() => api.getPlacement(ref), [api, ref]);

  let body;
  if (placement.loading) {
    body = <Progress />;
  } else if (placement.error || !placement.value) {
    const error = placement.error ?? new Error('The backend sent no placement');
    body = (
      <LoadErrorPanel
        error={error}
        onRetry={placement.retry}
        permission="sovereign-cloud.posture.read"
        subject="component"
        prefix="Could not load where the component runs:"
      />
    );
  } else if (placement.value.clusters.length === 0) {
    body = (
      <Stack spacing={1}>
        {placement.value.problems.map(problem => (
          <Alert key={problem} severity="warning">
            {problem}
          </Alert>
        ))}
        <EmptyState
          missing="data"
          title="Runs on no SovereignCluster"
          description="Add the SovereignClusters it runs on to spec.dependsOn, or name them in the sovereign-cloud.io/cluster annotation, to see their storage and observability here."
        />
      </Stack>
    );
  } else {
    body = (
      <Stack spacing={2}>
        {placement.value.problems.map(problem => (
          <Alert key={problem} severity="warning">
            {problem}
          </Alert>
        ))}
        <Typography variant="body2" color="text.secondary">
          Namespace {namespace}{' '}
          {from === 'annotation'
            ? '(from backstage.io/kubernetes-namespace)'
            : '(the component name; set backstage.io/kubernetes-namespace to change it)'}
        </Typography>
        {placement.value.clusters.map(cluster => (
          <ClusterLiveSection
            key={cluster.entityRef}
            cluster={cluster}
            namespace={namespace}
          />
        ))}
      </Stack>
    );
  }
  return (
    <InfoCard
      title="Storage and observability where it runs"
      subheader="Live from each cluster's Kubernetes API and Prometheus"
    >
      {body}
    </InfoCard>
  );
}
