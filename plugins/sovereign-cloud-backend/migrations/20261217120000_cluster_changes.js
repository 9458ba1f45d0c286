// @ts-check

/**
 * Day-2 changes of clusters (upgrades, node pools, add-ons, decommissioning)
 * with the diff the reviewer saw, and the ClusterRequest each provisioning
 * record was planned from (null for records saved before: still readable).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('sovereign_cloud_cluster_changes', table => {
    table.comment('Day-2 changes of clusters, one per run');
    table
      .string('id', 255)
      .primary()
      .notNullable()
      .comment('Id of the run (scaffolder task id or checkpoint key)');
    table
      .string('cluster_ref', 255)
      .notNullable()
      .comment('Lower-case entity ref of the SovereignCluster');
    table.string('kind', 32).notNullable();
    table.string('status', 32).notNullable();
    table.text('summary').notNullable();
    table.text('diff').notNullable().comment('ObjectDiff[] as JSON');
    table.string('mode', 16).nullable();
    table.string('requested_by', 255).nullable();
    table
      .timestamp('requested_at', { useTz: true, precision: 3 })
      .notNullable();
    table.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
    table.text('error').nullable();
    table.index(['cluster_ref'], 'sovereign_cloud_cluster_changes_cluster_idx');
    table.index(['status'], 'sovereign_cloud_cluster_changes_status_idx');
  });

  await knex.schema.alterTable(
    'sovereign_cloud_provisioning_records',
    table => {
      table
        .text('request')
        .nullable()
        .comment('The ClusterRequest the cluster was planned from, as JSON');
    },
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable(
    'sovereign_cloud_provisioning_records',
    table => {
      table.dropColumn('request');
    },
  );
  await knex.schema.dropTable('sovereign_cloud_cluster_changes');
};
