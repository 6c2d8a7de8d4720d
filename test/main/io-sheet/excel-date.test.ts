import { describe, expect, it } from 'vitest'
import { excelSerialToIso, isoToExcelSerial } from '../../../src/main/services/io/sheet/index'
import { isBuiltinDateFormat, isDateFormatCode } from '../../../src/main/services/io/sheet/excel-date'

describe('Excel serial dates', () => {
  it('formats serials as ISO dates, date-times and times', () => {
    expect(excelSerialToIso(44969.796724537)).toBe('2023-02-12T19:07:17')
    expect(excelSerialToIso(44969)).toBe('2023-02-12')
    expect(excelSerialToIso(25569)).toBe('1970-01-01')
    expect(excelSerialToIso(1)).toBe('1900-01-01')
    expect(excelSerialToIso(59)).toBe('1900-02-28')
    expect(excelSerialToIso(60)).toBe('1900-02-29')
    expect(excelSerialToIso(61)).toBe('1900-03-01')
    expect(excelSerialToIso(2958465)).toBe('9999-12-31')
    expect(excelSerialToIso(0.5)).toBe('12:00:00')
    expect(excelSerialToIso(0)).toBe('00:00:00')
    // Rounding to the second carries into the next day.
    expect(excelSerialToIso(44969.9999999)).toBe('2023-02-13')
  })

  it('rejects values that are not serials', () => {
    for (const bad of [-1, NaN, Infinity, 2958466]) expect(() => excelSerialToIso(bad)).toThrow(/not an Excel date serial/)
  })

  it('parses ISO text back to serials, ignoring zones, refusing impossible dates', () => {
    expect(isoToExcelSerial('2023-02-12')).toBe(44969)
    expect(isoToExcelSerial('2023-02-12T12:00:00Z')).toBe(44969.5)
    expect(isoToExcelSerial('2023-02-12 06:00')).toBe(44969.25)
    expect(isoToExcelSerial('1900-01-01')).toBe(1)
    expect(isoToExcelSerial('1900-03-01')).toBe(61)
    expect(isoToExcelSerial('08:30')).toBeCloseTo(8.5 / 24, 12)
    for (const bad of ['2023-02-30', '2023-13-01', '12/02/2023', '1899-12-31', 'oggi']) expect(isoToExcelSerial(bad)).toBeNaN()
    for (const s of [1, 59, 61, 44969, 44969.75, 2958465]) expect(isoToExcelSerial(excelSerialToIso(s))).toBe(s)
  })

  it('knows which number formats show dates', () => {
    expect([14, 22, 27, 36, 45, 47, 50, 58].every(isBuiltinDateFormat)).toBe(true)
    expect([0, 1, 2, 9, 10, 13, 23, 37, 44, 48, 49, 59].some(isBuiltinDateFormat)).toBe(false)
    for (const code of ['dd/mm/yyyy', 'yyyy\\-mm\\-dd;@', '[$-410]d mmmm yyyy', 'h:mm AM/PM', '[h]:mm:ss', 'YYYY', 'mmm-yy'])
      expect([code, isDateFormatCode(code)]).toEqual([code, true])
    for (const code of ['General', '0.00', '#,##0 "giorni"', '[Red]-0.0', '0%', '[$€-410] #,##0.00', '@', '0.0_m', '"ore" 0', '0.00E+00'])
      expect([code, isDateFormatCode(code)]).toEqual([code, false])
  })
})
