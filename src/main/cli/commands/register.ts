import path from 'node:path'
import type { ActivityDto, ParticipantInput, RegisterImportResult } from '../../../shared/ipc/indicators'
import type { ParticipantImportResult, PersonDimension } from '../../../shared/ipc/register'
import { fail } from '../../services/programme/common'
import { valueLabel } from '../../services/programme/value-labels'
import { importParticipants, listParticipants, setParticipants } from '../../services/register/participant-service'
import { personsSummary } from '../../services/register/persons-service'
import { addKinds, addValues, registerLists, removeKind, removeValue, renameKind } from '../../services/register/register-lists'
import { importRegister } from '../../services/register/register-import'
import { createActivity, listActivities } from '../../services/register/register-service'
import { flag, opt, optList, printWarnings, type CliIo, type CommandSpec, type ParsedArgs } from '../command'
import { need, needAll, numOpt } from './cli-args'

function printActivities(r: unknown, io: CliIo): void {
  for (const a of (r as { activities: ActivityDto[] }).activities)
    io.print(`${a.date}  ${a.actionCode.padEnd(4)} ${valueLabel('activityKind', a.kind, io.locale).padEnd(16)} ${String(a.participants).padStart(4)}  ${a.title}`)
}

/** --participant "NAME;GENDER;ORGANISATION[;AGE BAND[;ROLE]]": empty fields are not recorded. */
export function parseParticipant(value: string, pseudonym: boolean): ParticipantInput {
  const parts = value.split(';').map((s) => s.trim())
  if (!parts[0] || parts.length > 5) throw fail('INVALID_INPUT', 'register.participantSyntax', { value })
  const [name, gender, organisation, ageBand, role] = parts
  return { name, pseudonym, gender: gender || null, organisation: organisation || null, ageBand: ageBand || null, role: role || null }
}

const participantsOf = (args: ParsedArgs): ParticipantInput[] => optList(args, 'participant').map((p) => parseParticipant(p, flag(args, 'pseudonyms')))

const kindsJson = (lists: ReturnType<typeof registerLists>) => ({ kinds: lists.kinds.map((k) => k.name), details: lists.kinds })

