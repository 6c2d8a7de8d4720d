import { useEffect, useMemo, useState } from 'react'
import type { ChartConfiguration } from 'chart.js'
import type { MatrixMeasure, MatrixRows, SegmentPageDto } from '../../../../shared/ipc/coding'
import { ChartView } from '../../components/ChartView'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useErrors } from '../../components/ErrorSurface'
import { useI18n } from '../../i18n/I18n'
import { useInterviews } from './InterviewsContext'
import { SegmentList } from './SegmentList'
import { inkOn, scaleColour } from './colour'

type Mode = 'sources' | 'cases' | 'attribute' | 'cooccurrence'
const MODES: Mode[] = ['sources', 'cases', 'attribute', 'cooccurrence']
const MEASURES: MatrixMeasure[] = ['codings', 'segments', 'cases']
type Percent = 'none' | 'row' | 'column'

interface Cell {
  /** The matrix the cell was picked in: a mode switch must not drill into a stale cell. */
  mode: Mode
  row: string
  column: string
  label: string
  aggregate: boolean
}

/** Matrici: codes × sources, codes × cases and code co-occurrence, colour-scaled, with drill-down. */
export function MatrixTab() {
  const i18n = useI18n()
  const { t, number } = i18n
  const { report } = useErrors()
  const iv = useInterviews()
  const [mode, setMode] = useState<Mode>(() => (sessionStorage.getItem('esiti.interviews.matrix') as Mode | null) ?? 'sources')
  const [presence, setPresence] = useState(false)
  const [aggregate, setAggregate] = useState(false)
  const [cell, setCell] = useState<Cell | null>(null)
  const [drill, setDrill] = useState<SegmentPageDto | null>(null)
  const [attributeId, setAttributeId] = useState('')
  const [measure, setMeasure] = useState<MatrixMeasure>('codings')
  const [percent, setPercent] = useState<Percent>('none')
  const [chart, setChart] = useState(false)
  useEffect(() => sessionStorage.setItem('esiti.interviews.matrix', mode), [mode])
  const attributes = useCall('coding:caseGrid', mode === 'attribute' ? {} : null).data?.attributes
  const attr = attributeId || attributes?.[0]?.id || ''
  const rowsSpec: MatrixRows | null = mode === 'attribute' ? (attr ? { attribute: attr } : null) : mode === 'cooccurrence' ? null : mode
  const matrix = useCall('coding:matrix', rowsSpec ? { rows: rowsSpec, aggregate, measure } : null)
  const cooc = useCall('coding:cooccurrence', mode === 'cooccurrence' ? {} : null)

  useEffect(() => {
    setCell(null)
    setDrill(null)
  }, [mode, aggregate, attr, measure])
  useEffect(() => {
    if (!cell || cell.mode !== mode || (mode !== 'cooccurrence' && aggregate !== cell.aggregate)) return
    const req =
      mode === 'cooccurrence'
        ? call('coding:cooccurrenceCell', { codeA: cell.row, codeB: cell.column, context: 'sentence', limit: 200 })
        : call('coding:matrixCell', { rows: rowsSpec!, rowId: cell.column, codeId: cell.row, aggregate, context: 'sentence', limit: 200 })
    let live = true
    req.then((d) => live && setDrill(d), report)
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cell, mode, aggregate, report])

  const exportIt = () => call('coding:exportMatrices', { aggregate }).catch(report)

  // Display codes as rows (with their tree depth) and sources, cases or codes as columns.
  let rows: { id: string; name: string; color: string; depth: number }[] = []
  let cols: { id: string; name: string }[] = []
  let value: (r: number, c: number) => number = () => 0
  let rowTotal: (r: number) => number = () => 0
  let colTotal: (c: number) => number | null = () => null
  let grand: number | null = null
  if (mode !== 'cooccurrence' && matrix.data && matrix.data.rowKind === mode) {
    const m = matrix.data
    rows = m.columns.map((c) => ({ id: c.id, name: c.name, color: c.color, depth: iv.codeById.get(c.id)?.depth ?? 0 }))
    cols = m.rows.map((r) => ({ id: r.id, name: r.noValue ? t('iv.matrix.noValue') : r.name }))
    value = (r, c) => m.counts[c][r]
    rowTotal = (r) => (presence ? m.columnPresence[r] : m.columnTotals[r])
    colTotal = (c) => (presence ? m.counts[c].filter((x) => x > 0).length : m.rowTotals[c])
    grand = presence ? null : m.grandTotal
  } else if (mode === 'cooccurrence' && cooc.data) {
    const m = cooc.data
    rows = m.codes.map((c) => ({ id: c.id, name: c.name, color: c.color, depth: iv.codeById.get(c.id)?.depth ?? 0 }))
    cols = m.codes.map((c) => ({ id: c.id, name: c.name }))
    value = (r, c) => m.counts[r][c]
    rowTotal = (r) => m.counts[r][r]
  }
  // Row (code) and column percentages of a cell, against the totals that count each unit once.
  const pct = (r: number, c: number): string | null => {
    if (percent === 'none' || presence || mode === 'cooccurrence') return null
    const base = percent === 'row' ? rowTotal(r) : colTotal(c)
    return base ? i18n.percent(value(r, c) / base, 0) : null
  }
  const chartConfig = useMemo<ChartConfiguration | null>(() => {
    const m = matrix.data
    if (!chart || !m || mode === 'cooccurrence') return null
    return {
      type: 'bar',
      data: {
        labels: m.columns.map((c) => c.path),
        datasets: [{ label: t(`iv.matrix.measure.${m.measure}`), data: m.columnTotals, backgroundColor: m.columns.map((c) => c.color) }]
      },
      options: { indexAxis: 'y', plugins: { legend: { display: false }, title: { display: true, text: t('iv.matrix.chartTitle', { measure: t(`iv.matrix.measure.${m.measure}`) }) } } }
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chart, matrix.data, mode])
  let max = 0
  for (let r = 0; r < rows.length; r++) for (let c = 0; c < cols.length; c++) if (mode !== 'cooccurrence' || r !== c) max = Math.max(max, value(r, c))

  return (
    <div className="iv-page" data-testid="matrix">
      <div className="toolbar">
        <div className="segmented" style={{ margin: 0 }}>
          {MODES.map((m) => (
            <button key={m} className={m === mode ? 'active' : undefined} onClick={() => setMode(m)} data-testid={`matrix-${m}`}>
              {t(`iv.matrix.${m}`)}
            </button>
          ))}
        </div>
        {mode !== 'cooccurrence' && (
          <>
            <label className="inline">
              <input type="checkbox" checked={presence} onChange={(e) => setPresence(e.target.checked)} data-testid="matrix-presence" /> {t('iv.matrix.presence')}
            </label>
            <label className="inline">
              <input type="checkbox" checked={aggregate} onChange={(e) => setAggregate(e.target.checked)} data-testid="matrix-aggregate" /> {t('iv.matrix.aggregate')}
            </label>
            {mode === 'attribute' && (
              <select value={attr} onChange={(e) => setAttributeId(e.target.value)} data-testid="matrix-attribute">
                {(attributes ?? []).map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            )}
            <label className="inline">
              {t('iv.matrix.count')}
              <select value={measure} onChange={(e) => setMeasure(e.target.value as MatrixMeasure)} data-testid="matrix-measure">
                {MEASURES.map((x) => (
                  <option key={x} value={x}>
                    {t(`iv.matrix.measure.${x}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline">
              {t('iv.matrix.percent')}
              <select value={percent} onChange={(e) => setPercent(e.target.value as Percent)} data-testid="matrix-percent">
                {(['none', 'row', 'column'] as const).map((x) => (
                  <option key={x} value={x}>
                    {t(`iv.matrix.percent.${x}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline">
              <input type="checkbox" checked={chart} onChange={(e) => setChart(e.target.checked)} data-testid="matrix-chart" /> {t('iv.matrix.chart')}
            </label>
          </>
        )}
        <span style={{ flex: 1 }} />
        <button className="iv-small" onClick={() => void exportIt()} data-testid="matrix-export">
          {t('iv.export.excel')}
        </button>
      </div>
      <p className="hint">{t(`iv.matrix.${mode}.hint`)}</p>
      {chartConfig && <ChartView config={chartConfig} height={Math.max(200, 26 * rows.length + 60)} testId="matrix-chart-view" />}
      {mode === 'attribute' && attributes && attributes.length === 0 && <p className="muted">{t('iv.matrix.noAttributes')}</p>}
      {rows.length === 0 ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <div className="iv-matrix-wrap">
          <table className="iv-matrix" data-testid="matrix-table">
            <thead>
              <tr>
                <th>{t('iv.matrix.code')}</th>
                {cols.map((c) => (
                  <th key={c.id} title={c.name}>
                    <span className="col">{c.name}</span>
                  </th>
                ))}
                <th className="total">
                  <span className="col">{presence ? t('iv.matrix.rowsWith') : t('common.total')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, ri) => (
                <tr key={r.id}>
                  <th title={iv.codeById.get(r.id)?.path ?? r.name} style={{ paddingLeft: 6 + r.depth * 12 }}>
                    <span className="iv-colour-dot" style={{ background: r.color }} />
                    {r.name}
                  </th>
                  {cols.map((c, ci) => {
                    const v = value(ri, ci)
                    const diag = mode === 'cooccurrence' && ri === ci
                    const k = max > 0 && !diag ? v / max : 0
                    const active = cell && cell.row === r.id && cell.column === c.id
                    return (
                      <td
                        key={c.id}
                        className={active ? 'cell active' : 'cell'}
                        data-testid="matrix-cell"
                        style={{ background: diag ? '#f0f2f5' : presence ? (v > 0 ? scaleColour(0.7) : undefined) : scaleColour(k), color: presence ? inkOn(v > 0 ? 0.7 : 0) : inkOn(k) }}
                        title={`${r.name} × ${c.name}: ${number(v)}`}
                        onClick={() => v > 0 && setCell({ mode, aggregate, row: r.id, column: c.id, label: `${r.name} × ${c.name}` })}
                      >
                        {v === 0 ? '' : presence ? '●' : number(v)}
                        {v > 0 && pct(ri, ci) && <div className="pct">{pct(ri, ci)}</div>}
                      </td>
                    )
                  })}
                  <td className="cell total">{number(rowTotal(ri))}</td>
                </tr>
              ))}
              {mode !== 'cooccurrence' && (
                <tr>
                  <th className="total">{presence ? t('iv.matrix.codesPresent') : t('common.total')}</th>
                  {cols.map((c, ci) => (
                    <td key={c.id} className="cell total">
                      {number(colTotal(ci) ?? 0)}
                    </td>
                  ))}
                  <td className="cell total" data-testid="matrix-grand-total">{grand === null ? '' : number(grand)}</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
      {cell && (
        <div className="iv-drill" data-testid="matrix-drill">
          <h3>
            {cell.label} {drill ? `· ${t('iv.retrieval.total', { count: drill.total })}` : ''}
          </h3>
          {drill && <SegmentList segments={drill.segments} testId="drill-results" />}
        </div>
      )}
    </div>
  )
}
