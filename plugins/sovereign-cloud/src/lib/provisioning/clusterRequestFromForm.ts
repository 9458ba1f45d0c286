/**
 * The cluster request a provisioning template's form describes. The form
 * uses the field names of the shipped template (see the plugin README):
 * `placement` ({provider, locations}) from SovereignProviderLocationPicker,
 * `managementCluster` and `managementNamespace`, and the request's own names
 * for everything else. The result is unchecked; `parseClusterRequest` checks it.
 */
export function clusterRequestFromForm(
  formData: Record<string, unknown>,
): Record<string, unknown> {
  const placement = (formData.placement ?? {}) as {
    provider?: unknown;
    locations?: unknown;
  };
  const request: Record<string, unknown> = {
    name: formData.name,
    owner: formData.owner,
    provider: placement.provider,
    locations: placement.locations,
    kubernetesVersion: formData.kubernetesVersion,
    controlPlane: formData.controlPlane,
    nodePools: formData.nodePools,
    network: formData.network,
    storage: formData.storage,
    observability: formData.observability,
    management: {
      managementCluster: formData.managementCluster,
      namespace: formData.managementNamespace,
    },
  };
  if (formData.policy !== undefined) request.policy = formData.policy;
  return request;
}
