import fs from 'node:fs'
import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import { opt, type CommandSpec } from '../command'

type Runner = (argv: string[], out: (s: string) => void, err: (s: string) => void) => Promise<number>

/**
 * The headless main job: builds the MIRE demo and everything the report needs, through the same
 * verbs a user would run one by one.
 */
export function demoReportCommand(runCli: Runner): CommandSpec {
  return {
    words: ['demo-report'],
    usage: 'demo-report [--out DIR] [--json]',
    summary:
      'Create the MIRE demo project and write its report workbook and Word report, CSV tables, indicator and agreement figures and QDPX export into DIR.',
    valueOptions: ['out'],
    project: 'none',
    async run(args, _ctx, io) {
      const dir = path.resolve(opt(args, 'out') ?? 'out/demo')
      fs.mkdirSync(dir, { recursive: true })
      const project = path.join(dir, 'mire-demo.esiti')
      for (const suffix of ['', '-wal', '-shm', '.lock']) fs.rmSync(project + suffix, { force: true })
      const steps: { label: string; argv: string[] }[] = [
        { label: 'demo project', argv: ['new', project, '--demo', '--json'] },
        { label: 'project counts', argv: ['info', project, '--json'] },
        { label: 'questionnaires', argv: ['survey', 'list', project, '--json'] },
        { label: 'inter-coder agreement', argv: ['agreement', project, '--coders', 'Giulia,Marco', '--json'] },
        { label: 'indicators', argv: ['indicators', project, '--json'] },
        {
          label: 'report workbook',
          argv: ['export', project, '--out', path.join(dir, 'tabelle.xlsx'), '--docx', path.join(dir, 'tabelle.docx'), '--csv', path.join(dir, 'csv'), '--json']
        },
        { label: 'REFI-QDA project', argv: ['qdpx', 'export', project, '--out', path.join(dir, 'mire-demo.qdpx'), '--json'] }
      ]
      const results: Record<string, unknown> = {}
      for (const step of steps) {
        let stdout = ''
        let stderr = ''
        const code = await runCli(step.argv, (s) => (stdout += s), (s) => (stderr += s))
        if (code !== 0) throw new EsitiError('INTERNAL', `demo-report: ${step.label} failed: ${stderr.trim()}`)
        results[step.label] = JSON.parse(stdout)
        io.print(`✓ ${step.label}`)
      }
      fs.writeFileSync(path.join(dir, 'indicators.json'), JSON.stringify(results['indicators'], null, 2))
      fs.writeFileSync(path.join(dir, 'agreement.json'), JSON.stringify(results['inter-coder agreement'], null, 2))
      return { dir, project, workbook: path.join(dir, 'tabelle.xlsx'), word: path.join(dir, 'tabelle.docx'), ...results }
    },
    human: (r, io) => io.print(`Demo report written to ${(r as { dir: string }).dir}`)
  }
}
