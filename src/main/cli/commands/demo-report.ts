import fs from 'node:fs'
import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import { msg, type MessageKey } from '../../../shared/messages'
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
    summary: 'cli.summary.demoReport',
    valueOptions: ['out'],
    project: 'none',
    async run(args, _ctx, io) {
      const dir = path.resolve(opt(args, 'out') ?? 'out/demo')
      fs.mkdirSync(dir, { recursive: true })
      const project = path.join(dir, 'mire-demo.esiti')
      for (const suffix of ['', '-wal', '-shm', '.lock']) fs.rmSync(project + suffix, { force: true })
      // `label` keys the JSON result (stable, English); `step` words the progress line in --locale.
      const steps: { label: string; step: MessageKey; argv: string[] }[] = [
        { label: 'demo project', step: 'cli.demo.step.project', argv: ['new', project, '--demo', '--json'] },
        { label: 'project counts', step: 'cli.demo.step.counts', argv: ['info', project, '--json'] },
        { label: 'questionnaires', step: 'cli.demo.step.questionnaires', argv: ['survey', 'list', project, '--json'] },
        { label: 'inter-coder agreement', step: 'cli.demo.step.agreement', argv: ['agreement', project, '--coders', 'Giulia,Marco', '--json'] },
        { label: 'indicators', step: 'cli.demo.step.indicators', argv: ['indicators', project, '--json'] },
        {
          label: 'report workbook',
          step: 'cli.demo.step.workbook',
          argv: ['export', project, '--out', path.join(dir, 'tabelle.xlsx'), '--docx', path.join(dir, 'tabelle.docx'), '--csv', path.join(dir, 'csv'), '--json']
        },
        { label: 'REFI-QDA project', step: 'cli.demo.step.qdpx', argv: ['qdpx', 'export', project, '--out', path.join(dir, 'mire-demo.qdpx'), '--json'] }
      ]
      const results: Record<string, unknown> = {}
      for (const step of steps) {
        let stdout = ''
        let stderr = ''
        // Each step runs with its own defaults (the workbook's language among them), whatever --locale says.
        const code = await runCli(step.argv, (s) => (stdout += s), (s) => (stderr += s))
        if (code !== 0)
          throw new EsitiError('INTERNAL', 'cli.demo.failed', { step: msg(step.step), detail: stderr.trim().replace(/^esiti: /, '') })
        results[step.label] = JSON.parse(stdout)
        io.print(`✓ ${io.t(step.step)}`)
      }
      fs.writeFileSync(path.join(dir, 'indicators.json'), JSON.stringify(results['indicators'], null, 2))
      fs.writeFileSync(path.join(dir, 'agreement.json'), JSON.stringify(results['inter-coder agreement'], null, 2))
      return { dir, project, workbook: path.join(dir, 'tabelle.xlsx'), word: path.join(dir, 'tabelle.docx'), ...results }
    },
    human: (r, io) => io.print(io.t('cli.demo.written', { dir: (r as { dir: string }).dir }))
  }
}
