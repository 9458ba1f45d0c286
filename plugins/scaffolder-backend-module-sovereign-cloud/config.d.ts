// The sovereign-cloud scaffolder actions take no configuration yet: provider
// settings (project and network ids) come with each request, credentials stay
// in Secrets of the management cluster.
export interface Config {}
