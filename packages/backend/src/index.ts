/*
 * Hi!
 *
 * Note that this is an EXAMPLE Backstage backend. Please check the README.
 *
 * Happy hacking!
 */

import { createBackend } from '@backstage/backend-defaults';
import { demoLiveClusterFeatures } from './demo/demoLiveClusterFeatures';

const backend = createBackend();

// The demo portal's live cluster (a Kubernetes test server with fixtures, and Prometheus when
// installed) when sovereignCloud.demo.liveCluster.enabled; otherwise the usual root config.
const demoLiveCluster = demoLiveClusterFeatures();
backend.add(demoLiveCluster.rootConfig);
backend.add(demoLiveCluster.stopOnShutdown);

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

// scaffolder plugin
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
backend.add(
  import('@backstage/plugin-scaffolder-backend-module-notifications'),
);
// sovereign cloud: sovereign-cloud:cluster:plan (manifests, entity and posture preview)
backend.add(
  import('@sovereign-cloud/plugin-scaffolder-backend-module-sovereign-cloud'),
);

// techdocs plugin
backend.add(import('@backstage/plugin-techdocs-backend'));

// auth plugin
backend.add(import('@backstage/plugin-auth-backend'));
// See https://backstage.io/docs/backend-system/building-backends/migrating#the-auth-plugin
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
// See https://backstage.io/docs/auth/guest/provider

// catalog plugin
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);

// sovereign cloud: SovereignCluster and CloudProvider kinds, the provider catalogue, clusters
// from config, provisioning records and Cluster API management clusters
backend.add(
  import('@sovereign-cloud/plugin-catalog-backend-module-sovereign-cloud'),
);
// sovereign cloud: posture of clusters, meshes and components, the fleet summary, posture
// history and scheduled evidence collection (REST API under /api/sovereign-cloud)
backend.add(import('@sovereign-cloud/plugin-sovereign-cloud-backend'));

// See https://backstage.io/docs/features/software-catalog/configuration#subscribing-to-catalog-errors
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

// permission plugin
backend.add(import('@backstage/plugin-permission-backend'));
// See https://backstage.io/docs/permissions/getting-started for how to create your own permission policy
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);

// search plugin
backend.add(import('@backstage/plugin-search-backend'));

// search engine
// See https://backstage.io/docs/features/search/search-engines
backend.add(import('@backstage/plugin-search-backend-module-pg'));

// search collators
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));

// kubernetes plugin
backend.add(import('@backstage/plugin-kubernetes-backend'));
// sovereign clusters in the Kubernetes tab, each component sent to the clusters it depends on
backend.add(
  import('@sovereign-cloud/plugin-kubernetes-backend-module-sovereign-cloud'),
);

// user settings plugin
backend.add(import('@backstage/plugin-user-settings-backend'));

// notifications and signals plugins
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// mcp actions plugin
backend.add(import('@backstage/plugin-mcp-actions-backend'));

backend.start();
