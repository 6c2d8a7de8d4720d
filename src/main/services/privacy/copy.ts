import fs from 'node:fs'
import type { ProjectFile } from '../../db/project-file'

/** A consistent copy of the open project in a new file (SQLite's VACUUM INTO: no free pages, no journal). */
export function copyProjectTo(project: ProjectFile, dest: string): void {
  if (fs.existsSync(dest)) fs.rmSync(dest)
  project.sqlite.exec(`VACUUM INTO '${dest.replace(/'/g, "''")}'`)
}
