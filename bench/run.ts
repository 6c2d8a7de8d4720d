/* npm run bench: prints every performance figure named in the issues, with its target and, where a
   peer is named, the ratio measured in the same run. */
import { coreBench } from './core'
import { codingBench } from './coding'
import { codingScaleBench } from './coding-scale'
import { surveyBench } from './survey'
import { savBench } from './survey-sav'
import { shapesBench } from './survey-shapes-bench'
import { indicatorsBench } from './indicators'
import { teamBench } from './team'
import { teamSyncBench } from './team-sync'
import { registerBench } from './register'
import { cliBench } from './cli'

export interface BenchExtra {
  peer?: { name: string; value: number }
  target?: string
}
export type Report = (name: string, value: number, unit: string, extra?: BenchExtra) => void

const rows: string[] = []
const report: Report = (name, value, unit, extra) => {
  const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 2 : 1))
  let line = `${name.padEnd(64)} ${fmt(value).padStart(10)} ${unit.padEnd(4)}`
  if (extra?.peer) line += `  peer ${extra.peer.name}: ${fmt(extra.peer.value)} ${unit}, ratio ${(value / extra.peer.value).toFixed(2)}`
  if (extra?.target) line += `  (target ${extra.target})`
  rows.push(line)
  console.log(line)
}

const only = process.argv.slice(2)
const suites: [string, (r: Report) => Promise<void>][] = [
  ['core', coreBench],
  ['coding', codingBench],
  ['coding-scale', codingScaleBench],
  ['survey', surveyBench],
  ['shapes', shapesBench],
  ['sav', savBench],
  ['indicators', indicatorsBench],
  ['team', teamBench],
  ['team-sync', teamSyncBench],
  ['register', registerBench],
  ['cli', cliBench]
]

async function main(): Promise<void> {
  for (const [name, run] of suites) {
    if (only.length && !only.includes(name)) continue
    console.log(`\n== ${name}`)
    await run(report)
  }
  console.log(`\n${rows.length} figures.`)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
