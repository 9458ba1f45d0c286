import { ReactNode, useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { WEIGHT_PROFILES } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { sovereignCloudApiRef } from '../../api';
import { useEntityPosture } from '../../hooks/useEntityPosture';
import { CriteriaTable } from '../CriteriaTable';
import { DriftTable } from '../DriftTable';
import { EvidenceCollectionList } from '../EvidenceCollectionList';
import { FindingsList } from '../FindingsList';
import { MeshContinuity } from '../MeshContinuity';
import { hasNoMembers, NoMembersState } from '../NoMembersState';
import { ObjectiveChart } from '../ObjectiveChart';
import { PostureErrorPanel } from '../PostureErrorPanel';
import { PostureHistoryChart } from '../PostureHistoryChart';
import { PostureSummary } from '../PostureSummary';
import { SealCapStrip } from '../SealCapStrip';

const DEFAULT_PROFILE = '';

function History(props: { entityRef: string; version: number }) {
  const api = useApi(sovereignCloudApiRef);
  const { loading, error, value } = useAsyncRetry(
    () => api.getHistory(props.entityRef),
    [api, props.entityRef, props.version],
  );
  if (loading && !value) return <Progress />;
  if (error) {
    return (
      <Alert severity="warning">
        Could not load the history: {error.message}
      </Alert>
    );
  }
  return <PostureHistoryChart points={value?.points ?? []} />;
}

function Card(props: { title: string; children: ReactNode }) {
  return (
    <Grid item xs={12}>
      <InfoCard title={props.title}>{props.children}</InfoCard>
    </Grid>
  );
}

/**
 * The "Sovereignty" entity tab: the full assessment (criteria, findings,
 * drift, history) with a weight-profile choice and "Re-assess now".
 * @public
 */
export function SovereigntyContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const [profile, setProfile] = useState(DEFAULT_PROFILE);
  const [historyVersion, setHistoryVersion] = useState(0);
  const state = useEntityPosture(entity, profile || undefined);
  const { posture, assess, assessing, assessError } = state;

  const reassess = useCallback(async () => {
    await assess();
    setHistoryVersion(v => v + 1);
  }, [assess]);

  const actions = (
    <Stack direction="row" spacing={2} alignItems="center">
      <TextField
        select
        size="small"
        label="Weight profile"
        value={profile}
        onChange={e => setProfile(e.target.value)}
        sx={{ minWidth: 240 }}
        InputLabelProps={{ shrink: true }}
        SelectProps={{ displayEmpty: true }}
      >
        <MenuItem value={DEFAULT_PROFILE}>Backend default</MenuItem>
        {WEIGHT_PROFILES.map(p => (
          <MenuItem key={p.id} value={p.id}>
            {p.title}
          </MenuItem>
        ))}
      </TextField>
      <Button variant="contained" onClick={reassess} disabled={assessing}>
        {assessing ? 'Assessing…' : 'Re-assess now'}
      </Button>
    </Stack>
  );

  if (state.loading) return <Progress />;
  if (state.error || !posture) {
    return (
      <PostureErrorPanel
        error={state.error ?? new Error('No posture returned')}
        onRetry={state.retry}
      />
    );
  }
  const { report } = posture;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        {state.refreshing && <LinearProgress aria-label="Refreshing" />}
        {assessError && (
          <Alert severity="error">
            Re-assessment failed: {assessError.message}
          </Alert>
        )}
      </Grid>
      <Card title="Sovereignty posture">
        <Stack spacing={2}>
          {actions}
          {hasNoMembers(posture) ? (
            <NoMembersState subjectKind={posture.subjectKind} />
          ) : (
            <>
              <PostureSummary report={report} assessedAt={posture.assessedAt} />
              <SealCapStrip criteria={report.criteria} seal={report.seal} />
            </>
          )}
        </Stack>
      </Card>
      {!hasNoMembers(posture) && (
        <>
          <Grid item xs={12} md={6}>
            <InfoCard title="Score per objective">
              <ObjectiveChart objectives={report.objectives} />
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={6}>
            <InfoCard title="History">
              <History entityRef={entityRef} version={historyVersion} />
            </InfoCard>
          </Grid>
          <Grid item xs={12}>
            <CriteriaTable
              criteria={report.criteria}
              binding={report.seal.binding}
            />
          </Grid>
          <Card title="Findings">
            <FindingsList findings={report.findings} />
          </Card>
          <Card title="Drift: declared vs observed">
            <DriftTable drift={report.drift} />
          </Card>
          <Card title="Evidence collection">
            <EvidenceCollectionList evidence={posture.evidence} />
          </Card>
          {posture.members && (
            <Card title="Member clusters and continuity">
              <MeshContinuity
                members={posture.members}
                continuity={posture.continuity ?? []}
                survivesLossOfAnyProvider={posture.survivesLossOfAnyProvider}
              />
            </Card>
          )}
        </>
      )}
    </Grid>
  );
}
