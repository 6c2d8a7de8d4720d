import fs from 'node:fs'
import path from 'node:path'
import { EsitiError } from '../shared/errors'
import type { AppSettingsDto, RecentProject } from '../shared/ipc/project'
import { openProjectFile, type ProjectFile } from './db/project-file'
import { setPassphraseProvider } from './db/encryption'
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
  /** The encrypted project the last open could not open without (the right) passphrase: project:unlock opens it. */
  private locked: string | null = null
  /**
   * Passphrases the user typed for other encrypted files (a template, a colleague's copy to merge),
   * by absolute path: kept in this process's memory only, never written, until the project closes.
   */
  private readonly others = new Map<string, string>()
  /** The last other encrypted file a passphrase was asked for: project:otherPassphrase names it. */
  private asked: string | null = null

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

  async open(file: string, create = false, passphrase?: string): Promise<ProjectFile> {
    let next: ProjectFile
    try {
      next = await openProjectFile(file, { create, actor: this.settings.coder, passphrase })
    } catch (e) {
      const code = (e as { code?: string }).code
      if (code === 'PASSPHRASE_REQUIRED' || code === 'WRONG_PASSPHRASE') this.locked = path.resolve(file)
      throw e
    }
    this.locked = null
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

  /** Opens the encrypted project an open was refused for, with the passphrase the user typed. */
  async unlock(passphrase: string): Promise<ProjectFile> {
    if (!this.locked) throw new EsitiError('INVALID_INPUT', 'core.noProjectOpen')
    return this.open(this.locked, false, passphrase)
  }

  /**
   * For an encrypted file met while this project is open (the other copy of a merge, a template):
   * the passphrase the user typed for that file, else the open project's, which a team usually
   * shares. A wrong one is named as such, and the window asks for the file's own.
   */
  passphraseFor(file: string): string | undefined {
    const abs = path.resolve(file)
    this.asked = abs
    return this.others.get(abs) ?? this.project?.cipherPassphrase
  }

  /** The passphrase of the other encrypted file last asked for; the window then repeats its call. */
  setOtherPassphrase(passphrase: string): void {
    if (!this.asked) throw new EsitiError('INVALID_INPUT', 'encryption.noFileAsked')
    this.others.set(this.asked, passphrase)
  }

  /** Makes this session the process's source of passphrases for encrypted files opened by a service. */
  providePassphrases(): void {
    setPassphraseProvider(async (file) => this.passphraseFor(file))
  }

  /**
   * Work that replaces the open project's file (encrypting, decrypting; it closes the project): the
   * project is reopened afterwards, with `passphrase` if the work succeeded, as it was if it failed.
   */
  async rewrite<T>(work: (project: ProjectFile) => Promise<T>, passphrase: string | undefined): Promise<T> {
    const project = this.project
    if (!project) throw new EsitiError('INVALID_INPUT', 'core.noProjectOpen')
    this.project = null
    let after = project.cipherPassphrase
    try {
      const result = await work(project)
      after = passphrase
      return result
    } finally {
      project.close()
      try {
        this.project = await openProjectFile(project.path, { actor: this.settings.coder, passphrase: after })
      } catch (e) {
        this.options.onProjectChange?.(null)
        // eslint-disable-next-line no-unsafe-finally
        throw e
      }
    }
  }

  current(): ProjectFile | null {
    return this.project
  }

  ctx(progress?: ProgressSink): Ctx {
    if (!this.project) throw new EsitiError('INVALID_INPUT', 'core.noProjectOpen')
    return makeCtx(this.project, this.settings.coder, progress)
  }

  close(): void {
    // Passphrases typed for other files go with the project they were typed for.
    this.others.clear()
    this.asked = null
    if (!this.project) return
    this.project.close()
    this.project = null
    this.options.onProjectChange?.(null)
  }
}
