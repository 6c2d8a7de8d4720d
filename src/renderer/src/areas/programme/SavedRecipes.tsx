import { useState } from 'react'
import { useI18n } from '../../i18n/I18n'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useAction } from './use-action'

/**
 * The cleaning recipes a template brought: once the questionnaire is imported, its recipe is applied
 * in one step (variables matched by name and label; steps that cannot apply are listed).
 */
export function SavedRecipes() {
  const { t } = useI18n()
  const recipes = useCall('template:recipes', {})
  const datasets = useCall('survey:datasets', {})
  const [chosen, setChosen] = useState<Record<string, string>>({})
  const [done, setDone] = useState<string | null>(null)
  const { run, error, busy } = useAction()
  if (!recipes.data?.length) return null
  const apply = async (name: string) => {
    const dataset = chosen[name] ?? datasets.data?.find((d) => d.name === name)?.name
    if (!dataset) return
    const r = await run(() => call('template:applyRecipe', { name, dataset }))
    if (r) setDone(t('programme.recipes.applied', { count: r.steps, skipped: r.skipped.length, dataset }))
  }
  return (
    <section className="card" data-testid="saved-recipes">
      <h2>{t('programme.recipes.title')}</h2>
      <p className="hint">{t('programme.recipes.hint')}</p>
      <ul className="value-list">
        {recipes.data.map((r) => (
          <li key={r.dataset}>
            <strong>{r.dataset}</strong> <span className="muted">{t('programme.recipes.steps', { count: r.steps })}</span>{' '}
            <select
              value={chosen[r.dataset] ?? datasets.data?.find((d) => d.name === r.dataset)?.name ?? ''}
              aria-label={t('programme.recipes.dataset', { name: r.dataset })}
              onChange={(e) => setChosen({ ...chosen, [r.dataset]: e.target.value })}
            >
              <option value="">{datasets.data?.length ? '—' : t('programme.recipes.noDatasets')}</option>
              {datasets.data?.map((d) => (
                <option key={d.id} value={d.name}>
                  {d.name}
                </option>
              ))}
            </select>{' '}
            <button disabled={busy || !(chosen[r.dataset] ?? datasets.data?.some((d) => d.name === r.dataset))} onClick={() => void apply(r.dataset)}>
              {t('programme.recipes.apply')}
            </button>
          </li>
        ))}
      </ul>
      {done && (
        <p className="status-ok" role="status">
          {done}
        </p>
      )}
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
    </section>
  )
}
