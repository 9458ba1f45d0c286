import { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { InfoCard, Progress } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { EntityPostureResponse } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { useEntityPosture } from '../../hooks/useEntityPosture';
import { EvidenceCollectionList } from '../EvidenceCollectionList';
import { FindingsList } from '../FindingsList';
import { MeshContinuity } from '../MeshContinuity';
import { hasNoMembers, NoMembersState } from '../NoMembersState';
import { ObjectiveChart } from '../ObjectiveChart';
import { PostureErrorPanel } from '../PostureErrorPanel';
import { PostureSummary } from '../PostureSummary';
import { SealCapStrip } from '../SealCapStrip';

const TOP_FINDINGS = 3;
const EVIDENCE_PER_FINDING = 4;

function Section(props: { title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-label={props.title}>
      <Divider sx={{ mb: 1.5 }} />
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {props.title}
      </Typography>
      {props.children}
    </Box>
  );
}

function PostureBody(props: { posture: EntityPostureResponse }) {
  const { posture } = props;
  const { report } = posture;
  if (hasNoMembers(posture)) {
    return <NoMembersState subjectKind={posture.subjectKind} />;
  }
  return (
    <Stack spacing={2}>
      <PostureSummary report={report} assessedAt={posture.assessedAt} />
      <Section title="What sets the level">
        <SealCapStrip criteria={report.criteria} seal={report.seal} />
      </Section>
      <Section title="Score per objective">
        <ObjectiveChart objectives={report.objectives} />
      </Section>
      <Section title="Top findings">
        <FindingsList
          findings={report.findings}
          limit={TOP_FINDINGS}
          evidenceLimit={EVIDENCE_PER_FINDING}
        />
      </Section>
      <Section title="Evidence collection">
        <EvidenceCollectionList evidence={posture.evidence} />
      </Section>
      {posture.members && (
        <Section title="Member clusters and continuity">
          <MeshContinuity
            members={posture.members}
            continuity={posture.continuity ?? []}
            survivesLossOfAnyProvider={posture.survivesLossOfAnyProvider}
          />
        </Section>
      )}
    </Stack>
  );
}

/**
 * Entity card with the sovereignty posture of a SovereignCluster, a
 * cluster-mesh Resource or a Component depending on clusters.
 * @public
 */
export function SovereigntyPostureCard() {
  const { entity } = useEntity();
  const { loading, error, posture, retry } = useEntityPosture(entity);

  let body: ReactNode;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = <PostureErrorPanel error={error} onRetry={retry} />;
  } else if (posture) {
    body = <PostureBody posture={posture} />;
  }

  return (
    <InfoCard
      title="Sovereignty posture"
      subheader="Indicative, self-assessed against the EU Cloud Sovereignty Framework"
    >
      {body}
    </InfoCard>
  );
}
