import type { ChartConfiguration } from 'chart.js'
import type { TableModelDto } from '../../../../../shared/ipc/indicators'
import { tableLayout, type LayoutCell } from '../../../../../shared/report/table-layout'
import { ChartView } from '../../../components/ChartView'
import { useCall } from '../../../lib/use-call'
import { useI18n } from '../../../i18n/I18n'
import { formatCount, formatValue } from '../format'

/** The chart main builds for a table (the same plan as the workbook's native chart and the Word picture). */
function TableChart({ table }: { table: TableModelDto }) {
  const { t, locale } = useI18n()
  const { data, loading } = useCall('tables:chart', { id: table.id, locale }, [table])
  if (!data) return <div className="table-chart-empty muted">{loading ? t('common.loading') : t('ind.tables.noChart')}</div>
  const bars = data.data.labels.length * Math.max(1, data.data.datasets.length)
  const horizontal = (data.options as { indexAxis?: string }).indexAxis === 'y'
  const height = horizontal ? Math.min(620, Math.max(240, 60 + bars * 16)) : 300
  return <ChartView config={data as unknown as ChartConfiguration} height={height} testId="table-chart" />
}

/** One figure as the report prints it: number by locale, letters of the columns it exceeds, flags. */
function Figure({ c }: { c: LayoutCell }) {
  const i18n = useI18n()
  const { t } = i18n
  if (c.suppressed) return <span className="suppressed" title={t('ind.tables.suppressedCell')} aria-label={t('ind.tables.suppressedCell')} />
  if (c.text !== null) return <>{c.text}</>
  if (c.format === null || c.value === null) return null
  const text = c.format === 'count' ? formatCount(i18n, c.value) : formatValue(i18n, c.value, c.format)
  return (
    <>
      <span className={c.lowBase ? 'low-base' : undefined} title={c.lowBase ? t('ind.tables.lowBaseCell') : undefined}>
        {text}
      </span>
      {c.letters && (
        <sup className="sig-letters" title={t('ind.tables.sigCell', { letters: c.letters })}>
          {c.letters}
        </sup>
      )}
    </>
  )
}

/** One report table as in the report: numbered title, figures with bases, intervals and letters, notes and base under it. */
export function ReportTableView({ table, onEdit, onDelete }: { table: TableModelDto; onEdit(): void; onDelete(): void }) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const roles = table.columnRoles
  const hasChart = !!table.chartSpec && table.chartSpec.type !== 'none' && table.status === 'ok'
  const layout = tableLayout(table, { ci: t('ind.tables.ciRow'), n: t('ind.tables.nRow') }, locale)
  return (
    <article className="card report-table" data-testid="report-table" aria-labelledby={`tbl-${table.id}`}>
      <header className="report-table-head">
        <h3 id={`tbl-${table.id}`}>
          {t('ind.tables.label', { label: table.label })} – {table.title}
        </h3>
        <span className="toolbar compact">
          <button onClick={onEdit}>{t('common.edit')}</button>
          <button className="danger" onClick={onDelete}>
            {t('common.delete')}
          </button>
        </span>
      </header>
      <div className={hasChart ? 'report-table-body with-chart' : 'report-table-body'}>
        <div className="report-table-data">
          {table.status === 'error' && (
            <div className="ind-error" role="alert">
              {table.message}
            </div>
          )}
          {table.rows.length > 0 && (
            <div className="table-scroll">
              <table className="grid compact">
                <thead>
                  <tr>
                    {table.header.map((h, k) => (
                      <th key={k} scope="col" className={k === 0 ? undefined : 'num'}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {layout.map((r, i) => {
                    const source = r.source !== null ? table.rows[r.source] : null
                    const cls = r.kind === 'value' ? undefined : r.kind === 'base' ? 'base-row' : `${r.kind}-row`
                    return (
                      <tr key={i} className={cls} data-kind={r.kind}>
                        <th scope="row" title={r.kind === 'value' ? source?.note : undefined}>
                          {r.label}
                          {r.kind === 'value' && source?.note && <span className="status-error"> ⚠</span>}
                        </th>
                        {r.cells.map((c, k) => {
                          const n = r.kind === 'value' && source ? source.cells[k]?.n : null
                          return (
                            <td
                              key={k}
                              className={roles[k + 1] === 'target' ? 'num target-col' : 'num'}
                              title={n !== null && n !== undefined && roles[k + 1] !== 'n' ? t('ind.tables.cellN', { n: formatCount(i18n, n) }) : undefined}
                            >
                              <Figure c={c} />
                            </td>
                          )
                        })}
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          )}
          <div className="table-notes" data-testid="table-notes">
            {table.base !== null && <div>{t('ind.tables.base', { n: formatCount(i18n, table.base) })}</div>}
            {table.notes.map((n, k) => (
              <div key={k}>{n}</div>
            ))}
            {table.sources.length > 0 && <div>{t('ind.tables.sources', { list: table.sources.join('; ') })}</div>}
          </div>
        </div>
        {hasChart && (
          <div className="report-table-chart">
            <TableChart table={table} />
          </div>
        )}
      </div>
    </article>
  )
}
