import { kid, kids, kidText, type XNode } from './xml-read'

/** A REFI-QDA project as read, before any mapping onto Esiti ids. GUIDs are kept as written. */
export interface RefiCode {
  guid: string
  name: string
  color?: string
  description?: string
  codable: boolean
  children: RefiCode[]
  noteRefs: string[]
}
export interface RefiValue {
  variable: string
  value: string | null
}
export interface RefiCase {
  guid: string
  name?: string
  description?: string
  values: RefiValue[]
  sourceRefs: string[]
  selectionRefs: string[]
}
export interface RefiCoding {
  guid: string
  code: string
  creatingUser?: string
  created?: string
  noteRefs: string[]
}
export interface RefiSelection {
  guid: string
  name?: string
  start: number
  end: number
  creatingUser?: string
  created?: string
  description?: string
  codings: RefiCoding[]
  noteRefs: string[]
}
export interface RefiTextSource {
  guid: string
  name?: string
  plainTextPath?: string
  richTextPath?: string
  content?: string
  creatingUser?: string
  created?: string
  description?: string
  selections: RefiSelection[]
  codings: RefiCoding[]
  noteRefs: string[]
  values: RefiValue[]
}
export interface RefiNote {
  guid: string
  name?: string
  content?: string
  plainTextPath?: string
  creatingUser?: string
  created?: string
  modified?: string
}
export interface RefiLink {
  guid?: string
  name?: string
  origin?: string
  target?: string
}
export interface RefiProject {
  name?: string
  origin: string | null
  users: { guid: string; name?: string }[]
  codes: RefiCode[]
  variables: { guid: string; name: string; type: string; description?: string }[]
  cases: RefiCase[]
  sources: RefiTextSource[]
  notes: RefiNote[]
  links: RefiLink[]
  projectNoteRefs: string[]
  ignored: { sets: number; graphs: number; media: number; pdfSelections: number; caseCodeRefs: number }
}

const noteRefs = (n: XNode): string[] => kids(n, 'NoteRef').map((r) => r.attrs.targetGUID).filter(Boolean)
const int = (s: string | undefined): number => (s !== undefined && /^\s*-?\d+\s*$/.test(s) ? Number(s) : NaN)

function readCode(n: XNode): RefiCode {
  return {
    guid: n.attrs.guid ?? '',
    name: n.attrs.name ?? '',
    color: n.attrs.color,
    description: kidText(n, 'Description'),
    codable: n.attrs.isCodable !== 'false',
    children: kids(n, 'Code').map(readCode),
    noteRefs: noteRefs(n)
  }
}

function readValues(n: XNode): RefiValue[] {
  return kids(n, 'VariableValue').map((v) => {
    const valueNode = v.children.find((c) => c.name !== 'VariableRef')
    return { variable: kid(v, 'VariableRef')?.attrs.targetGUID ?? '', value: valueNode ? valueNode.text : null }
  })
}

function readCoding(n: XNode): RefiCoding {
  return {
    guid: n.attrs.guid ?? '',
    code: kid(n, 'CodeRef')?.attrs.targetGUID ?? '',
    creatingUser: n.attrs.creatingUser,
    created: n.attrs.creationDateTime,
    noteRefs: noteRefs(n)
  }
}

function readTextSource(n: XNode): RefiTextSource {
  return {
    guid: n.attrs.guid ?? '',
    name: n.attrs.name,
    plainTextPath: n.attrs.plainTextPath,
    richTextPath: n.attrs.richTextPath,
    content: kidText(n, 'PlainTextContent'),
    creatingUser: n.attrs.creatingUser,
    created: n.attrs.creationDateTime,
    description: kidText(n, 'Description'),
    selections: kids(n, 'PlainTextSelection').map((s) => ({
      guid: s.attrs.guid ?? '',
      name: s.attrs.name,
      start: int(s.attrs.startPosition),
      end: int(s.attrs.endPosition),
      creatingUser: s.attrs.creatingUser,
      created: s.attrs.creationDateTime,
      description: kidText(s, 'Description'),
      codings: kids(s, 'Coding').map(readCoding),
      noteRefs: noteRefs(s)
    })),
    codings: kids(n, 'Coding').map(readCoding),
    noteRefs: noteRefs(n),
    values: readValues(n)
  }
}

