import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EsitiError } from '../../../src/shared/errors'
import { tempDir } from '../../support/temp-project'
import { readSheet } from '../../../src/main/services/io/sheet'
import { pspp, soffice } from './tools'
import { writeBigQuestionnaireXlsx } from '../../../src/main/services/io/sheet/generate-big-xlsx'

/**
 * Damaged .sav, .xls and .ods files: cut at many lengths and with bytes overwritten at random (a
 * fixed seed), every read ends in a result or an EsitiError the user can read — never another
 * exception, never a hang.
 */
let dir: string
let cleanup: () => void
const originals: Record<string, Buffer> = {}

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir())
  const sav = path.join(dir, 'src.sav')
  pspp(
    dir,
    `SET LOCALE='UTF-8'.
DATA LIST FREE / id (F3.0) a (F1.0) nome (A300).
BEGIN DATA
${Array.from({ length: 40 }, (_, i) => `${i} ${i % 5} "testo ${'x'.repeat(i * 5)}"`).join('\n')}
END DATA.
VALUE LABELS a 1 'uno' 2 'due'.
MISSING VALUES a (4).
MRSETS /MDGROUP NAME=$m VARIABLES=id a VALUE=1.
SAVE OUTFILE='${sav}' /COMPRESSED.
SAVE OUTFILE='${path.join(dir, 'srcz.sav')}' /ZCOMPRESSED.
`
  )
  originals.sav = fs.readFileSync(sav)
  originals.zsav = fs.readFileSync(path.join(dir, 'srcz.sav'))
  await writeBigQuestionnaireXlsx(path.join(dir, 'src.xlsx'), 60, 12)
  soffice([path.join(dir, 'src.xlsx')], 'xls', dir, path.join(dir, 'lo'))
  soffice([path.join(dir, 'src.xlsx')], 'ods', dir, path.join(dir, 'lo'))
  originals.xls = fs.readFileSync(path.join(dir, 'src.xls'))
  originals.ods = fs.readFileSync(path.join(dir, 'src.ods'))
}, 600_000)
afterAll(() => cleanup())

async function survives(bytes: Buffer, ext: string, label: string): Promise<void> {
  const file = path.join(dir, `case.${ext}`)
  fs.writeFileSync(file, bytes)
  try {
    await readSheet(file)
  } catch (e) {
    if (!(e instanceof EsitiError)) throw new Error(`${label}: ${(e as Error).stack}`)
    expect(e.message.length).toBeGreaterThan(10)
  }
}

describe('damaged files end in a result or a readable refusal', () => {
  it.each(['sav', 'zsav', 'xls', 'ods'])('%s cut short at 60 lengths', async (kind) => {
    const whole = originals[kind]
    const ext = kind === 'zsav' ? 'sav' : kind
    for (let k = 0; k < 60; k++) {
      const len = Math.floor((whole.length * k) / 60)
      await survives(whole.subarray(0, len), ext, `${kind} cut at ${len}`)
    }
  }, 120_000)

  it.each(['sav', 'zsav', 'xls', 'ods'])('%s with 8 random bytes overwritten, 80 times', async (kind) => {
    const whole = originals[kind]
    const ext = kind === 'zsav' ? 'sav' : kind
    const next = rng(kind.length * 7919)
    for (let k = 0; k < 80; k++) {
      const b = Buffer.from(whole)
      for (let j = 0; j < 8; j++) b[Math.floor(next() * b.length)] = Math.floor(next() * 256)
      await survives(b, ext, `${kind} flip #${k}`)
    }
  }, 120_000)

  it('a .sav declaring two billion cases and a huge string is refused, not allocated', async () => {
    const b = Buffer.from(originals.sav)
    b.writeInt32LE(2_000_000_000, 80) // ncases
    await survives(b, 'sav', 'ncases')
    const file = path.join(dir, 'case.sav')
    fs.writeFileSync(file, b)
    const r = await readSheet(file).catch((e: unknown) => e)
    if (!(r instanceof EsitiError)) expect((r as { grid: { rowCount: number } }).grid.rowCount).toBe(41)
  })
})
