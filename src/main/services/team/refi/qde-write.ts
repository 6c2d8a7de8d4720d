import { composeCodeDescription } from './code-description'
import { NS_SELECTION, NS_USER, uuidV5 } from './ids'
import { OffsetMap } from './offsets'
import type { ProjectData } from './project-data'
import { el, escText, textEl, XML_DECL } from './xml-write'

export const ESITI_ORIGIN = 'Esiti 0.1.0'
export const PROJECT_NS = 'urn:QDA-XML:project:1.0'
export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0'
/** Link name prefix for memos on things REFI cannot hang a NoteRef on (cases, indicators, …). */
export const MEMO_LINK = 'esiti:memo:'
/** Marks a Text variable that is an Esiti category, followed by its choices as stored. */
export const CATEGORY_MARK = 'Esiti categorie: '

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/
const dateTime = (s: string | null | undefined): string | undefined => (s && DATE_TIME.test(s) ? s : undefined)
const RGB = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/
const MAX_NAME = 1000

const VAR_TYPE: Record<string, string> = { text: 'Text', number: 'Float', date: 'Date', boolean: 'Boolean', category: 'Text' }

function variableValue(attributeId: string, type: string, value: string): string {
  const ref = el('VariableRef', { targetGUID: attributeId })
  const v = value.trim()
  if (type === 'number' && /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v)) return el('VariableValue', {}, [ref, textEl('FloatValue', v)])
  if (type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return el('VariableValue', {}, [ref, textEl('DateValue', v)])
  if (type === 'boolean' && /^(true|false|1|0)$/i.test(v))
    return el('VariableValue', {}, [ref, textEl('BooleanValue', /^(true|1)$/i.test(v) ? 'true' : 'false')])
  return el('VariableValue', {}, [ref, `<TextValue>${value ? textEscape(value) : ''}</TextValue>`])
}

const textEscape = escText

/** Users: every coder, plus memo authors who never coded (with a GUID derived from their name). */
export function refiUsers(data: ProjectData): { id: string; name: string }[] {
  const users = [...data.coders]
  const names = new Set(users.map((u) => u.name))
  for (const m of data.memos)
    if (m.author && !names.has(m.author)) {
      names.add(m.author)
      users.push({ id: uuidV5(m.author, NS_USER), name: m.author })
    }
  return users
}

