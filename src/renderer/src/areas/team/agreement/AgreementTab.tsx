import { useEffect, useState } from 'react'
import type { AgreementDto, AgreementFigure, AgreementLevel, AgreementUnit } from '../../../../../shared/ipc/team'
import { call } from '../../../lib/api'
import { useJob } from '../../../components/JobProgress'
import { useI18n } from '../../../i18n/I18n'
import { PickList } from '../PickList'
import type { TeamLists } from '../use-team-lists'
import { AgreementTable } from './AgreementTable'
import { AgreementSummary } from './AgreementSummary'
import { ExplainPanel } from './ExplainPanel'
import { KappaLegend } from './KappaCell'

const UNITS: AgreementUnit[] = ['character', 'paragraph', 'sentence']
const LEVELS: AgreementLevel[] = ['nominal', 'ordinal', 'interval', 'ratio']

/** Intercoder agreement: scope on the left, the results table with explanations below. */
export function AgreementTab({ lists, onReview }: { lists: TeamLists; onReview(coders: string[], codeId: string): void }) {
  const { t } = useI18n()
  const { run } = useJob()
  const [coders, setCoders] = useState<string[]>([])
  const [sources, setSources] = useState<string[] | null>(null)
  const [codes, setCodes] = useState<string[] | null>(null)
  const [unit, setUnit] = useState<AgreementUnit>('character')
  const [level, setLevel] = useState<AgreementLevel>('nominal')
  const [threshold, setThreshold] = useState(90)
  const [result, setResult] = useState<AgreementDto | null>(null)
  const [focus, setFocus] = useState<AgreementFigure | null>(null)

  // Start with the first two coders, the usual double-coding pair.
  useEffect(() => {
    if (coders.length === 0 && lists.coders.length >= 2) setCoders(lists.coders.slice(0, 2).map((c) => c.id))
  }, [lists.coders, coders.length])

  const ready = coders.length >= 2 && (sources === null || sources.length > 0) && (codes === null || codes.length > 0)
  // The channel takes no job id: the overlay shows it is working, but it cannot be cancelled.
  const compute = async () => {
    const r = await run(t('team.agreement.computing'), () =>
      call('team:agreement', {
        coders,
        sources: sources ?? undefined,
        codes: codes ?? undefined,
        unit,
        level,
        threshold: threshold / 100
      })
    )
    if (r) {
      setResult(r)
      setFocus(null)
    }
  }

  return (
    <div className="agreement-tab">
      <section className="card scope-form" data-testid="agreement-form">
        <div className="scope-col">
          <h3>{t('team.scope.coders')}</h3>
          <PickList items={lists.coders} selected={coders} onChange={(n) => setCoders(n ?? [])} testId="pick-coders" />
          {coders.length < 2 && <p className="hint status-warn">{t('team.scope.needTwo')}</p>}
        </div>
        <div className="scope-col">
          <h3>{t('team.scope.sources')}</h3>
          <PickList items={lists.sources} selected={sources} onChange={setSources} allowAll testId="pick-sources" />
        </div>
        <div className="scope-col">
          <h3>{t('team.scope.codes')}</h3>
          <PickList items={lists.codes} selected={codes} onChange={setCodes} allowAll testId="pick-codes" />
        </div>
        <div className="scope-col">
          <h3>{t('team.scope.unit')}</h3>
          <div className="scope-fields">
            <label>
              {t('team.scope.unitLabel')}
              <select value={unit} onChange={(e) => setUnit(e.target.value as AgreementUnit)} data-testid="agreement-unit">
                {UNITS.map((u) => (
                  <option key={u} value={u}>
                    {t(`team.unit.${u}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('team.scope.level')}
              <select
                value={level}
                onChange={(e) => setLevel(e.target.value as AgreementLevel)}
                disabled={unit === 'character'}
                data-testid="agreement-level"
              >
                {LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {t(`team.level.${l}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="span-2">
              {t('team.scope.threshold')}
              <span className="with-unit">
                <input
                  type="number"
                  min={1}
                  max={100}
                  value={threshold}
                  onChange={(e) => setThreshold(Math.min(100, Math.max(1, Number(e.target.value) || 1)))}
                  data-testid="agreement-threshold"
                />
                %
              </span>
            </label>
          </div>
          <p className="hint">{unit === 'character' ? t('team.scope.levelCharHint') : t('team.scope.levelUnitHint')}</p>
          <button className="primary" disabled={!ready} onClick={() => void compute()} data-testid="agreement-compute">
            {t('team.agreement.compute')}
          </button>
        </div>
      </section>

      {!result && <p className="muted empty-note">{t('team.agreement.intro')}</p>}
      {result && (
        <>
          <AgreementSummary data={result} onExplain={setFocus} />
          <KappaLegend />
          <div className={focus ? 'agreement-results with-panel' : 'agreement-results'}>
            <AgreementTable data={result} onExplain={setFocus} onReview={(codeId) => onReview(result.coders.map((c) => c.id), codeId)} />
            {focus && <ExplainPanel data={result} focus={focus} onClose={() => setFocus(null)} />}
          </div>
        </>
      )}
    </div>
  )
}
