import { useState, type FormEvent } from 'react'
import { AREA_PRESETS, type AreaDto, type AreaPreset, type ProgrammeDto } from '../../../../shared/ipc/programme'
import { useI18n } from '../../i18n/I18n'
import { call } from '../../lib/api'
import { useAction } from './use-action'

/** One area: its name editable in place, its place in the list, and what uses it. */
function AreaRow({ area, index, count, run, reload }: { area: AreaDto; index: number; count: number; run: ReturnType<typeof useAction>['run']; reload(): void }) {
  const { t } = useI18n()
  const [name, setName] = useState(area.name)
  const act = async (fn: () => Promise<unknown>) => {
    if ((await run(fn)) !== undefined) reload()
  }
  return (
    <li className="area-row" data-testid="area-row">
      <input
        value={name}
        maxLength={300}
        aria-label={t('programme.areas.rename', { name: area.name })}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => name.trim() !== area.name && void act(() => call('areas:rename', { id: area.id, name }))}
        onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
      />
      <span className="muted">
        {t('programme.areas.activities', { count: area.activities })}, {t('programme.areas.organisations', { count: area.organisations })}
      </span>
      <button className="link" disabled={index === 0} aria-label={t('programme.moveUp')} onClick={() => void act(() => call('areas:move', { id: area.id, to: index - 1 }))}>
        ↑
      </button>
      <button className="link" disabled={index === count - 1} aria-label={t('programme.moveDown')} onClick={() => void act(() => call('areas:move', { id: area.id, to: index + 1 }))}>
        ↓
      </button>
      <button className="link danger" onClick={() => void act(() => call('areas:delete', { id: area.id }))}>
        {t('common.delete')}
      </button>
    </li>
  )
}

/**
 * The territorial units of this programme (quartieri, comuni, circoscrizioni, municipi): typed as
 * a list or taken from a preset. Activities and organisations are placed in them; indicators
 * filter and break down by them.
 */
export function AreasTab({ data, reload }: { data: ProgrammeDto; reload(): void }) {
  const { t } = useI18n()
  const [text, setText] = useState('')
  const { run, error, busy } = useAction()
  async function add(e: FormEvent) {
    e.preventDefault()
    const names = text.split('\n').map((s) => s.trim()).filter(Boolean)
    if (!names.length) return
    if (await run(() => call('areas:add', { names }))) {
      setText('')
      reload()
    }
  }
  const preset = async (p: AreaPreset) => {
    if (await run(() => call('areas:preset', { preset: p }))) reload()
  }
  return (
    <section data-testid="areas-tab">
      <p className="hint">{t('programme.areas.hint')}</p>
      <div className="two-panels">
        <div>
          <h2>{t('programme.areas.title', { label: data.programme?.areaLabel ?? t('programme.areaUnit') })}</h2>
          {data.areas.length === 0 ? (
            <p className="muted">{t('programme.areas.none')}</p>
          ) : (
            <ol className="area-list">
              {data.areas.map((a, i) => (
                <AreaRow key={`${a.id}-${a.name}`} area={a} index={i} count={data.areas.length} run={run} reload={reload} />
              ))}
            </ol>
          )}
          {error && (
            <div className="form-error" role="alert" data-testid="areas-error">
              {error}
            </div>
          )}
        </div>
        <div className="card">
          <form onSubmit={add}>
            <label htmlFor="areas-new">{t('programme.areas.add')}</label>
            <textarea id="areas-new" rows={5} value={text} placeholder={t('programme.areas.placeholder')} data-testid="areas-new" onChange={(e) => setText(e.target.value)} />
            <div className="form-actions">
              <button type="submit" className="primary" disabled={busy || !text.trim()} data-testid="areas-add">
                {t('common.add')}
              </button>
            </div>
          </form>
          <p className="hint">{t('programme.areas.presets')}</p>
          <div className="toolbar">
            {AREA_PRESETS.map((p) => (
              <button key={p} onClick={() => void preset(p)} disabled={busy} data-testid={`areas-preset-${p}`}>
                {t(`programme.areas.preset.${p}`)}
              </button>
            ))}
          </div>
        </div>
      </div>
    </section>
  )
}
