import type { Migration } from 'kysely/migration'
import { m0001 } from './0001-init'
import { m0002 } from './0002-coding-read-indexes'
import { m0003 } from './0003-column-cache'
import { m0004 } from './0004-op-log-message'
import { m0005 } from './0005-programme-setup'
import { m0006 } from './0006-survey-messages'
import { m0008 } from './0008-coding-media'
import { m0009 } from './0009-privacy'
import { m0010 } from './0010-column-data-variable-index'
import { m0007 } from './0007-table-stats'
import { m0011 } from './0011-team-sync'

/**
 * Static migration list: bundled into out/main and read by the CLI alike, no folder scanning.
 * Names are frozen once landed; add new ones at the end.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-init': m0001,
  '0002-coding-read-indexes': m0002,
  '0003-column-cache': m0003,
  '0004-op-log-message': m0004,
  '0005-programme-setup': m0005,
  '0006-survey-messages': m0006,
  '0008-coding-media': m0008,
  '0009-privacy': m0009,
  '0010-column-data-variable-index': m0010,
  '0007-table-stats': m0007,
  '0011-team-sync': m0011
}

export const LATEST_MIGRATION = Object.keys(MIGRATIONS).sort().at(-1) as string
