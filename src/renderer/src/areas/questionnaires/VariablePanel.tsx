import { useEffect, useMemo, useState } from 'react'
import type { ChartConfiguration } from 'chart.js'
import type { SurveyVariableDto, VariableProfileDto } from '../../../../shared/ipc/survey'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { ChartView } from '../../components/ChartView'
import { useJob } from '../../components/JobProgress'
import { useI18n, type I18n } from '../../i18n/I18n'
import { TYPE_KEYS, codesText, parseCodes, valueText } from './format'

function chartOf(i18n: I18n, p: VariableProfileDto): ChartConfiguration | null {
  const color = '#1f6f8b'
  if (p.counts && p.counts.length) {
    const top = p.counts.slice(0, 20)
    return {
      type: 'bar',
      data: {
        labels: top.map((c) => valueText(i18n, c.value, c.label)),
        datasets: [{ label: i18n.t('sv.profile.count'), data: top.map((c) => c.count), backgroundColor: top.map((c) => (c.missing ? '#c4c9d2' : color)) }]
      },
      options: { indexAxis: 'y', plugins: { legend: { display: false } } }
    }
  }
  if (p.numeric) {
    const fmt = (x: number): string => i18n.number(x, { maximumFractionDigits: 2 })
    return {
      type: 'bar',
      data: {
        labels: p.numeric.bins.map((b) => (b.to - b.from === 1 && Number.isInteger(b.from) ? fmt(b.from) : `${fmt(b.from)}–${fmt(b.to)}`)),
        datasets: [{ label: i18n.t('sv.profile.count'), data: p.numeric.bins.map((b) => b.count), backgroundColor: color }]
      },
      options: { plugins: { legend: { display: false } } }
    }
  }
  return null
}

