import type { KubernetesObject } from '../../kubernetes/types';
import { planAddons } from './planAddons';
import { renderArgoCd } from './renderArgoCd';
import { renderFlux } from './renderFlux';
import { resolveAddonSources } from './sources';
import type { AddonBundle, AddonRequest } from './types';
import { validateAddonRequest } from './validateAddonRequest';

/**
 * Renders the add-ons of a cluster for GitOps delivery: the entry object for
 * the management cluster and the directories it reconciles. Throws an
 * `InputError` naming the field when the request is invalid.
 *
 * @public
 */
export function renderAddonBundle(request: AddonRequest): AddonBundle {
  validateAddonRequest(request);
  const addons = planAddons(request);
  const sources = resolveAddonSources(request.sources);
  return (request.delivery ?? 'flux') === 'argocd'
    ? renderArgoCd(request, addons, sources)
    : renderFlux(request, addons, sources);
}

/**
 * All rendered add-on objects in one list: the entry object first, then the
 * management-cluster delivery objects, then the workload-cluster objects.
 * Use {@link renderAddonBundle} to learn which cluster each object targets.
 *
 * @public
 */
export function renderAddons(request: AddonRequest): KubernetesObject[] {
  const bundle = renderAddonBundle(request);
  return [bundle.entrypoint, ...bundle.files.flatMap(file => file.objects)];
}
