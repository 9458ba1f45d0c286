import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { CLOUD_PROVIDER_KIND } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  LocationChoice,
  providerChoices,
} from '../../lib/provisioning/providerChoices';

/** The value of the picker: a provider and the locations the cluster spans. */
export type ProviderPlacement = {
  provider?: string;
  locations?: string[];
};

function locationLabel(location: LocationChoice): string {
  const city = location.city ? ` · ${location.city}` : '';
  return `${location.id}${city} (${location.country})`;
}

/**
 * Scaffolder field: pick a cloud provider and its locations from the provider
 * catalogue, seeing each location's country, whether it is in the EU/EEA and
 * whether clusters can be provisioned there.
 */
export function SovereignProviderLocationPicker(
  props: FieldExtensionComponentProps<ProviderPlacement>,
) {
  const { formData, onChange, schema, required, rawErrors, idSchema } = props;
  const catalogApi = useApi(catalogApiRef);
  const {
    value: entities,
    loading,
    error,
  } = useAsync(
    async () =>
      (await catalogApi.getEntities({ filter: { kind: CLOUD_PROVIDER_KIND } }))
        .items,
    [catalogApi],
  );
  // Without the catalog the shipped catalogue still lists every built-in provider.
  const providers = useMemo(() => providerChoices(entities ?? []), [entities]);
  const selected = providers.find(p => p.name === formData?.provider);
  const chosen = new Set(formData?.locations ?? []);
  const id = idSchema?.$id ?? 'placement';

  const toggle = (locationId: string, on: boolean) => {
    const next = selected!.locations
      .map(l => l.id)
      .filter(l => (l === locationId ? on : chosen.has(l)));
    onChange({ provider: selected!.name, locations: next });
  };

  return (
    <FormControl
      component="fieldset"
      required={required}
      error={!!rawErrors?.length}
      fullWidth
      margin="normal"
    >
      <FormLabel component="legend">
        {schema.title ?? 'Provider and locations'}
      </FormLabel>
      {schema.description && (
        <FormHelperText>{schema.description}</FormHelperText>
      )}
      <TextField
        id={`${id}-provider`}
        select
        label="Provider"
        value={selected ? selected.name : ''}
        onChange={event =>
          onChange({ provider: event.target.value, locations: [] })
        }
        disabled={loading}
        helperText={
          error
            ? `Could not read CloudProviders from the catalog, showing the shipped catalogue: ${error.message}`
            : undefined
        }
        margin="normal"
        fullWidth
      >
        {providers.map(provider => (
          <MenuItem key={provider.name} value={provider.name}>
            {provider.title}
            {provider.provisioning ? '' : ' (no provisioning path)'}
          </MenuItem>
        ))}
      </TextField>
      {selected && (
        <Box mt={1}>
          <Typography variant="body2" color="textSecondary">
            {selected.provisioning
              ? `Provisioned through ${selected.provisioning}`
              : 'No provisioning path is known for this provider; the plan will fail.'}
          </Typography>
          <FormGroup aria-label={`Locations at ${selected.title}`}>
            {selected.locations.map(location => (
              <FormControlLabel
                key={location.id}
                control={
                  <Checkbox
                    checked={chosen.has(location.id)}
                    onChange={(_, on) => toggle(location.id, on)}
                  />
                }
                label={
                  // The EU/EEA mark is part of the label, so it is read out with the location.
                  <Box display="flex" alignItems="center" gap={1}>
                    {locationLabel(location)}
                    <Chip
                      size="small"
                      variant="outlined"
                      color={location.euEea ? 'success' : 'warning'}
                      label={location.euEea ? 'EU/EEA' : 'outside EU/EEA'}
                    />
                  </Box>
                }
              />
            ))}
          </FormGroup>
        </Box>
      )}
      {rawErrors?.map(message => (
        <FormHelperText key={message}>{message}</FormHelperText>
      ))}
    </FormControl>
  );
}
