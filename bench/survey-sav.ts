import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { CHILD, type ChildResult } from './survey-child'
import type { Report } from './run'

/**
 * A 100,000-case SPSS file (issue 12: "a 100k-row .sav in under 3 s"), written by GNU PSPP from
 * syntax so the file comes from another producer: 40 variables shaped like a questionnaire (labelled
 * Likert items with a user-missing "Non so", an age with a missing code, a date, a weight, a
 * multiple-dichotomy set, free text), bytecode-compressed as SPSS saves by default. PSPP converting
 * the same file to CSV is the peer.
 */
const CASES = 100_000
const CHILD_FILE = path.resolve(__dirname, 'survey-child.ts')

function syntax(out: string): string {
  const likert = Array.from({ length: 24 }, (_, k) => `q${k + 1}`)
  const multi = Array.from({ length: 6 }, (_, k) => `s${k + 1}`)
  return `SET SEED=20261207.
INPUT PROGRAM.
LOOP #i = 1 TO ${CASES}.
COMPUTE id = #i.
END CASE.
END LOOP.
END FILE.
END INPUT PROGRAM.
COMPUTE eta = TRUNC(RV.UNIFORM(18, 80)).
IF (RV.UNIFORM(0, 1) < 0.03) eta = 999.
COMPUTE genere = TRUNC(RV.UNIFORM(1, 4)).
COMPUTE municipio = TRUNC(RV.UNIFORM(1, 10)).
COMPUTE peso = RV.UNIFORM(0.5, 1.5).
COMPUTE data = DATE.DMY(1, 1, 2023) + TRUNC(RV.UNIFORM(0, 365)) * 86400.
FORMATS data (DATE11) peso (F8.4).
${likert.map((v) => `COMPUTE ${v} = TRUNC(RV.UNIFORM(1, 7)).\nIF (${v} = 6) ${v} = 9.`).join('\n')}
${multi.map((v) => `COMPUTE ${v} = RV.UNIFORM(0, 1) < 0.4.`).join('\n')}
STRING commento (A60).
IF (RV.UNIFORM(0, 1) < 0.2) commento = CONCAT('Commento numero ', STRING(id, F8.0), ' sul servizio').
VARIABLE LABELS eta 'Età' genere 'Genere' municipio 'Municipio di residenza'.
VALUE LABELS genere 1 'Donna' 2 'Uomo' 3 'Altro' /${likert.join(' ')} 1 'Per niente' 2 'Poco' 3 'Abbastanza' 4 'Molto' 5 'Moltissimo' 9 'Non so'.
MISSING VALUES eta (999) ${likert.join(' ')} (9).
VARIABLE LEVEL ${likert.join(' ')} (ORDINAL) genere municipio (NOMINAL).
MRSETS /MDGROUP NAME=$servizi LABEL='Servizi usati' VARIABLES=${multi.join(' ')} VALUE=1.
WEIGHT BY peso.
SAVE OUTFILE='${out}' /COMPRESSED.
`
}

function bigSav(): string | null {
  if (spawnSync('pspp', ['--version']).status !== 0) return null
  const dir = path.join(os.tmpdir(), 'esiti-bench-cache')
  const file = path.join(dir, `spss-${CASES}.sav`)
  if (fs.existsSync(file)) return file
  fs.mkdirSync(dir, { recursive: true })
  const sps = path.join(dir, `spss-${CASES}.sps`)
  fs.writeFileSync(sps, syntax(`${file}.tmp`))
  const r = spawnSync('pspp', [sps], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`pspp failed: ${r.stdout}${r.stderr}`)
  fs.renameSync(`${file}.tmp`, file)
  return file
}

export async function savBench(report: Report): Promise<void> {
  const file = bigSav()
  if (!file) {
    console.log('sav: GNU PSPP (pspp) is not installed; skipped')
    return
  }
  report('sav: file size (100,000 cases × 40 variables, PSPP)', fs.statSync(file).size / 1e6, 'MB')
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-bench-sav-'))
  try {
    const t = performance.now()
    const csv = spawnSync('pspp-convert', [file, path.join(work, 'peer.csv')])
    const peerMs = performance.now() - t
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD_FILE], {
      env: { ...process.env, [CHILD]: JSON.stringify({ mode: 'import', file, project: path.join(work, 'sav.esiti') }) },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    })
    const last = r.stdout.trim().split('\n').pop() ?? ''
    if (r.status !== 0 || !last.startsWith('{')) throw new Error(`sav bench child failed (${r.status}): ${r.stderr.slice(-2000)}`)
    const m = JSON.parse(last) as ChildResult
    const peer = csv.status === 0 ? { name: 'pspp-convert to CSV', value: peerMs / 1000 } : undefined
    report('sav: import 100k-case .sav (read, plan, store)', m.ms / 1000, 's', { target: '< 3 s', peer })
    report('sav: import CPU time (user + system)', m.cpuMs / 1000, 's')
    report('sav: import peak memory (process maxRSS)', m.maxRssMb, 'MB')
    report('sav: rows stored', m.rows as number, 'rows', { target: String(CASES) })
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
