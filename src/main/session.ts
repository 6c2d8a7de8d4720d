import fs from 'node:fs'
import { EsitiError } from '../shared/errors'
import type { AppSettingsDto, RecentProject } from '../shared/ipc/project'
import { openProjectFile, type ProjectFile } from './db/project-file'
import { makeCtx, type Ctx } from './services/context'
import type { ProgressSink } from '../shared/progress'
import { savedLocale, settingsFile } from './saved-locale'

const MAX_RECENT = 10

export interface SessionOptions {
  /** Told whenever the open project changes (its path, or null when none is open). */
  onProjectChange?(path: string | null): void
}

/** App-level state of the desktop face: the open project, the current coder, locale and recents. */
export class Session {
  private project: ProjectFile | null = null
  private settings: AppSettingsDto

  constructor(
    private readonly settingsDir: string,
    private readonly options: SessionOptions = {}
  ) {
    this.settings = this.load()
  }

  private get file(): string {
    return settingsFile(this.settingsDir)
  }

  private load(): AppSettingsDto {
    const defaults: AppSettingsDto = { locale: 'it', coder: 'Valutatore', recent: [] }
    try {
      const raw = JSON.parse(fs.readFileSync(this.file, 'utf8')) as Partial<AppSettingsDto>
      return {
        locale: savedLocale(this.settingsDir),
        coder: typeof raw.coder === 'string' && raw.coder.trim() ? raw.coder : defaults.coder,
        recent: Array.isArray(raw.recent) ? raw.recent.filter((r) => typeof r?.path === 'string').slice(0, MAX_RECENT) : []
      }
    } catch {
      return defaults
    }
  }

  private save(): void {
    fs.mkdirSync(this.settingsDir, { recursive: true })
    const tmp = this.file + '.tmp'
    fs.writeFileSync(tmp, JSON.stringify(this.settings, null, 2))
    fs.renameSync(tmp, this.file)
  }

  getSettings(): AppSettingsDto {
    return structuredClone(this.settings)
  }

  setLocale(locale: 'it' | 'en'): AppSettingsDto {
    this.settings.locale = locale
    this.save()
    return this.getSettings()
  }

  setCoder(coder: string): AppSettingsDto {
    this.settings.coder = coder
    this.save()
    return this.getSettings()
  }

  isRecent(p: string): boolean {
    return this.settings.recent.some((r) => r.path === p)
  }

  async open(file: string, create = false): Promise<ProjectFile> {
    const next = await openProjectFile(file, { create, actor: this.settings.coder })
    this.close()
    this.project = next
    this.options.onProjectChange?.(next.path)
    this.remember(next)
    return next
  }

  remember(project: ProjectFile): void {
    const name = (project.sqlite.prepare('SELECT name FROM programmes LIMIT 1').get() as { name: string } | undefined)?.name
    const entry: RecentProject = { path: project.path, name: name ?? null, openedAt: new Date().toISOString() }
    this.settings.recent = [entry, ...this.settings.recent.filter((r) => r.path !== project.path)].slice(0, MAX_RECENT)
    this.save()
  }

  current(): ProjectFile | null {
    return this.project
  }

  ctx(progress?: ProgressSink): Ctx {
    if (!this.project) throw new EsitiError('INVALID_INPUT', 'core.noProjectOpen')
    return makeCtx(this.project, this.settings.coder, progress)
  }

  close(): void {
    if (!this.project) return
    this.project.close()
    this.project = null
    this.options.onProjectChange?.(null)
  }
}
