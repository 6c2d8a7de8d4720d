import { Fragment, useState } from 'react'
import type { AgreementDto, AgreementFigure, PerCodeAgreementDto } from '../../../../../shared/ipc/team'
import { useI18n } from '../../../i18n/I18n'
import { pct } from '../format'
import { KappaCell } from './KappaCell'
import { CodeDetail } from './CodeDetail'

interface Column {
  figure: AgreementFigure
  label: string
  kind: 'pct' | 'kappa'
  pick(c: PerCodeAgreementDto): number | null
  overall(a: AgreementDto): number | null
}

/** One row per code, an overall row at the foot, an (i) on every figure. */
export function AgreementTable({
  data,
  onExplain,
  onReview
}: {
  data: AgreementDto
  onExplain(f: AgreementFigure): void
  onReview(codeId: string): void
}) {
  const i18n = useI18n()
  const { t } = i18n
  const [open, setOpen] = useState<string | null>(null)
  const columns: Column[] = [
    { figure: 'percent', label: t('team.col.percent'), kind: 'pct', pick: (c) => c.percent, overall: (a) => a.percent },
    { figure: 'kappa', label: t('team.col.kappa'), kind: 'kappa', pick: (c) => c.kappa, overall: (a) => a.kappa },
    {
      figure: 'percentCodedOnly',
      label: t('team.col.percentCodedOnly'),
      kind: 'pct',
      pick: (c) => c.percentCodedOnly,
      overall: (a) => a.percentCodedOnly
    },
    {
      figure: 'kappaCodedOnly',
      label: t('team.col.kappaCodedOnly'),
      kind: 'kappa',
      pick: (c) => c.kappaCodedOnly,
      overall: (a) => a.kappaCodedOnly
    },
    {
      figure: 'meanSourceKappa',
      label: t('team.col.meanSourceKappa'),
      kind: 'kappa',
      pick: (c) => c.meanSourceKappa,
      overall: (a) => a.meanSourceKappa
    },
    { figure: 'segments', label: t('team.col.segPercent'), kind: 'pct', pick: (c) => c.segments.percent, overall: (a) => a.segments.percent },
    { figure: 'segments', label: t('team.col.segKappa'), kind: 'kappa', pick: (c) => c.segments.kappa, overall: (a) => a.segments.kappa },
    { figure: 'alpha', label: t('team.col.alpha'), kind: 'kappa', pick: (c) => c.alpha, overall: (a) => a.alpha }
  ]
  const cell = (col: Column, v: number | null, key: string) =>
    col.kind === 'pct' ? (
      <td key={key} className="num">
        {pct(i18n, v)}
      </td>
    ) : (
      <KappaCell key={key} value={v} testId={col.figure === 'kappa' ? 'agreement-kappa' : undefined} />
    )
  const coded = data.unit === 'character' ? t('team.col.codedChars') : t('team.col.codedUnits')
  const parentOf = (path: string) => path.split(' > ').slice(0, -1).join(' > ')
  return (
    <div className="agreement-table-wrap">
      <table className="grid agreement-table" data-testid="agreement-table">
        <thead>
          <tr>
            <th className="code-col">
              {t('team.col.code')}
              <InfoButton figure="units" onExplain={onExplain} />
            </th>
            {columns.map((c, i) => (
              <th key={i} className="num">
                {c.label}
                <InfoButton figure={c.figure} onExplain={onExplain} />
              </th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {data.perCode.length === 0 && (
            <tr>
              <td colSpan={columns.length + 2} className="muted">
                {t('team.agreement.noCodes')}
              </td>
            </tr>
          )}
          {data.perCode.map((c) => (
            <Fragment key={c.codeId}>
              <tr data-testid="agreement-row" data-code={c.code} className={open === c.codeId ? 'open' : ''}>
                <td>
                  <button
                    className="link code-toggle"
                    aria-expanded={open === c.codeId}
                    title={c.path}
                    onClick={() => setOpen(open === c.codeId ? null : c.codeId)}
                  >
                    <span className="swatch" style={{ background: c.color }} />
                    {c.code}
                  </button>
                  <div className="pick-hint" title={data.coders.map((k, i) => `${k.name}: ${i18n.number(c.coded[i] ?? 0)}`).join('\n')}>
                    {parentOf(c.path) && `${parentOf(c.path)} · `}
                    {coded}: {c.coded.map((n) => i18n.number(n)).join(' / ')}
                  </div>
                </td>
                {columns.map((col, i) => cell(col, col.pick(c), String(i)))}
                <td>
                  <button className="small" data-testid="review-code" title={t('team.agreement.reviewHint')} onClick={() => onReview(c.codeId)}>
                    {t('team.agreement.review')}
                  </button>
                </td>
              </tr>
              {open === c.codeId && (
                <tr className="detail-row">
                  <td colSpan={columns.length + 2}>
                    <CodeDetail data={data} code={c} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
        <tfoot>
          <tr className="overall" data-testid="agreement-overall">
            <th>{t('team.agreement.overall')}</th>
            {columns.map((col, i) => cell(col, col.overall(data), `o${i}`))}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

export function InfoButton({ figure, onExplain }: { figure: AgreementFigure; onExplain(f: AgreementFigure): void }) {
  const { t } = useI18n()
  return (
    <button
      type="button"
      className="info"
      aria-label={t('team.explain.open')}
      title={t('team.explain.open')}
      data-testid={`explain-${figure}`}
      onClick={() => onExplain(figure)}
    >
      i
    </button>
  )
}