/** The project.qde document of a .qdpx: every GUID is the Esiti UUID, so exports are stable. */
export function projectXml(data: ProjectData, modifiedAt: string): string {
  const users = refiUsers(data)
  const userByName = new Map(users.map((u) => [u.name, u.id]))
  const noteRefs = new Map<string, string[]>()
  const links: string[] = []
  const exported = new Map<string, string>()
  data.sources.forEach((s) => exported.set(s.id, 'source'))
  data.codes.forEach((c) => exported.set(c.id, 'code'))
  data.codings.forEach((c) => exported.set(c.id, 'coding'))
  for (const m of data.memos) {
    const target = m.target_kind === 'project' ? 'project' : m.target_id
    if (target && (target === 'project' || exported.get(target) === m.target_kind)) {
      noteRefs.set(target, [...(noteRefs.get(target) ?? []), m.id])
    } else if (m.target_id) {
      links.push(el('Link', { guid: uuidV5(`link:${m.id}`, NS_SELECTION), name: `${MEMO_LINK}${m.target_kind}`, direction: 'OneWay', originGUID: m.id, targetGUID: m.target_id }))
    } else noteRefs.set('project', [...(noteRefs.get('project') ?? []), m.id])
  }
  const refs = (id: string): string[] => (noteRefs.get(id) ?? []).map((n) => el('NoteRef', { targetGUID: n }))

  const children = new Map<string | null, ProjectData['codes']>()
  const codeIds = new Set(data.codes.map((c) => c.id))
  for (const c of data.codes) {
    const parent = c.parent_id && codeIds.has(c.parent_id) ? c.parent_id : null
    children.set(parent, [...(children.get(parent) ?? []), c])
  }
  const codeXml = (c: ProjectData['codes'][number], seen: Set<string>): string => {
    seen.add(c.id)
    const desc = composeCodeDescription({ definition: c.definition, whenToUse: c.when_to_use, whenNotToUse: c.when_not_to_use, example: c.example })
    const kids = (children.get(c.id) ?? []).filter((k) => !seen.has(k.id)).map((k) => codeXml(k, seen))
    return el('Code', { guid: c.id, name: c.name, isCodable: 'true', color: RGB.test(c.color) ? c.color : undefined }, [
      textEl('Description', desc),
      ...refs(c.id),
      ...kids
    ])
  }
  const seen = new Set<string>()
  const codes = (children.get(null) ?? []).map((c) => codeXml(c, seen))

  const attrType = new Map(data.attributes.map((a) => [a.id, a.type]))
  const variables = data.attributes.map((a) =>
    el('Variable', { guid: a.id, name: a.name, typeOfVariable: VAR_TYPE[a.type] ?? 'Text' }, [
      textEl('Description', a.type === 'category' && a.choices ? CATEGORY_MARK + a.choices : null)
    ])
  )
  const cases = data.cases.map((c) =>
    el('Case', { guid: c.id, name: c.name }, [
      textEl('Description', c.description),
      ...data.caseValues
        .filter((v) => v.case_id === c.id && v.value !== null && attrType.has(v.attribute_id))
        .map((v) => variableValue(v.attribute_id, attrType.get(v.attribute_id)!, v.value!)),
      ...data.sources.filter((s) => s.case_id === c.id).map((s) => el('SourceRef', { targetGUID: s.id })),
      ...data.caseSegments.filter((g) => g.case_id === c.id).map((g) => el('SelectionRef', { targetGUID: g.id }))
    ])
  )

  const codingsBySource = groupBy(data.codings, (c) => c.source_id)
  const segmentsBySource = groupBy(data.caseSegments, (g) => g.source_id)
  const sources = data.sources.map((s) => {
    const map = new OffsetMap(s.text)
    const cp = (u: number): number => map.toCodePoint(u)
    const selections = [
      ...(codingsBySource.get(s.id) ?? []).map((c) =>
        el(
          'PlainTextSelection',
          {
            guid: uuidV5(c.id, NS_SELECTION),
            name: c.quote.length > MAX_NAME ? c.quote.slice(0, MAX_NAME - 1) + '…' : c.quote,
            startPosition: cp(c.start),
            endPosition: cp(c.end),
            creatingUser: c.coder_id,
            creationDateTime: dateTime(c.created_at)
          },
          [
            textEl('Description', c.comment),
            el('Coding', { guid: c.id, creatingUser: c.coder_id, creationDateTime: dateTime(c.created_at) }, [
              el('CodeRef', { targetGUID: c.code_id }),
              ...refs(c.id)
            ])
          ]
        )
      ),
      ...(segmentsBySource.get(s.id) ?? []).map((g) =>
        el('PlainTextSelection', { guid: g.id, startPosition: cp(g.start), endPosition: cp(g.end) })
      )
    ]
    return el(
      'TextSource',
      {
        guid: s.id,
        name: s.name,
        plainTextPath: `internal://${s.id}.txt`,
        creatingUser: s.imported_by ? userByName.get(s.imported_by) : undefined,
        creationDateTime: dateTime(s.imported_at)
      },
      [...selections, ...refs(s.id)]
    )
  })

  const notes = data.memos.map((m) =>
    el(
      'Note',
      {
        guid: m.id,
        name: m.title,
        creatingUser: m.author ? userByName.get(m.author) : undefined,
        creationDateTime: dateTime(m.created_at),
        modifiedDateTime: dateTime(m.updated_at)
      },
      [`<PlainTextContent>${textEscape(m.body)}</PlainTextContent>`]
    )
  )

  const root = el(
    'Project',
    { xmlns: PROJECT_NS, name: data.name, origin: ESITI_ORIGIN, creationDateTime: dateTime(data.createdAt), modifiedDateTime: modifiedAt },
    [
      users.length ? el('Users', {}, users.map((u) => el('User', { guid: u.id, name: u.name }))) : null,
      codes.length ? el('CodeBook', {}, [el('Codes', {}, codes)]) : null,
      variables.length ? el('Variables', {}, variables) : null,
      cases.length ? el('Cases', {}, cases) : null,
      sources.length ? el('Sources', {}, sources) : null,
      notes.length ? el('Notes', {}, notes) : null,
      links.length ? el('Links', {}, links) : null,
      ...refs('project')
    ]
  )
  return XML_DECL + root + '\n'
}

/** A standalone codebook (.qdc): codes with colours, hierarchy and descriptions. */
export function codebookXml(data: ProjectData): string {
  const codeIds = new Set(data.codes.map((c) => c.id))
  const children = groupBy(data.codes, (c) => (c.parent_id && codeIds.has(c.parent_id) ? c.parent_id : null))
  const seen = new Set<string>()
  const codeXml = (c: ProjectData['codes'][number]): string => {
    seen.add(c.id)
    const desc = composeCodeDescription({ definition: c.definition, whenToUse: c.when_to_use, whenNotToUse: c.when_not_to_use, example: c.example })
    return el('Code', { guid: c.id, name: c.name, isCodable: 'true', color: RGB.test(c.color) ? c.color : undefined }, [
      textEl('Description', desc),
      ...(children.get(c.id) ?? []).filter((k) => !seen.has(k.id)).map(codeXml)
    ])
  }
  const codes = (children.get(null) ?? []).map(codeXml)
  return XML_DECL + el('CodeBook', { xmlns: CODEBOOK_NS, origin: ESITI_ORIGIN }, [el('Codes', {}, codes)]) + '\n'
}

function groupBy<T, K>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>()
  for (const it of items) {
    const k = key(it)
    const list = out.get(k)
    if (list) list.push(it)
    else out.set(k, [it])
  }
  return out
}
