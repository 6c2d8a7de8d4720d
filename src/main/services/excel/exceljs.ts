import type ExcelJS from 'exceljs'

let loaded: typeof ExcelJS | null = null

/**
 * exceljs takes about 270 ms to load, more than a whole `esiti info`: only the work that reads or
 * writes a workbook loads it, on first use. Types still come from `import type ExcelJS`.
 */
export async function loadExcelJS(): Promise<typeof ExcelJS> {
  if (!loaded) {
    const mod = (await import('exceljs')) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS
    loaded = mod.default ?? mod
  }
  return loaded
}

/** A new, empty workbook (loads exceljs on first use). */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  return new (await loadExcelJS()).Workbook()
}
