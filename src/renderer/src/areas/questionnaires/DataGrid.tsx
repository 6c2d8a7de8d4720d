import { useCallback, useEffect, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { GridPageDto, SurveyLayer, SurveyScalar } from '../../../../shared/ipc/survey'
import { call } from '../../lib/api'
import { useErrors } from '../../components/ErrorSurface'
import { useI18n } from '../../i18n/I18n'
import { cellText } from './format'

const PAGE = 200
const ROW_HEIGHT = 28
const INDEX_WIDTH = 64
const colWidth = (type: string): number => (type === 'text' || type === 'multi' ? 240 : type === 'numeric' ? 110 : 170)

type Row = GridPageDto['rows'][number]

export interface GridFilter {
  variable: string
  values: (SurveyScalar | null)[]
}

/**
 * The virtualised data grid: only the visible rows are in the page, and rows are fetched from main
 * in pages of 200 as they scroll into view, so 100,000 rows scroll like 100.
 */
export function DataGrid({
  dataset,
  layer,
  filters,
  version,
  onColumn,
  selected
}: {
  dataset: string
  layer: SurveyLayer
  filters: GridFilter[]
  /** Changes whenever the data may have changed (recipe version, imports). */
  version: string
  onColumn(name: string): void
  selected: string | null
}) {
  const i18n = useI18n()
  const { t } = i18n
  const { report } = useErrors()
  const [head, setHead] = useState<{ columns: GridPageDto['columns']; total: number } | null>(null)
  const [, setTick] = useState(0)
  const pages = useRef(new Map<number, Row[]>())
  const loading = useRef(new Set<number>())
  const key = JSON.stringify([dataset, layer, filters, version])
  const keyRef = useRef(key)

  const fetchPage = useCallback(
    async (page: number, forKey: string) => {
      if (pages.current.has(page) || loading.current.has(page)) return
      loading.current.add(page)
      try {
        const r = await call('survey:rows', { dataset, layer, filters, offset: page * PAGE, limit: PAGE })
        if (keyRef.current !== forKey) return
        pages.current.set(page, r.rows)
        setHead((h) => (h && h.total === r.total && h.columns.length === r.columns.length ? h : { columns: r.columns, total: r.total }))
        setTick((n) => n + 1)
      } catch (e) {
        if (keyRef.current === forKey) report(e)
      } finally {
        loading.current.delete(page)
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, report]
  )

  useEffect(() => {
    keyRef.current = key
    pages.current = new Map()
    loading.current = new Set()
    setHead(null)
    void fetchPage(0, key)
  }, [key, fetchPage])

  const scroller = useRef<HTMLDivElement>(null)
  const total = head?.total ?? 0
  const v = useVirtualizer({ count: total, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 20 })
  const items = v.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0
  useEffect(() => {
    if (!total) return
    for (let p = Math.floor(first / PAGE); p <= Math.floor(last / PAGE); p++) void fetchPage(p, key)
  }, [first, last, total, key, fetchPage])

  if (!head) return <div className="sv-grid-empty muted">{t('common.loading')}</div>
  const widths = head.columns.map((c) => colWidth(c.type))
  const template = `${INDEX_WIDTH}px ${widths.map((w) => `${w}px`).join(' ')}`
  const fullWidth = INDEX_WIDTH + widths.reduce((s, w) => s + w, 0)
  return (
    <div className="sv-grid" data-testid="sv-grid" data-total={total} data-layer={layer}>
      <div className="sv-grid-count muted" data-testid="sv-grid-count">
        {t('sv.grid.rows', { count: total })}
      </div>
      <div className="sv-grid-scroll" ref={scroller} data-testid="sv-grid-scroll">
        <div className="sv-grid-head" style={{ gridTemplateColumns: template, width: fullWidth }}>
          <div className="sv-cell sv-index">{t('sv.grid.row')}</div>
          {head.columns.map((c) => (
            <button
              key={c.name}
              className={c.name === selected ? 'sv-cell sv-colhead active' : 'sv-cell sv-colhead'}
              title={c.label ?? c.name}
              data-testid={`sv-col-${c.name}`}
              onClick={() => onColumn(c.name)}
            >
              <span className="sv-colname">{c.name}</span>
              <span className={`sv-type sv-type-${c.type}`}>{t(`sv.type.${c.type}`)}</span>
            </button>
          ))}
        </div>
        <div style={{ height: v.getTotalSize(), width: fullWidth, position: 'relative' }}>
          {items.map((it) => {
            const row = pages.current.get(Math.floor(it.index / PAGE))?.[it.index % PAGE]
            return (
              <div
                key={it.key}
                className={row?.excluded ? 'sv-row excluded' : 'sv-row'}
                data-testid="sv-row"
                data-row={it.index}
                title={row?.excluded ? t('sv.grid.excluded', { reason: i18n.msg(row.excluded) }) : undefined}
                style={{ gridTemplateColumns: template, transform: `translateY(${it.start}px)`, height: ROW_HEIGHT }}
              >
                <div className="sv-cell sv-index">{row ? row.sheetRow : ''}</div>
                {row
                  ? row.cells.map((c, k) => (
                      <div key={k} className={c === null ? 'sv-cell null' : typeof c === 'number' ? 'sv-cell num' : 'sv-cell'}>
                        {cellText(i18n, c, head.columns[k]?.type)}
                      </div>
                    ))
                  : head.columns.map((c) => <div key={c.name} className="sv-cell loading" />)}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