/** Reads a Project element (namespace-agnostic: local names only). */
export function readProject(root: XNode): RefiProject {
  const sourcesNode = kid(root, 'Sources')
  const sources: RefiTextSource[] = []
  let media = 0
  let pdfSelections = 0
  for (const s of sourcesNode?.children ?? []) {
    if (s.name === 'TextSource') sources.push(readTextSource(s))
    else if (s.name === 'PDFSource') {
      // A PDF's plain-text representation is a text source the codings of which we can keep.
      const rep = kid(s, 'Representation')
      pdfSelections += kids(s, 'PDFSelection').length
      if (rep) sources.push({ ...readTextSource(rep), name: rep.attrs.name ?? s.attrs.name })
      else media++
    } else media++
  }
  const cases = kids(kid(root, 'Cases') ?? root, 'Case').map((c) => ({
    guid: c.attrs.guid ?? '',
    name: c.attrs.name,
    description: kidText(c, 'Description'),
    values: readValues(c),
    sourceRefs: kids(c, 'SourceRef').map((r) => r.attrs.targetGUID).filter(Boolean),
    selectionRefs: kids(c, 'SelectionRef').map((r) => r.attrs.targetGUID).filter(Boolean),
    codeRefs: kids(c, 'CodeRef').length
  }))
  return {
    name: root.attrs.name,
    origin: root.attrs.origin ?? null,
    users: kids(kid(root, 'Users') ?? root, 'User').map((u) => ({ guid: u.attrs.guid ?? '', name: u.attrs.name })),
    codes: kids(kid(kid(root, 'CodeBook') ?? root, 'Codes') ?? root, 'Code').map(readCode),
    variables: kids(kid(root, 'Variables') ?? root, 'Variable').map((v) => ({
      guid: v.attrs.guid ?? '',
      name: v.attrs.name ?? '',
      type: v.attrs.typeOfVariable ?? 'Text',
      description: kidText(v, 'Description')
    })),
    cases: cases.map(({ codeRefs: _c, ...c }) => c),
    sources,
    notes: kids(kid(root, 'Notes') ?? root, 'Note').map((n) => ({
      guid: n.attrs.guid ?? '',
      name: n.attrs.name,
      content: kidText(n, 'PlainTextContent'),
      plainTextPath: n.attrs.plainTextPath,
      creatingUser: n.attrs.creatingUser,
      created: n.attrs.creationDateTime,
      modified: n.attrs.modifiedDateTime
    })),
    links: kids(kid(root, 'Links') ?? root, 'Link').map((l) => ({
      guid: l.attrs.guid,
      name: l.attrs.name,
      origin: l.attrs.originGUID,
      target: l.attrs.targetGUID
    })),
    projectNoteRefs: noteRefs(root),
    ignored: {
      sets: kids(kid(root, 'Sets') ?? { name: '', attrs: {}, children: [], text: '' }, 'Set').length,
      graphs: kids(kid(root, 'Graphs') ?? { name: '', attrs: {}, children: [], text: '' }, 'Graph').length,
      media,
      pdfSelections,
      caseCodeRefs: cases.reduce((s, c) => s + c.codeRefs, 0)
    }
  }
}

/** Reads a CodeBook element (.qdc). */
export function readCodebook(root: XNode): { origin: string | null; codes: RefiCode[]; sets: number } {
  return {
    origin: root.attrs.origin ?? null,
    codes: kids(kid(root, 'Codes') ?? root, 'Code').map(readCode),
    sets: kids(kid(root, 'Sets') ?? { name: '', attrs: {}, children: [], text: '' }, 'Set').length
  }
}
