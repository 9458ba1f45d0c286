import {
  FacetCount,
  FleetSummaryResponse,
  ProviderConcentration,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { FleetQuery } from './fleetQuery';
import { FleetRow, FleetView } from './FleetIndex';

function matches(row: FleetRow, query: FleetQuery): boolean {
  const s = row.summary;
  if (
    query.provider.size > 0 &&
    !row.providersLower.some(p => query.provider.has(p))
  )
    return false;
  if (query.country.size > 0 && !s.countries.some(c => query.country.has(c)))
    return false;
  if (query.seal.size > 0 && (s.seal === null || !query.seal.has(s.seal)))
    return false;
  if (query.mesh.size > 0 && (!s.mesh || !query.mesh.has(s.mesh))) return false;
  if (query.q && !row.search.includes(query.q)) return false;
  return true;
}

class Counter {
  readonly #counts = new Map<string, number>();
  add(value: string) {
    this.#counts.set(value, (this.#counts.get(value) ?? 0) + 1);
  }
  facets(): FacetCount[] {
    return [...this.#counts.entries()]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  }
}

/**
 * Filters, sorts and pages the fleet. Facets and provider concentration
 * cover every matching cluster, not only the page. `visible` limits the
 * fleet to the clusters the caller may see (undefined: all).
 */
export function queryFleet(
  view: FleetView,
  query: FleetQuery,
  visible?: ReadonlySet<string>,
): FleetSummaryResponse {
  const provider = new Counter();
  const country = new Counter();
  const seal = new Counter();
  const mesh = new Counter();
  const concentration = new Map<string, { clusters: number; vcpu: number }>();
  let totalVcpu = 0;
  const items = [];
  let totalItems = 0;
  const end = query.offset + query.limit;

  for (const row of view.sorted(query.sort, query.order)) {
    if (visible && !visible.has(row.key)) continue;
    if (!matches(row, query)) continue;
    if (totalItems >= query.offset && totalItems < end) items.push(row.summary);
    totalItems += 1;
    const s = row.summary;
    for (const p of s.providers) {
      provider.add(p);
      const c = concentration.get(p) ?? { clusters: 0, vcpu: 0 };
      c.clusters += 1;
      c.vcpu += row.vcpuByProvider[p] ?? 0;
      concentration.set(p, c);
    }
    for (const c of s.countries) country.add(c);
    if (s.seal !== null) seal.add(String(s.seal));
    if (s.mesh) mesh.add(s.mesh);
    totalVcpu += s.vcpu;
  }

  const providerConcentration: ProviderConcentration[] = [
    ...concentration.entries(),
  ]
    .map(([p, c]) => ({
      provider: p,
      clusters: c.clusters,
      vcpu: c.vcpu,
      share: totalVcpu > 0 ? c.vcpu / totalVcpu : 0,
    }))
    .sort(
      (a, b) =>
        b.vcpu - a.vcpu ||
        b.clusters - a.clusters ||
        (a.provider < b.provider ? -1 : 1),
    );

  return {
    items,
    totalItems,
    offset: query.offset,
    limit: query.limit,
    weightProfile: view.profile.id,
    facets: {
      provider: provider.facets(),
      country: country.facets(),
      seal: seal.facets(),
      mesh: mesh.facets(),
    },
    providerConcentration,
  };
}
