import type { ColumnType, Generated } from 'kysely'

/** The team server's tables (schema `esiti`, see migrations/0001-team-server.ts), as kysely sees them. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type Nullable<T> = T | null

export interface ProjectsTable {
  id: string
  name: string
  created_at: Generated<Date>
  created_by: Generated<string>
  baseline_hash: Nullable<string>
  baseline_seq: ColumnType<string, string | number | undefined, string | number>
  baseline_at: Nullable<Timestamp>
  baseline_schema: Nullable<string>
  op_format: Generated<number>
}
export interface MembersTable {
  project_id: string
  role_name: string
  display_name: Nullable<string>
  is_lead: Generated<boolean>
  blind: Generated<boolean>
  revealed_at: Nullable<Timestamp>
  added_at: Generated<Date>
  added_by: Generated<string>
  removed_at: Nullable<Timestamp>
  removed_by: Nullable<string>
}
export interface ReplicasTable {
  project_id: string
  replica_id: string
  role_name: Generated<string>
  first_seen: Generated<Date>
  last_sync_at: Nullable<Timestamp>
  last_push_at: Nullable<Timestamp>
  last_local_seq: ColumnType<string, string | number | undefined, string | number>
  last_op_id: Nullable<string>
  app_version: Nullable<string>
}
export interface OpsTable {
  seq: Generated<string>
  project_id: string
  op_id: string
  replica_id: string
  local_seq: Nullable<ColumnType<string, string | number, string | number>>
  hlc: string
  actor: string
  author: string
  pushed_by: Generated<string>
  kind: string
  summary: string
  message: Nullable<string>
  scope: Nullable<string>
  changes: string
  pushed_at: Generated<Date>
}
export interface BlobsTable {
  project_id: string
  hash: string
  size: ColumnType<string, string | number, string | number>
  chunks: number
  complete: Generated<boolean>
  created_at: Generated<Date>
}
export interface BlobChunksTable {
  project_id: string
  hash: string
  idx: number
  data: Buffer
}

export interface ServerDB {
  'esiti.projects': ProjectsTable
  'esiti.members': MembersTable
  'esiti.replicas': ReplicasTable
  'esiti.ops': OpsTable
  'esiti.blobs': BlobsTable
  'esiti.blob_chunks': BlobChunksTable
}
