import type { MessageKey } from '../../../shared/messages'
import path from 'node:path'
import type { ActionDto, AreaPreset, OrganisationDto, OrganisationImportResult, SectionDto } from '../../../shared/ipc/programme'
import { addAction, listActions, removeAction, updateAction } from '../../services/programme/actions'
import { addAreas, applyAreaPreset, listAreas, removeArea, renameArea } from '../../services/programme/areas'
import { fail } from '../../services/programme/common'
import { getProgramme, setProgramme } from '../../services/programme/details'
import { exportOrganisations } from '../../services/programme/organisation-export'
import { importOrganisations } from '../../services/programme/organisation-import'
import { addOrganisation, listOrganisations, removeOrganisations } from '../../services/programme/organisations'
import { adoptedCodes, adoptSdgs, sdgFramework, unadoptSdgs } from '../../services/programme/sdg-adoption'
import { addSection, listSections, moveSection, removeSection, updateSection } from '../../services/programme/sections'
import { SDG_GOALS } from '../../services/sdg/sdg-framework'
import { applySavedRecipe, savedRecipeDocument, savedRecipes } from '../../services/template/recipe-templates'
import { saveTemplate } from '../../services/template/template-service'
import { opt, optList, printWarnings, type CliIo, type CommandSpec } from '../command'
import { need, needAll, numOpt } from './cli-args'

const actionJson = (a: ActionDto) => ({
  id: a.id,
  code: a.code,
  name: a.name,
  description: a.description,
  start: a.periodStart,
  end: a.periodEnd,
  lead: a.lead,
  sdgs: a.sdgs,
  organisations: a.organisations,
  activities: a.activities
})

const organisationJson = (o: OrganisationDto) => ({
  id: o.id,
  name: o.name,
  type: o.kind,
  category: o.orgType,
  sector: o.sector,
  size: o.sizeClass,
  employees: o.employees,
  area: o.area,
  actions: o.actions,
  joined: o.joined
})

const sectionJson = (s: SectionDto) => ({ id: s.id, number: s.number, title: s.title, titleEn: s.titleEn, indicators: s.indicators, tables: s.tables })

const areasJson = (ctx: Parameters<typeof listAreas>[0]) => {
  const list = listAreas(ctx)
  return { areas: list.map((a) => a.name), details: list }
}

const printAreas = (r: unknown, io: CliIo): void => {
  const names = (r as { areas: string[] }).areas
  io.print(io.t('programme.cli.areas', { count: names.length, names }))
}

