import { useEffect, useState } from 'react'
import type { SegmentPageDto } from '../../../../shared/ipc/coding'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useErrors } from '../../components/ErrorSurface'
import { useI18n } from '../../i18n/I18n'
import { useInterviews } from './InterviewsContext'
import { SegmentList } from './SegmentList'
import { inkOn, scaleColour } from './colour'
import { countKey } from './plural'

type Mode = 'sources' | 'cases' | 'cooccurrence'
const MODES: Mode[] = ['sources', 'cases', 'cooccurrence']

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
  const { t, number } = useI18n()
  const { report } = useErrors()
  const iv = useInterviews()
  const [mode, setMode] = useState<Mode>(() => (sessionStorage.getItem('esiti.interviews.matrix') as Mode | null) ?? 'sources')
  const [presence, setPresence] = useState(false)
  const [aggregate, setAggregate] = useState(false)
  const [cell, setCell] = useState<Cell | null>(null)
  const [drill, setDrill] = useState<SegmentPageDto | null>(null)
  useEffect(() => sessionStorage.setItem('esiti.interviews.matrix', mode), [mode])
  const matrix = useCall('coding:matrix', mode === 'cooccurrence' ? null : { rows: mode, aggregate })
  const cooc = useCall('coding:cooccurrence', mode === 'cooccurrence' ? {} : null)

  useEffect(() => {
    setCell(null)
    setDrill(null)
  }, [mode, aggregate])
  useEffect(() => {
    if (!cell || cell.mode !== mode || (mode !== 'cooccurrence' && aggregate !== cell.aggregate)) return
    const req =
      mode === 'cooccurrence'
        ? call('coding:cooccurrenceCell', { codeA: cell.row, codeB: cell.column, context: 'sentence', limit: 200 })
        : call('coding:matrixCell', { rows: mode, rowId: cell.column, codeId: cell.row, aggregate, context: 'sentence', limit: 200 })
    let live = true
    req.then((d) => live && setDrill(d), report)
    return () => {
      live = false
    }
  }, [cell, mode, aggregate, report])

  const exportIt = () => call('coding:exportMatrices', { aggregate }).catch(report)

  // Display codes as rows (with their tree depth) and sources, cases or codes as columns.
  let rows: { id: string; name: string; color: string; depth: number }[] = []
  let cols: { id: string; name: string }[] = []
  let value: (r: number, c: number) => number = () => 0
  let rowTotal: (r: number) => number = () => 0
  let colTotal: (c: number) => number | null = () => null
  if (mode !== 'cooccurrence' && matrix.data && matrix.data.rowKind === mode) {
    const m = matrix.data
    rows = m.columns.map((c) => ({ id: c.id, name: c.name, color: c.color, depth: iv.codeById.get(c.id)?.depth ?? 0 }))
    cols = m.rows
    value = (r, c) => m.counts[c][r]
    rowTotal = (r) => (presence ? m.columnPresence[r] : m.columnTotals[r])
    colTotal = (c) => (presence ? m.counts[c].filter((x) => x > 0).length : m.rowTotals[c])
  } else if (mode === 'cooccurrence' && cooc.data) {
    const m = cooc.data
    rows = m.codes.map((c) => ({ id: c.id, name: c.name, color: c.color, depth: iv.codeById.get(c.id)?.depth ?? 0 }))
    cols = m.codes.map((c) => ({ id: c.id, name: c.name }))
    value = (r, c) => m.counts[r][c]
    rowTotal = (r) => m.counts[r][r]
  }
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
              <input type="checkbox" checked={aggregate} onChange={(e) => setAggregate(e.target.checked)} /> {t('iv.matrix.aggregate')}
            </label>
          </>
        )}
        <span style={{ flex: 1 }} />
        <button className="iv-small" onClick={() => void exportIt()} data-testid="matrix-export">
          {t('iv.export.excel')}
        </button>
      </div>
      <p className="hint">{t(`iv.matrix.${mode}.hint`)}</p>
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
                  <td className="total" />
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
      {cell && (
        <div className="iv-drill" data-testid="matrix-drill">
          <h3>
            {cell.label} {drill ? `· ${t(countKey('iv.retrieval.total', drill.total), { n: number(drill.total) })}` : ''}
          </h3>
          {drill && <SegmentList segments={drill.segments} testId="drill-results" />}
        </div>
      )}
    </div>
  )
}
