import path from 'node:path'
import type ExcelJS from 'exceljs'
import { publishFiles } from '../files/publish'
import { safeText } from '../excel/safe-cell'
import type { Ctx } from '../context'
import { fail } from './common'
import { ORGANISATION_COLUMNS } from './organisation-import'
import { listOrganisations } from './organisations'
import { valueLabel, type ValueLocale } from './value-labels'

const csvField = (v: string | number | null): string => {
  if (v === null) return ''
  const s = typeof v === 'number' ? String(v) : safeText(v)
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/**
 * Writes the organisations as .xlsx or .csv (UTF-8 with BOM, ";" as Italian Excel expects) with the
 * headers and words the import reads back: an exported list re-imports into an empty project as it was.
 */
export async function exportOrganisations(ctx: Ctx, file: string, locale: ValueLocale = 'it'): Promise<{ file: string; rows: number }> {
  const ext = path.extname(file).toLowerCase()
  if (ext !== '.xlsx' && ext !== '.csv') throw fail('INVALID_INPUT', 'programme.exportExtension', { file: path.basename(file) })
  const header = ORGANISATION_COLUMNS.map((c) => (locale === 'en' ? c.headers[1] : c.headers[0]))
  const rows = listOrganisations(ctx).map((o) => {
    const dates = [...new Set(o.joined.map((j) => j.joinedOn).filter(Boolean))]
    return [
      o.name,
      valueLabel('orgKind', o.kind, locale),
      o.orgType,
      o.sector,
      o.sizeClass ? valueLabel('sizeClass', o.sizeClass, locale) : null,
      o.employees,
      o.area,
      o.actions.join('; ') || null,
      // One join date per row: when actions were joined on different dates the earliest is written.
      dates.sort()[0] ?? null,
      o.notes
    ] as (string | number | null)[]
  })
  let data: Buffer | string
  if (ext === '.csv') data = '\uFEFF' + [header, ...rows].map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n'
  else {
    const mod = (await import('exceljs')) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS
    const wb = new (mod.default ?? mod).Workbook()
    const ws = wb.addWorksheet(locale === 'en' ? 'Organisations' : 'Organizzazioni')
    ws.addRow(header).font = { bold: true }
    for (const r of rows) ws.addRow(r.map((v) => (typeof v === 'string' ? safeText(v) : v)))
    ws.views = [{ state: 'frozen', ySplit: 1 }]
    ws.columns.forEach((c, i) => (c.width = i === 0 ? 45 : 18))
    data = Buffer.from(await wb.xlsx.writeBuffer())
  }
  publishFiles([{ path: file, data }])
  return { file, rows: rows.length }
}
