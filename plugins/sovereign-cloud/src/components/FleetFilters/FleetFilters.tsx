import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import { parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import {
  FacetCount,
  FleetSummaryResponse,
  Seal,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { FleetQueryState } from '../../hooks/useFleetQueryState';

const SEARCH_DEBOUNCE_MS = 300;

/** `2` or `SEAL-2` as the number the query takes. */
function sealOf(value: string): Seal | undefined {
  const n = Number(value.replace(/^SEAL-/i, ''));
  return Number.isInteger(n) && n >= 0 && n <= 4 ? (n as Seal) : undefined;
}

/** `resource:default/eu-core` as `eu-core`; other namespaces stay visible. */
function meshLabel(value: string): string {
  try {
    return humanizeEntityRef(
      parseEntityRef(value, { defaultKind: 'Resource' }),
      {
        defaultKind: 'Resource',
      },
    );
  } catch {
    return value;
  }
}

const same = (value: string) => value;

/**
 * A multiple choice over facet values, labelled with their counts; values
 * selected but without matches stay listed (count 0) so they can be removed.
 */
function MultiSelect(props: {
  label: string;
  facets: FacetCount[];
  value: string[];
  onChange: (value: string[]) => void;
  labelOf?: (value: string) => string;
}) {
  const { label, facets, value, onChange, labelOf = same } = props;
  const listed = new Set(facets.map(f => f.value));
  const choices = [
    ...facets,
    ...value.filter(v => !listed.has(v)).map(v => ({ value: v, count: 0 })),
  ];
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      sx={{ minWidth: 160 }}
      SelectProps={{
        multiple: true,
        renderValue: selected => (selected as string[]).map(labelOf).join(', '),
      }}
      onChange={e => {
        const v = e.target.value as unknown as string | string[];
        onChange(typeof v === 'string' ? v.split(',') : v);
      }}
    >
      {choices.map(c => (
        <MenuItem key={c.value} value={c.value}>
          {labelOf(c.value)} ({c.count})
        </MenuItem>
      ))}
    </TextField>
  );
}

/**
 * Filters of the fleet page; the choices and counts are the facets the
 * backend computed over the filtered fleet.
 */
export function FleetFilters(props: {
  facets?: FleetSummaryResponse['facets'];
  value: FleetQueryState;
  onChange: (change: Partial<FleetQueryState>) => void;
}) {
  const { value, onChange } = props;
  const facets = props.facets ?? {
    provider: [],
    country: [],
    seal: [],
    mesh: [],
  };
  const [search, setSearch] = useState(value.q);

  // Follow the URL (back button, "Clear filters").
  useEffect(() => setSearch(value.q), [value.q]);

  useEffect(() => {
    if (search === value.q) return undefined;
    const timer = setTimeout(
      () => onChange({ q: search.trim() }),
      SEARCH_DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [search, value.q, onChange]);

  const sealLabel = (v: string) => `SEAL-${sealOf(v) ?? v}`;
  const selectedSeals = value.seal.map(String);
  const sealFacets = facets.seal.map(f => ({
    ...f,
    value: String(sealOf(f.value) ?? f.value),
  }));
  const filtered =
    value.provider.length +
      value.country.length +
      value.seal.length +
      value.mesh.length >
      0 || value.q !== '';

  return (
    <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap>
      <TextField
        size="small"
        type="search"
        label="Search clusters"
        placeholder="name, title or reference"
        value={search}
        onChange={e => setSearch(e.target.value)}
        sx={{ minWidth: 240 }}
      />
      <MultiSelect
        label="Provider"
        facets={facets.provider}
        value={value.provider}
        onChange={provider => onChange({ provider })}
      />
      <MultiSelect
        label="Country"
        facets={facets.country}
        value={value.country}
        onChange={country => onChange({ country })}
      />
      <MultiSelect
        label="SEAL"
        facets={sealFacets}
        labelOf={sealLabel}
        value={selectedSeals}
        onChange={seals =>
          onChange({
            seal: seals.map(sealOf).filter((s): s is Seal => s !== undefined),
          })
        }
      />
      <MultiSelect
        label="Mesh"
        facets={facets.mesh}
        labelOf={meshLabel}
        value={value.mesh}
        onChange={mesh => onChange({ mesh })}
      />
      {filtered && (
        <Button
          onClick={() =>
            onChange({ provider: [], country: [], seal: [], mesh: [], q: '' })
          }
        >
          Clear filters
        </Button>
      )}
    </Stack>
  );
}