const programmeCommands: CommandSpec[] = [
  {
    words: ['programme', 'set'],
    usage:
      'programme set PROJECT [--name N] [--promoter P] [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--territory T] [--description D] [--full-name F] [--area-label L] [--json]',
    summary: 'cli.summary.programmeSet',
    valueOptions: ['name', 'promoter', 'start', 'end', 'territory', 'description', 'full-name', 'area-label'],
    project: 'project',
    run: (args, ctx) =>
      setProgramme(ctx!, {
        name: opt(args, 'name'),
        promoter: opt(args, 'promoter'),
        periodStart: opt(args, 'start'),
        periodEnd: opt(args, 'end'),
        territory: opt(args, 'territory'),
        description: opt(args, 'description'),
        fullName: opt(args, 'full-name'),
        areaLabel: opt(args, 'area-label')
      }),
    human: (r, io) => io.print(io.t('programme.cli.programmeSet', { name: (r as { name: string }).name }))
  },
  {
    words: ['programme', 'show'],
    usage: 'programme show PROJECT [--json]',
    summary: 'cli.summary.programmeShow',
    project: 'project',
    readonly: true,
    run: (_a, ctx) => getProgramme(ctx!) ?? {}
  },
  {
    words: ['actions', 'add'],
    usage: 'actions add PROJECT CODE --name NAME [--description D] [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--lead ORGANISATION] [--sdg 5.4]… [--json]',
    summary: 'cli.summary.actionsAdd',
    valueOptions: ['name', 'description', 'start', 'end', 'lead'],
    repeatable: ['sdg'],
    project: 'project',
    run(args, ctx) {
      const usage = this.usage
      const code = need(args, 1, 'CODE', usage)
      const name = opt(args, 'name')
      if (!name) throw fail('INVALID_INPUT', 'programme.cli.missingArg', { arg: '--name', usage })
      const sdgs = optList(args, 'sdg')
      return actionJson(
        addAction(ctx!, {
          code,
          name,
          description: opt(args, 'description'),
          periodStart: opt(args, 'start'),
          periodEnd: opt(args, 'end'),
          lead: opt(args, 'lead'),
          ...(sdgs.length ? { sdgs } : {})
        })
      )
    },
    human: (r, io) => io.print(io.t('programme.cli.actionAdded', r as { code: string; name: string }))
  },
  {
    words: ['actions', 'update'],
    usage: 'actions update PROJECT CODE [--code NEW] [--name NAME] [--description D] [--start D] [--end D] [--lead ORGANISATION] [--sdg 5.4]… [--json]',
    summary: 'cli.summary.actionsUpdate',
    valueOptions: ['code', 'name', 'description', 'start', 'end', 'lead'],
    repeatable: ['sdg'],
    project: 'project',
    run(args, ctx) {
      const sdgs = optList(args, 'sdg')
      return actionJson(
        updateAction(ctx!, need(args, 1, 'CODE', this.usage), {
          code: opt(args, 'code'),
          name: opt(args, 'name'),
          description: opt(args, 'description'),
          periodStart: opt(args, 'start'),
          periodEnd: opt(args, 'end'),
          lead: opt(args, 'lead'),
          ...(sdgs.length ? { sdgs } : {})
        })
      )
    }
  },
  {
    words: ['actions', 'list'],
    usage: 'actions list PROJECT [--json]',
    summary: 'cli.summary.actionsList',
    project: 'project',
    readonly: true,
    run: (_a, ctx) => ({ actions: listActions(ctx!).map(actionJson) }),
    human(r, io) {
      for (const a of (r as { actions: ReturnType<typeof actionJson>[] }).actions) io.print(`${a.code.padEnd(8)} ${a.name}`)
    }
  },
  {
    words: ['actions', 'remove'],
    usage: 'actions remove PROJECT CODE [--json]',
    summary: 'cli.summary.actionsRemove',
    project: 'project',
    run(args, ctx) {
      return removeAction(ctx!, need(args, 1, 'CODE', this.usage))
    }
  },
  {
    words: ['areas', 'add'],
    usage: 'areas add PROJECT NAME… [--json]',
    summary: 'cli.summary.areasAdd',
    project: 'project',
    run(args, ctx) {
      addAreas(ctx!, needAll(args, 1, 'NAME', this.usage))
      return areasJson(ctx!)
    },
    human: printAreas
  },
  {
    words: ['areas', 'preset'],
    usage: 'areas preset PROJECT milano-municipi|roma-municipi [--json]',
    summary: 'cli.summary.areasPreset',
    project: 'project',
    run(args, ctx) {
      applyAreaPreset(ctx!, need(args, 1, 'PRESET', this.usage) as AreaPreset)
      return areasJson(ctx!)
    },
    human: printAreas
  },
  {
    words: ['areas', 'list'],
    usage: 'areas list PROJECT [--json]',
    summary: 'cli.summary.areasList',
    project: 'project',
    readonly: true,
    run: (_a, ctx) => areasJson(ctx!),
    human: printAreas
  },
  {
    words: ['areas', 'rename'],
    usage: 'areas rename PROJECT NAME NEW-NAME [--json]',
    summary: 'cli.summary.areasRename',
    project: 'project',
    run(args, ctx) {
      renameArea(ctx!, need(args, 1, 'NAME', this.usage), need(args, 2, 'NEW-NAME', this.usage))
      return areasJson(ctx!)
    },
    human: printAreas
  },
  {
    words: ['areas', 'remove'],
    usage: 'areas remove PROJECT NAME [--json]',
    summary: 'cli.summary.areasRemove',
    project: 'project',
    run(args, ctx) {
      removeArea(ctx!, need(args, 1, 'NAME', this.usage))
      return areasJson(ctx!)
    },
    human: printAreas
  },
  {
    words: ['organisations', 'add'],
    usage:
      'organisations add PROJECT NAME --type partner|company|promoter|other [--sector S] [--size micro|piccola|media|grande] [--area A] [--action CODE]… [--joined YYYY-MM-DD] [--category C] [--employees N] [--notes T] [--json]',
    summary: 'cli.summary.organisationsAdd',
    valueOptions: ['type', 'sector', 'size', 'area', 'joined', 'category', 'employees', 'notes'],
    repeatable: ['action'],
    project: 'project',
    run(args, ctx) {
      const joinedOn = opt(args, 'joined')
      const o = addOrganisation(ctx!, {
        name: need(args, 1, 'NAME', this.usage),
        kind: opt(args, 'type'),
        sector: opt(args, 'sector'),
        sizeClass: opt(args, 'size'),
        area: opt(args, 'area'),
        orgType: opt(args, 'category'),
        employees: numOpt(args, 'employees', true),
        notes: opt(args, 'notes'),
        actions: optList(args, 'action').map((action) => ({ action, joinedOn }))
      })
      return organisationJson(o)
    },
    human: (r, io) => io.print(io.t('programme.cli.organisationAdded', { name: (r as { name: string }).name }))
  },
  {
    words: ['organisations', 'import'],
    usage: 'organisations import PROJECT FILE.xlsx|FILE.csv [--sheet NAME] [--json]',
    summary: 'cli.summary.organisationsImport',
    valueOptions: ['sheet'],
    project: 'project',
    async run(args, ctx) {
      return importOrganisations(ctx!, path.resolve(need(args, 1, 'FILE', this.usage)), { sheet: opt(args, 'sheet') })
    },
    human(r, io) {
      const x = r as OrganisationImportResult
      io.print(io.t('programme.cli.organisationsImported', { count: x.imported }))
      printWarnings(io, x.warnings)
    }
  },
  {
    words: ['organisations', 'export'],
    usage: 'organisations export PROJECT --out FILE.xlsx|FILE.csv [--locale it|en] [--json]',
    summary: 'cli.summary.organisationsExport',
    valueOptions: ['out', 'locale'],
    project: 'project',
    readonly: true,
    async run(args, ctx) {
      const out = opt(args, 'out')
      if (!out) throw fail('INVALID_INPUT', 'programme.cli.missingArg', { arg: '--out', usage: this.usage })
      return exportOrganisations(ctx!, path.resolve(out), opt(args, 'locale') === 'en' ? 'en' : 'it')
    },
    human: (r, io) => io.print(io.t('programme.cli.organisationsExported', r as { file: string; rows: number }))
  },
  {
    words: ['organisations', 'list'],
    usage: 'organisations list PROJECT [--json]',
    summary: 'cli.summary.organisationsList',
    project: 'project',
    readonly: true,
    run: (_a, ctx) => ({ organisations: listOrganisations(ctx!).map(organisationJson) }),
    human(r, io) {
      for (const o of (r as { organisations: ReturnType<typeof organisationJson>[] }).organisations)
        io.print(`${o.type.padEnd(9)} ${o.name}${o.actions.length ? `  [${o.actions.join(', ')}]` : ''}`)
    }
  },
  {
    words: ['organisations', 'remove'],
    usage: 'organisations remove PROJECT NAME… [--json]',
    summary: 'cli.summary.organisationsRemove',
    project: 'project',
    run(args, ctx) {
      return removeOrganisations(ctx!, needAll(args, 1, 'NAME', this.usage))
    }
  },
  {
    words: ['sections', 'add'],
    usage: 'sections add PROJECT TITLE [--title-en T] [--description D] [--json]',
    summary: 'cli.summary.sectionsAdd',
    valueOptions: ['title-en', 'description'],
    project: 'project',
    run(args, ctx) {
      return sectionJson(addSection(ctx!, { title: need(args, 1, 'TITLE', this.usage), titleEn: opt(args, 'title-en'), description: opt(args, 'description') }))
    },
    human: (r, io) => io.print(io.t('programme.cli.sectionAdded', r as { number: number; title: string }))
  },
  {
    words: ['sections', 'list'],
    usage: 'sections list PROJECT [--json]',
    summary: 'cli.summary.sectionsList',
    project: 'project',
    readonly: true,
    run: (_a, ctx) => ({ sections: listSections(ctx!).map(sectionJson) }),
    human(r, io) {
      for (const s of (r as { sections: ReturnType<typeof sectionJson>[] }).sections) io.print(`${String(s.number).padStart(2)}. ${s.title}`)
    }
  },
  {
    words: ['sections', 'rename'],
    usage: 'sections rename PROJECT SECTION TITLE [--title-en T] [--json]',
    summary: 'cli.summary.sectionsRename',
    valueOptions: ['title-en'],
    project: 'project',
    run(args, ctx) {
      return sectionJson(updateSection(ctx!, need(args, 1, 'SECTION', this.usage), { title: need(args, 2, 'TITLE', this.usage), titleEn: opt(args, 'title-en') }))
    }
  },
  {
    words: ['sections', 'move'],
    usage: 'sections move PROJECT SECTION --to N [--json]',
    summary: 'cli.summary.sectionsMove',
    valueOptions: ['to'],
    project: 'project',
    run(args, ctx) {
      const to = numOpt(args, 'to', true)
      if (to === undefined) throw fail('INVALID_INPUT', 'programme.cli.missingArg', { arg: '--to', usage: this.usage })
      return { sections: moveSection(ctx!, need(args, 1, 'SECTION', this.usage), to).map(sectionJson) }
    }
  },
  {
    words: ['sections', 'remove'],
    usage: 'sections remove PROJECT SECTION [--json]',
    summary: 'cli.summary.sectionsRemove',
    project: 'project',
    run(args, ctx) {
      return { sections: removeSection(ctx!, need(args, 1, 'SECTION', this.usage)).map(sectionJson) }
    }
  },
  {
    words: ['sdg', 'targets'],
    usage: 'sdg targets PROJECT [--locale it|en] [--json]',
    summary: 'cli.summary.sdgTargets',
    project: 'project',
    readonly: true,
    run(_a, ctx, io) {
      const adopted = new Set(adoptedCodes(ctx!))
      const view = sdgFramework(ctx!, io.locale)
      return {
        goals: view.goals.map((g) => {
          const ref = SDG_GOALS.find((x) => x.number === g.number)!
          return {
            goal: g.number,
            title: g.title,
            fullTitle: g.fullTitle,
            titles: { it: ref.short.it, en: ref.short.en },
            color: g.color,
            adopted: g.adopted,
            targets: ref.targets.map((t) => ({ code: t.code, title: t[io.locale], titles: { it: t.it, en: t.en }, adopted: adopted.has(t.code) }))
          }
        }),
        adopted: view.adopted
      }
    },
    human(r, io) {
      for (const g of (r as { goals: { goal: number; title: string; targets: { code: string; title: string; adopted: boolean }[] }[] }).goals) {
        io.print(`${g.goal}. ${g.title}`)
        for (const t of g.targets) io.print(`  ${t.adopted ? '*' : ' '} ${t.code.padEnd(5)} ${t.title}`)
      }
    }
  },
  {
    words: ['sdg', 'adopt'],
    usage: 'sdg adopt PROJECT TARGET… [--json]',
    summary: 'cli.summary.sdgAdopt',
    project: 'project',
    run(args, ctx) {
      return adoptSdgs(ctx!, needAll(args, 1, 'TARGET', this.usage))
    },
    human: (r, io) => io.print(io.t('programme.cli.adopted', { codes: (r as { adopted: string[] }).adopted }))
  },
  {
    words: ['sdg', 'drop'],
    usage: 'sdg drop PROJECT TARGET… [--json]',
    summary: 'cli.summary.sdgDrop',
    project: 'project',
    run(args, ctx) {
      return unadoptSdgs(ctx!, needAll(args, 1, 'TARGET', this.usage))
    },
    human: (r, io) => io.print(io.t('programme.cli.adopted', { codes: (r as { adopted: string[] }).adopted }))
  },
  {
    words: ['template', 'save'],
    usage: 'template save PROJECT --out FILE.esiti [--json]',
    summary: 'cli.summary.templateSave',
    valueOptions: ['out'],
    project: 'project',
    readonly: true,
    async run(args, ctx) {
      const out = opt(args, 'out')
      if (!out) throw fail('INVALID_INPUT', 'programme.cli.missingArg', { arg: '--out', usage: this.usage })
      return saveTemplate(ctx!, out)
    },
    human: (r, io) => io.print(io.t('programme.cli.templateSaved', r as unknown as Record<string, string>))
  },
  {
    words: ['template', 'recipes'],
    usage: 'template recipes PROJECT [--json]',
    summary: 'cli.summary.templateRecipes',
    project: 'project',
    readonly: true,
    run: (_a, ctx) => ({ recipes: savedRecipes(ctx!) })
  },
  {
    words: ['template', 'recipe'],
    usage: 'template recipe PROJECT NAME',
    summary: 'cli.summary.templateRecipe',
    project: 'project',
    readonly: true,
    run(args, ctx) {
      return savedRecipeDocument(ctx!, need(args, 1, 'NAME', this.usage))
    }
  },
  {
    words: ['template', 'apply-recipe'],
    usage: 'template apply-recipe PROJECT NAME --dataset DATASET [--json]',
    summary: 'cli.summary.templateApplyRecipe',
    valueOptions: ['dataset'],
    project: 'project',
    run(args, ctx, io) {
      const dataset = opt(args, 'dataset')
      if (!dataset) throw fail('INVALID_INPUT', 'programme.cli.missingArg', { arg: '--dataset', usage: this.usage })
      const r = applySavedRecipe(ctx!, need(args, 1, 'NAME', this.usage), dataset)
      // A skipped step's reason is a message: worded in the CLI's locale, as `survey apply` does.
      return { ...r, skipped: r.skipped.map((s) => ({ ...s, message: s.message ? io.t(s.message.key as MessageKey, s.message.params) : null })) }
    }
  }
]

export const commands: CommandSpec[] = programmeCommands
