import { useEffect, useRef } from 'react'
import type { AgreementDto, AgreementFigure } from '../../../../../shared/ipc/team'
import { useI18n } from '../../../i18n/I18n'
import { explain } from '../format'

const ORDER: AgreementFigure[] = [
  'units',
  'percent',
  'kappa',
  'percentCodedOnly',
  'kappaCodedOnly',
  'meanSourceKappa',
  'segments',
  'alpha',
  'multiValue'
]

/** "How to read these figures": the backend's explanation of each figure, in the current locale. */
export function ExplainPanel({ data, focus, onClose }: { data: AgreementDto; focus: AgreementFigure; onClose(): void }) {
  const i18n = useI18n()
  const box = useRef<HTMLElement>(null)
  // Scroll the panel only: scrollIntoView would also scroll the page and hide the table.
  useEffect(() => {
    const panel = box.current
    const item = panel?.querySelector<HTMLElement>(`[data-figure="${focus}"]`)
    if (panel && item) panel.scrollTop += item.getBoundingClientRect().top - panel.getBoundingClientRect().top - 40
  }, [focus])
  const figures = data.unit === 'character' ? ORDER.filter((f) => f !== 'multiValue') : ORDER
  return (
    <aside className="card explain-panel" ref={box} data-testid="explain-panel">
      <div className="explain-head">
        <h3>{i18n.t('team.explain.title')}</h3>
        <button className="link" aria-label={i18n.t('team.explain.close')} title={i18n.t('team.explain.close')} onClick={onClose} data-testid="explain-close">
          ×
        </button>
      </div>
      {figures.map((f) => (
        <section key={f} data-figure={f} className={f === focus ? 'explain-item focus' : 'explain-item'}>
          <h4>{i18n.t(`team.figure.${f}`)}</h4>
          <p data-testid={f === focus ? 'explain-focus' : undefined}>{explain(i18n, data.explanation[f])}</p>
        </section>
      ))}
    </aside>
  )
}
