import { useEffect, useMemo } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import FormHelperText from '@mui/material/FormHelperText';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import {
  formatValidationProblem,
  Seal,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { clusterRequestFromForm } from '../../lib/provisioning/clusterRequestFromForm';
import {
  belowMinimumMessage,
  previewClusterPosture,
} from '../../lib/provisioning/previewClusterPosture';
import { points } from '../../lib/format';
import { SealChip } from '../SealChip';

/** The value the field keeps in the form: the preview's headline, for the review step. */
export type PosturePreviewValue = {
  score?: number;
  seal?: string;
  provisional?: boolean;
};

/**
 * Scaffolder field: the sovereignty posture the requested cluster would
 * have, computed in the browser from the form with the posture engine.
 */
export function SovereignPosturePreview(
  props: FieldExtensionComponentProps<PosturePreviewValue>,
) {
  const { formContext, formData, onChange, schema, rawErrors } = props;
  const form = (formContext?.formData ?? {}) as Record<string, unknown>;
  const formKey = JSON.stringify({ ...form, [props.name]: undefined });
  const result = useMemo(
    () => previewClusterPosture(clusterRequestFromForm(JSON.parse(formKey))),
    [formKey],
  );

  // Keep a value in the form so the step's validation (minimum SEAL) runs.
  const value: PosturePreviewValue = result.preview
    ? {
        score: result.preview.score,
        seal: result.preview.sealLabel,
        provisional: result.preview.provisional,
      }
    : {};
  const valueKey = JSON.stringify(value);
  useEffect(() => {
    if (JSON.stringify(formData ?? null) !== valueKey) {
      onChange(JSON.parse(valueKey));
    }
  }, [formData, valueKey, onChange]);

  return (
    <Box my={2}>
      <Typography variant="h6">{schema.title ?? 'Posture preview'}</Typography>
      {schema.description && (
        <Typography variant="body2" color="textSecondary">
          {schema.description}
        </Typography>
      )}
      {result.problems && (
        <Alert severity="info" sx={{ mt: 1 }}>
          The request is not complete yet:
          <List dense>
            {result.problems.map(problem => (
              <ListItem key={formatValidationProblem(problem)}>
                <ListItemText primary={formatValidationProblem(problem)} />
              </ListItem>
            ))}
          </List>
        </Alert>
      )}
      {result.preview && (
        <Box mt={1}>
          <Box display="flex" alignItems="center" gap={1}>
            <Typography variant="h4" component="p">
              {points(result.preview.score)}
            </Typography>
            <Typography variant="body2">/ 100</Typography>
            <SealChip seal={result.preview.seal as Seal} size="medium" />
            {result.preview.provisional && (
              <Chip size="small" variant="outlined" label="provisional" />
            )}
          </Box>
          <Typography variant="subtitle2" sx={{ mt: 1 }}>
            Binding criteria
          </Typography>
          {result.preview.binding.length ? (
            <List dense>
              {result.preview.binding.map(criterion => (
                <ListItem key={criterion.id}>
                  <ListItemText
                    primary={`${criterion.id} ${criterion.title}`}
                  />
                </ListItem>
              ))}
            </List>
          ) : (
            <Typography variant="body2">
              None: no criterion caps the level.
            </Typography>
          )}
          {result.preview.belowMinimum && (
            <Alert severity="error">
              {belowMinimumMessage(result.preview)}
            </Alert>
          )}
          <Typography variant="caption" color="textSecondary">
            Indicative, from the declarations and the shipped provider
            catalogue; the plan step assesses the request again.
          </Typography>
        </Box>
      )}
      {rawErrors?.map(message => (
        <FormHelperText error key={message}>
          {message}
        </FormHelperText>
      ))}
    </Box>
  );
}
