// @ts-check

/**
 * Provisioning records: clusters asked for through the suite, until Cluster
 * API shows them, and the ClusterMesh slots (cluster ID, pod and service
 * CIDRs) reserved for them, unique within each mesh.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(
    'sovereign_cloud_provisioning_records',
    table => {
      table.comment('Clusters asked for through the suite, one per entity');
      table
        .string('entity_ref', 255)
        .primary()
        .notNullable()
        .comment('Lower-case entity ref of the planned SovereignCluster');
      table
        .string('id', 255)
        .notNullable()
        .comment('Id of the latest provisioning run (scaffolder task)');
      table.text('entity').notNullable().comment('The planned entity as JSON');
      table.string('mode', 16).nullable();
      table.string('requested_by', 255).nullable();
      table
        .timestamp('requested_at', { useTz: true, precision: 3 })
        .notNullable();
    },
  );

  await knex.schema.createTable('sovereign_cloud_mesh_slots', table => {
    table.comment('ClusterMesh slots reserved for clusters of a mesh');
    table.string('mesh_ref', 255).notNullable();
    table.string('cluster_ref', 255).notNullable();
    table.integer('cluster_id').notNullable();
    table.string('pod_cidr', 64).notNullable();
    table.string('service_cidr', 64).notNullable();
    table.timestamp('reserved_at', { useTz: true, precision: 3 }).notNullable();
    table.primary(['mesh_ref', 'cluster_ref']);
    // Two clusters racing for a slot: the database refuses the second.
    table.unique(['mesh_ref', 'cluster_id'], {
      indexName: 'sovereign_cloud_mesh_slots_id_uq',
    });
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('sovereign_cloud_mesh_slots');
  await knex.schema.dropTable('sovereign_cloud_provisioning_records');
};
