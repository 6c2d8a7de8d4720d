import { useState, type FormEvent, type KeyboardEvent } from 'react'
import type { ProgrammeDto, SectionDto } from '../../../../shared/ipc/programme'
import { useI18n } from '../../i18n/I18n'
import { call } from '../../lib/api'
import { useAction } from './use-action'

function SectionRow({ section, count, run, reload }: { section: SectionDto; count: number; run: ReturnType<typeof useAction>['run']; reload(): void }) {
  const { t, number } = useI18n()
  const [title, setTitle] = useState(section.title)
  const [titleEn, setTitleEn] = useState(section.titleEn ?? '')
  const act = async (fn: () => Promise<unknown>) => {
    if ((await run(fn)) !== undefined) reload()
  }
  const save = () => {
    if (title.trim() !== section.title || (titleEn.trim() || null) !== section.titleEn)
      void act(() => call('sections:update', { id: section.id, patch: { title, titleEn: titleEn.trim() || null } }))
  }
  const enter = (e: KeyboardEvent) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()
  return (
    <li className="section-row" data-testid="section-row">
      <span className="section-number">{section.number}.</span>
      <input value={title} maxLength={500} aria-label={t('programme.sections.title', { n: section.number })} data-testid="section-title" onChange={(e) => setTitle(e.target.value)} onBlur={save} onKeyDown={enter} />
      <input value={titleEn} maxLength={500} placeholder={t('programme.sections.titleEn')} aria-label={t('programme.sections.titleEnOf', { n: section.number })} onChange={(e) => setTitleEn(e.target.value)} onBlur={save} onKeyDown={enter} />
      <span className="muted">{t('programme.sections.contents', { indicators: number(section.indicators), tables: number(section.tables) })}</span>
      <button className="link" disabled={section.number === 1} aria-label={t('programme.moveUp')} onClick={() => void act(() => call('sections:move', { id: section.id, to: section.number - 1 }))}>
        ↑
      </button>
      <button className="link" disabled={section.number === count} aria-label={t('programme.moveDown')} onClick={() => void act(() => call('sections:move', { id: section.id, to: section.number + 1 }))}>
        ↓
      </button>
      <button className="link danger" title={t('programme.sections.deleteHint')} onClick={() => void act(() => call('sections:delete', { id: section.id }))}>
        {t('common.delete')}
      </button>
    </li>
  )
}

/** The report's sections in order: renamed in place, moved up and down, removed (their tables stay). */
export function SectionsTab({ data, reload }: { data: ProgrammeDto; reload(): void }) {
  const { t } = useI18n()
  const [title, setTitle] = useState('')
  const { run, error, busy } = useAction()
  async function add(e: FormEvent) {
    e.preventDefault()
    if (await run(() => call('sections:create', { title }))) {
      setTitle('')
      reload()
    }
  }
  return (
    <section data-testid="sections-tab">
      <p className="hint">{t('programme.sections.hint')}</p>
      {data.sections.length === 0 && <p className="muted">{t('programme.sections.none')}</p>}
      <ol className="section-list">
        {data.sections.map((s) => (
          <SectionRow key={`${s.id}-${s.number}-${s.title}`} section={s} count={data.sections.length} run={run} reload={reload} />
        ))}
      </ol>
      <form className="toolbar" onSubmit={add}>
        <input value={title} maxLength={500} size={50} placeholder={t('programme.sections.new')} aria-label={t('programme.sections.new')} data-testid="section-new" onChange={(e) => setTitle(e.target.value)} />
        <button type="submit" className="primary" disabled={busy || !title.trim()} data-testid="section-add">
          {t('common.add')}
        </button>
      </form>
      {error && (
        <div className="form-error" role="alert" data-testid="sections-error">
          {error}
        </div>
      )}
    </section>
  )
}