/** One variable: its profile (counts, missing, distribution) and the controls to override the importer. */
export function VariablePanel({ dataset, variable, version }: { dataset: string; variable: SurveyVariableDto; version: string }) {
  const i18n = useI18n()
  const { t } = i18n
  const job = useJob()
  const { data: p } = useCall('survey:profile', { dataset, variable: variable.name, layer: 'clean' }, [version])
  const chart = useMemo(() => (p ? chartOf(i18n, p) : null), [p, i18n])
  const [type, setType] = useState(variable.type)
  const [role, setRole] = useState(variable.role)
  const [label, setLabel] = useState(variable.label ?? '')
  const [codes, setCodes] = useState(codesText(variable.missingCodes))
  const [order, setOrder] = useState(variable.valueLabels)
  useEffect(() => {
    setType(variable.type)
    setRole(variable.role)
    setLabel(variable.label ?? '')
    setCodes(codesText(variable.missingCodes))
    setOrder(variable.valueLabels)
  }, [variable])
  const move = (i: number, d: number): void => {
    const next = [...order]
    const [x] = next.splice(i, 1)
    next.splice(i + d, 0, x)
    setOrder(next)
  }
  const orderChanged = JSON.stringify(order) !== JSON.stringify(variable.valueLabels)
  const codesChanged = JSON.stringify(parseCodes(codes)) !== JSON.stringify(variable.missingCodes)
  const dirty = type !== variable.type || role !== variable.role || label !== (variable.label ?? '') || orderChanged || codesChanged
  const save = (): Promise<unknown> =>
    job.run(t('sv.recipe.applying'), () =>
      call('survey:overrideVariable', {
        dataset,
        variable: variable.name,
        ...(type !== variable.type ? { type } : {}),
        ...(role !== variable.role && role !== 'derived' ? { role: role as 'metadata' | 'question' | 'weight' } : {}),
        ...(label !== (variable.label ?? '') ? { label: label.trim() || null } : {}),
        ...(orderChanged && order.length ? { valueLabels: order } : {}),
        ...(codesChanged ? { missingCodes: parseCodes(codes) } : {})
      })
    )
  return (
    <div className="sv-variable" data-testid="sv-variable-panel" data-variable={variable.name}>
      <h3>
        <span className="mono">{variable.name}</span> <span className={`sv-type sv-type-${variable.type}`}>{t(`sv.type.${variable.type}`)}</span>
      </h3>
      {variable.label && <p className="muted">{variable.label}</p>}
      {p && (
        <div className="counts" data-testid="sv-profile">
          <div className="count">
            <span className="count-value">{i18n.number(p.valid)}</span>
            <span className="count-label">{t('sv.profile.valid')}</span>
          </div>
          <div className="count">
            <span className="count-value" data-testid="sv-profile-missing">
              {i18n.number(p.missing)}
            </span>
            <span className="count-label">{t('sv.profile.missing', { pct: i18n.percent(p.rows ? p.missing / p.rows : 0) })}</span>
          </div>
          <div className="count">
            <span className="count-value">{i18n.number(p.distinct)}</span>
            <span className="count-label">{t('sv.profile.distinct')}</span>
          </div>
          {p.numeric && (
            <div className="count">
              <span className="count-value">{i18n.number(p.numeric.mean, { maximumFractionDigits: 2 })}</span>
              <span className="count-label">
                {t('sv.profile.numeric', {
                  min: i18n.number(p.numeric.min),
                  median: i18n.number(p.numeric.median),
                  max: i18n.number(p.numeric.max)
                })}
              </span>
            </div>
          )}
          {p.dates && (
            <div className="count">
              <span className="count-value">{i18n.date(p.dates.min)}</span>
              <span className="count-label">{t('sv.profile.dates', { max: i18n.date(p.dates.max) })}</span>
            </div>
          )}
        </div>
      )}
      {chart && <ChartView config={chart} height={Math.min(320, Math.max(160, (p?.counts?.length ?? 8) * 22))} testId="sv-profile-chart" />}
      {p?.counts && (
        <table className="sv-table sv-counts" data-testid="sv-profile-counts">
          <tbody>
            {p.counts.slice(0, 50).map((c) => (
              <tr key={String(c.value)} className={c.missing ? 'muted' : ''}>
                <td>{valueText(i18n, c.value, c.label)}</td>
                <td className="num">{i18n.number(c.count)}</td>
                <td className="num">{i18n.percent(p.rows ? c.count / p.rows : 0)}</td>
                <td>{c.missing ? t('sv.profile.isMissing') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 className="sv-override-title">{t('sv.override.title')}</h3>
      <div className="form-grid" data-testid="sv-override">
        <label>{t('sv.var.type')}</label>
        <select value={type} data-testid="sv-override-type" onChange={(e) => setType(e.target.value as SurveyVariableDto['type'])}>
          {TYPE_KEYS.map((k) => (
            <option key={k} value={k}>
              {t(`sv.type.${k}`)}
            </option>
          ))}
        </select>
        <label>{t('sv.var.role')}</label>
        <select value={role} onChange={(e) => setRole(e.target.value)} disabled={variable.role === 'derived'}>
          {(variable.role === 'derived' ? ['derived'] : ['question', 'metadata', 'weight']).map((r) => (
            <option key={r} value={r}>
              {t(`sv.role.${r}`)}
            </option>
          ))}
        </select>
        <label>{t('sv.var.label')}</label>
        <input value={label} data-testid="sv-override-label" onChange={(e) => setLabel(e.target.value)} />
        <label>{t('sv.var.missingCodes')}</label>
        <input value={codes} placeholder="99; n.d.; Non so" data-testid="sv-override-codes" onChange={(e) => setCodes(e.target.value)} />
        {order.length > 0 && (
          <>
            <label>{t('sv.override.order')}</label>
            <ol className="sv-order">
              {order.map((l, i) => (
                <li key={String(l.value)}>
                  <input
                    value={l.label}
                    aria-label={String(l.value)}
                    onChange={(e) => setOrder(order.map((x, k) => (k === i ? { ...x, label: e.target.value } : x)))}
                  />
                  <button className="link" disabled={i === 0} aria-label={t('sv.recipe.up')} onClick={() => move(i, -1)}>
                    ↑
                  </button>
                  <button className="link" disabled={i === order.length - 1} aria-label={t('sv.recipe.down')} onClick={() => move(i, 1)}>
                    ↓
                  </button>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
      <div className="toolbar">
        <button className="primary" disabled={!dirty} data-testid="sv-override-save" onClick={() => void save()}>
          {t('sv.override.save')}
        </button>
        <span className="hint">{t('sv.override.hint')}</span>
      </div>
    </div>
  )
}
