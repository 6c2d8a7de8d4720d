import { useState } from 'react'
import type { SdgFrameworkDto } from '../../../../shared/ipc/programme'
import { useI18n } from '../../i18n/I18n'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useAction } from './use-action'

function withTarget(data: SdgFrameworkDto, code: string, on: boolean): SdgFrameworkDto {
  return {
    ...data,
    goals: data.goals.map((g) => ({ ...g, targets: g.targets.map((x) => (x.code === code ? { ...x, adopted: on } : x)) }))
  }
}

/** One goal: its colour, title, and targets to adopt; collapsed unless something of it is adopted. */
function GoalCard({ goal, toggle }: { goal: SdgFrameworkDto['goals'][number]; toggle(code: string, on: boolean): void }) {
  const { t } = useI18n()
  const [open, setOpen] = useState(goal.adopted)
  const adopted = goal.targets.filter((x) => x.adopted).length
  return (
    <div className={goal.adopted ? 'sdg sdg-goal adopted' : 'sdg sdg-goal'} style={{ borderColor: goal.color }} data-testid={`sdg-goal-${goal.number}`}>
      <button type="button" className="sdg-head" style={{ background: goal.color }} aria-expanded={open} onClick={() => setOpen(!open)} title={goal.fullTitle}>
        <span className="sdg-number">{goal.number}</span> {goal.title}
        {adopted > 0 && <span className="sdg-count">{t('programme.sdg.adoptedCount', { count: adopted })}</span>}
      </button>
      {open && (
        <div className="sdg-body">
          <p className="muted">{goal.fullTitle}</p>
          <ul className="sdg-targets-list">
            {goal.targets.map((x) => (
              <li key={x.code}>
                <label className="check">
                  <input type="checkbox" checked={x.adopted} data-testid={`sdg-target-${x.code}`} onChange={(e) => toggle(x.code, e.target.checked)} />
                  <strong>{x.code}</strong> {x.text}
                </label>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}

/**
 * The 2030 Agenda's 17 goals and 169 targets (UN text; UNRIC's Italian): the programme adopts the
 * targets it works towards, and indicators, actions and codes link to them.
 */
export function SdgTab() {
  const i18n = useI18n()
  const { t } = i18n
  const { data, reload, setData } = useCall('sdg:framework', { locale: i18n.locale }, [i18n.locale])
  const [onlyAdopted, setOnlyAdopted] = useState(false)
  const { run, error } = useAction()
  const toggle = async (code: string, on: boolean) => {
    // The box follows the click at once; main's answer (or its refusal) then sets the truth.
    if (data) setData(withTarget(data, code, on))
    const r = await run(() => call(on ? 'sdg:adopt' : 'sdg:unadopt', { codes: [code] }))
    void reload()
    return r
  }
  if (!data) return <p className="muted">{t('common.loading')}</p>
  const goals = onlyAdopted ? data.goals.filter((g) => g.adopted) : data.goals
  return (
    <section data-testid="sdg-tab">
      <div className="toolbar">
        <span data-testid="sdg-adopted">{data.adopted.length ? t('programme.sdg.adopted', { codes: data.adopted.join(', ') }) : t('programme.sdg.noneAdopted')}</span>
        <span className="toolbar-sep" />
        <label className="check">
          <input type="checkbox" checked={onlyAdopted} onChange={(e) => setOnlyAdopted(e.target.checked)} />
          {t('programme.sdg.onlyAdopted')}
        </label>
      </div>
      <p className="hint">{t('programme.sdg.source')}</p>
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      <div className="sdg-grid framework">
        {goals.map((g) => (
          <GoalCard key={g.number} goal={g} toggle={(code, on) => void toggle(code, on)} />
        ))}
      </div>
    </section>
  )
}
