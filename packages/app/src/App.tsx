import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import sovereignCloudPlugin, {
  sovereignCloudKubernetesModule,
} from '@sovereign-cloud/plugin-sovereign-cloud/alpha';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';

export default createApp({
  features: [
    catalogPlugin,
    navModule,
    homeModule,
    sovereignCloudKubernetesModule,
    // Posture card and Sovereignty tab on clusters, meshes and components; the fleet page.
    sovereignCloudPlugin,
  ],
});
