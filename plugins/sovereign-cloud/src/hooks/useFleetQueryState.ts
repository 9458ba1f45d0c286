import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  FleetSortField,
  FleetSummaryQuery,
  Seal,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** Rows per page of the fleet table. */
export const FLEET_PAGE_SIZE = 100;

const SORT_FIELDS: FleetSortField[] = [
  'name',
  'score',
  'seal',
  'provider',
  'country',
  'mesh',
  'assessedAt',
];

/** The fleet page's filters, search, sort and page, as kept in the URL. */
export type FleetQueryState = {
  provider: string[];
  country: string[];
  seal: Seal[];
  mesh: string[];
  q: string;
  sort?: FleetSortField;
  order?: 'asc' | 'desc';
  offset: number;
};

const list = (params: URLSearchParams, key: string): string[] =>
  params
    .getAll(key)
    .flatMap(v => v.split(','))
    .map(v => v.trim())
    .filter(Boolean);

/** Reads the state from URL parameters, dropping values it cannot use. */
export function parseFleetQuery(params: URLSearchParams): FleetQueryState {
  const sort = params.get('sort') as FleetSortField | null;
  const order = params.get('order');
  const offset = Number(params.get('offset') ?? 0);
  return {
    provider: list(params, 'provider'),
    country: list(params, 'country'),
    seal: list(params, 'seal')
      .map(Number)
      .filter((n): n is Seal => Number.isInteger(n) && n >= 0 && n <= 4),
    mesh: list(params, 'mesh'),
    q: params.get('q') ?? '',
    sort: sort && SORT_FIELDS.includes(sort) ? sort : undefined,
    order: order === 'asc' || order === 'desc' ? order : undefined,
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** Writes the state as URL parameters; empty values are left out. */
export function fleetQueryToParams(state: FleetQueryState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['provider', 'country', 'seal', 'mesh'] as const) {
    if (state[key].length > 0) params.set(key, state[key].join(','));
  }
  if (state.q) params.set('q', state.q);
  if (state.sort) params.set('sort', state.sort);
  if (state.order) params.set('order', state.order);
  if (state.offset > 0) params.set('offset', String(state.offset));
  return params;
}

/** The API query of one page for the state. */
export function toFleetSummaryQuery(state: FleetQueryState): FleetSummaryQuery {
  return {
    provider: state.provider,
    country: state.country,
    seal: state.seal,
    mesh: state.mesh,
    q: state.q || undefined,
    sort: state.sort,
    order: state.order,
    offset: state.offset,
    limit: FLEET_PAGE_SIZE,
  };
}

/**
 * The fleet page state kept in the URL query, so views can be shared and
 * survive reloads. Any change but paging returns to the first page.
 */
export function useFleetQueryState(): [
  FleetQueryState,
  (change: Partial<FleetQueryState>) => void,
] {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const state = useMemo(() => parseFleetQuery(new URLSearchParams(key)), [key]);
  const update = useCallback(
    (change: Partial<FleetQueryState>) => {
      const next = { ...state, ...change };
      if (!('offset' in change)) next.offset = 0;
      setParams(fleetQueryToParams(next));
    },
    [state, setParams],
  );
  return [state, update];
}