export const commands: CommandSpec[] = [
  {
    words: ['register', 'list'],
    usage: 'register list PROJECT [--action CODE] [--kind KIND] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]',
    summary: 'cli.summary.registerList',
    valueOptions: ['action', 'kind', 'from', 'to'],
    project: 'project',
    readonly: true,
    run: (args, ctx) => ({
      activities: listActivities(ctx!, { action: opt(args, 'action'), kind: opt(args, 'kind'), from: opt(args, 'from'), to: opt(args, 'to') })
    }),
    human: printActivities
  },
  {
    words: ['register', 'add'],
    usage:
      'register add PROJECT --date YYYY-MM-DD --action CODE --kind KIND --title TEXT [--participants N] [--women N] [--men N] [--organiser ORG] [--organisations "A;B"] [--mode online|presenza|ibrida] [--area A] [--hours H] [--participant "NAME;GENDER;ORGANISATION"]… [--pseudonyms] [--json]',
    summary: 'cli.summary.registerAdd',
    valueOptions: ['date', 'action', 'kind', 'title', 'participants', 'women', 'men', 'organiser', 'organisations', 'mode', 'area', 'hours', 'notes'],
    repeatable: ['participant'],
    project: 'project',
    run: (args, ctx) => {
      const list = participantsOf(args)
      const a = createActivity(ctx!, {
        date: opt(args, 'date'),
        action: opt(args, 'action'),
        kind: opt(args, 'kind'),
        title: opt(args, 'title'),
        organiser: opt(args, 'organiser'),
        participants: numOpt(args, 'participants', true),
        women: numOpt(args, 'women', true),
        men: numOpt(args, 'men', true),
        organisations: (opt(args, 'organisations') ?? '').split(';').map((s) => s.trim()).filter(Boolean),
        mode: opt(args, 'mode'),
        area: opt(args, 'area'),
        hours: numOpt(args, 'hours'),
        notes: opt(args, 'notes'),
        ...(list.length ? { participantList: list } : {})
      })
      return { ...a, id: a.id }
    },
    human: (r, io) => io.print(io.t('register.cli.added', { date: (r as ActivityDto).date, title: (r as ActivityDto).title }))
  },
  {
    words: ['register', 'import'],
    usage: 'register import PROJECT FILE.xlsx|FILE.csv [--sheet NAME] [--json]',
    summary: 'cli.summary.registerImport',
    valueOptions: ['sheet'],
    project: 'project',
    async run(args, ctx) {
      return importRegister(ctx!, path.resolve(need(args, 1, 'FILE', this.usage)), { sheet: opt(args, 'sheet') })
    },
    human(r, io) {
      const x = r as RegisterImportResult
      io.print(io.t('register.cli.imported', { count: x.imported }))
      printWarnings(io, x.warnings)
    }
  },
  {
    words: ['register', 'participants'],
    usage: 'register participants PROJECT ACTIVITY-ID [--json]',
    summary: 'cli.summary.registerParticipants',
    project: 'project',
    readonly: true,
    run(args, ctx) {
      return listParticipants(ctx!, need(args, 1, 'ACTIVITY-ID', this.usage))
    },
    human(r, io) {
      for (const p of (r as ReturnType<typeof listParticipants>).participants)
        io.print(`${p.name}${p.pseudonym ? ' *' : ''}  ${p.gender ?? '—'}  ${p.ageBand ?? '—'}  ${p.organisation ?? ''}`)
    }
  },
  {
    words: ['register', 'participants', 'set'],
    usage: 'register participants set PROJECT ACTIVITY-ID --participant "NAME;GENDER;ORGANISATION[;AGE BAND[;ROLE]]"… [--pseudonyms] [--json]',
    summary: 'cli.summary.registerParticipantsSet',
    repeatable: ['participant'],
    project: 'project',
    run(args, ctx) {
      return setParticipants(ctx!, need(args, 1, 'ACTIVITY-ID', this.usage), participantsOf(args))
    }
  },
  {
    words: ['register', 'participants', 'import'],
    usage: 'register participants import PROJECT ACTIVITY-ID FILE.xlsx|FILE.csv [--sheet NAME] [--json]',
    summary: 'cli.summary.registerParticipantsImport',
    valueOptions: ['sheet'],
    project: 'project',
    async run(args, ctx) {
      return importParticipants(ctx!, need(args, 1, 'ACTIVITY-ID', this.usage), path.resolve(need(args, 2, 'FILE', this.usage)), { sheet: opt(args, 'sheet') })
    },
    human(r, io) {
      const { warnings, columns: _columns, ...counts } = r as ParticipantImportResult
      io.print(
        io.t('register.cli.participantsImported', {
          added: io.t('register.cli.nParticipantsAdded', { count: counts.added }),
          newPersons: io.t('register.cli.nNewPersons', { count: counts.newPersons }),
          knownPersons: io.t('register.cli.nKnownPersons', { count: counts.knownPersons }),
          agesBanded: io.t('register.cli.nAgesBanded', { count: counts.agesBanded })
        })
      )
      printWarnings(io, warnings)
    }
  },
  {
    words: ['register', 'persons'],
    usage: 'register persons PROJECT [--by gender|ageBand|organisationType|action|area|kind|year] [--action CODE] [--kind KIND] [--from D] [--to D] [--json]',
    summary: 'cli.summary.registerPersons',
    valueOptions: ['by', 'action', 'kind', 'from', 'to'],
    project: 'project',
    readonly: true,
    run: (args, ctx, io) =>
      personsSummary(ctx!, {
        by: opt(args, 'by') as PersonDimension | undefined,
        action: opt(args, 'action'),
        kind: opt(args, 'kind'),
        from: opt(args, 'from'),
        to: opt(args, 'to'),
        locale: io.locale
      }),
    human(r, io) {
      const s = r as ReturnType<typeof personsSummary>
      io.print(
        io.t('register.cli.persons', {
          persons: io.t('register.cli.nPersonsReached', { count: s.persons }),
          participations: io.t('register.cli.nParticipations', { count: s.participations })
        })
      )
      for (const b of s.breakdown) io.print(`  ${b.label.padEnd(28)} ${String(b.persons).padStart(6)} ${String(b.participations).padStart(8)}`)
    }
  },
  {
    words: ['register', 'kinds', 'add'],
    usage: 'register kinds add PROJECT NAME… [--json]',
    summary: 'cli.summary.registerKindsAdd',
    project: 'project',
    run(args, ctx) {
      return kindsJson(addKinds(ctx!, needAll(args, 1, 'NAME', this.usage)))
    },
    human: (r, io) => io.print(io.t('register.cli.kinds', { kinds: (r as { kinds: string[] }).kinds }))
  },
  {
    words: ['register', 'kinds', 'list'],
    usage: 'register kinds list PROJECT [--json]',
    summary: 'cli.summary.registerKindsList',
    project: 'project',
    readonly: true,
    run: (_a, ctx) => kindsJson(registerLists(ctx!)),
    human: (r, io) => io.print(io.t('register.cli.kinds', { kinds: (r as { kinds: string[] }).kinds }))
  },
  {
    words: ['register', 'kinds', 'rename'],
    usage: 'register kinds rename PROJECT NAME NEW-NAME [--json]',
    summary: 'cli.summary.registerKindsRename',
    project: 'project',
    run(args, ctx) {
      return kindsJson(renameKind(ctx!, need(args, 1, 'NAME', this.usage), need(args, 2, 'NEW-NAME', this.usage)))
    }
  },
  {
    words: ['register', 'kinds', 'remove'],
    usage: 'register kinds remove PROJECT NAME [--json]',
    summary: 'cli.summary.registerKindsRemove',
    project: 'project',
    run(args, ctx) {
      return kindsJson(removeKind(ctx!, need(args, 1, 'NAME', this.usage)))
    }
  },
  {
    words: ['register', 'values', 'add'],
    usage: 'register values add PROJECT gender|ageBand CODE… [--json]',
    summary: 'cli.summary.registerValuesAdd',
    project: 'project',
    run(args, ctx) {
      const list = need(args, 1, 'gender|ageBand', this.usage)
      if (list !== 'gender' && list !== 'ageBand') throw fail('INVALID_INPUT', 'programme.cli.missingArg', { arg: 'gender|ageBand', usage: this.usage })
      const l = addValues(ctx!, list, needAll(args, 2, 'CODE', this.usage))
      return { genders: l.genders.map((v) => v.code), ageBands: l.ageBands.map((v) => v.code) }
    }
  },
  {
    words: ['register', 'values', 'remove'],
    usage: 'register values remove PROJECT gender|ageBand CODE [--json]',
    summary: 'cli.summary.registerValuesRemove',
    project: 'project',
    run(args, ctx) {
      const list = need(args, 1, 'gender|ageBand', this.usage)
      const code = need(args, 2, 'CODE', this.usage)
      const l = registerLists(ctx!)
      const v = (list === 'gender' ? l.genders : l.ageBands).find((x) => x.code === code)
      if (!v) throw fail('NOT_FOUND', 'register.valueUnknown', { value: code })
      const r = removeValue(ctx!, v.id)
      return { genders: r.genders.map((x) => x.code), ageBands: r.ageBands.map((x) => x.code) }
    }
  },
  {
    words: ['register', 'values', 'list'],
    usage: 'register values list PROJECT [--json]',
    summary: 'cli.summary.registerValuesList',
    project: 'project',
    readonly: true,
    run(_a, ctx) {
      const l = registerLists(ctx!)
      return { genders: l.genders.map((v) => v.code), ageBands: l.ageBands.map((v) => v.code) }
    }
  }
]
