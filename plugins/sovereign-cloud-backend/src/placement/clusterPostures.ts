import { SealLevel } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { PostureStore } from '../database/PostureStore';

/** Score and SEAL level of each assessed cluster, by lower-case entity ref. */
export async function clusterPostures(
  store: PostureStore,
): Promise<Map<string, { score: number; seal: SealLevel }>> {
  const rows = await store.listSummaries();
  return new Map(
    rows.map(row => [
      row.entityRef.toLocaleLowerCase('en-US'),
      {
        score: row.summary.score,
        seal: `SEAL-${row.summary.seal}` as SealLevel,
      },
    ]),
  );
}
