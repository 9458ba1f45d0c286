/**
 * Backend plugin of the sovereign-cloud suite: sovereignty posture of
 * clusters, meshes and components, the fleet summary, posture history and
 * scheduled evidence collection.
 *
 * @packageDocumentation
 */

export {
  sovereignCloudPlugin as default,
  POSTURE_REFRESH_TASK_ID,
  FLEET_INDEX_TASK_ID,
} from './plugin';
