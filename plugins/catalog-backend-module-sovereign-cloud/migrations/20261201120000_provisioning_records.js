// @ts-check

/**
 * Provisioning records: clusters requested through the suite that Cluster API
 * may not show yet. The catalog module emits them as SovereignClusters in
 * phase Provisioning until discovery finds them.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(
    'sovereign_cloud_provisioning_records',
    table => {
      table.comment(
        'Clusters being provisioned, until Cluster API discovery finds them',
      );
      table
        .string('id', 255)
        .primary()
        .notNullable()
        .comment('Id of the provisioning run');
      table
        .string('entity_ref', 255)
        .notNullable()
        .comment('Entity ref of the planned SovereignCluster');
      table
        .text('entity')
        .notNullable()
        .comment('The planned SovereignCluster, as JSON');
      table
        .timestamp('requested_at', { useTz: true, precision: 3 })
        .notNullable()
        .comment('When provisioning was requested');
      table.index(
        ['entity_ref'],
        'sovereign_cloud_provisioning_records_entity_ref_idx',
      );
    },
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('sovereign_cloud_provisioning_records');
};
