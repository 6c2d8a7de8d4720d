import { EsitiError } from '../../../../shared/errors'
import { msg, type MessageKey, type Msg, type MsgParams } from '../../../../shared/messages'
import { parseLooseNumber } from '../infer/parse-number'
import { looseKey } from '../infer/text-norm'

/**
 * A small, safe expression language for computed variables, row filters and cross-field rules
 * (no eval, no Function: a tokenizer, a recursive-descent parser and closures).
 *
 *   eta >= 18 and giorni_sw <= 5          if(dipendenti < 10, "micro", "altro")
 *   `giorni smart working` * 4            mean(item1, item2, item3)
 *   servizi has "Mensa"  → has(servizi, "Mensa")    azienda in ("A", "B")
 *
 * Variables that hold a declared missing code read as null; arithmetic with null gives null.
 */

export type Value = number | string | boolean | null | string[]

export interface VariableAccess {
  /** Value of the variable at a row, with missing codes already turned into null. */
  get(row: number): Value
}

export type Resolver = (name: string) => VariableAccess | null

type Compiled = (row: number) => Value

type Token = (
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'id'; v: string; quoted: boolean }
  | { t: 'op'; v: string }
) & { pos: number; end: number }

const OPS = ['<=', '>=', '<>', '!=', '==', '&&', '||', '+', '-', '*', '/', '%', '^', '&', '=', '<', '>', '(', ')', ',', '!']

/** Where an expression went wrong: the character (0-based) and how many characters. */
export interface ExpressionProblem {
  position: number
  length: number
  detail: Msg
}

/**
 * Throws the error of an expression: its message names the character where the problem is and what it
 * is; `details` carries the position (for the window to underline it) and the syntax help.
 */
function fail(key: MessageKey, params: MsgParams | undefined, pos: number, end = pos + 1): never {
  const detail = msg(key, params)
  const problem: ExpressionProblem = { position: pos, length: Math.max(1, end - pos), detail }
  throw new EsitiError('INVALID_INPUT', 'survey.expr.error', { position: pos + 1, detail }, { expression: problem, help: msg('survey.expr.help') })
}

function tokenize(src: string): Token[] {
  const out: Token[] = []
  let i = 0
  while (i < src.length) {
    const ch = src[i]
    if (/\s/.test(ch)) {
      i++
      continue
    }
    if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?/.exec(src.slice(i))!
      out.push({ t: 'num', v: Number(m[0]), pos: i, end: i + m[0].length })
      i += m[0].length
      continue
    }
    if (ch === '"' || ch === "'") {
      let j = i + 1
      let s = ''
      for (;;) {
        if (j >= src.length) fail('survey.expr.unterminatedString', undefined, i, src.length)
        const c = src[j]
        if (c === '\\' && j + 1 < src.length) {
          s += src[j + 1]
          j += 2
        } else if (c === ch) {
          if (src[j + 1] === ch) {
            s += ch
            j += 2
          } else break
        } else {
          s += c
          j++
        }
      }
      out.push({ t: 'str', v: s, pos: i, end: j + 1 })
      i = j + 1
      continue
    }
    if (ch === '`' || ch === '[') {
      const close = ch === '`' ? '`' : ']'
      const j = src.indexOf(close, i + 1)
      if (j < 0) fail('survey.expr.unterminatedName', { open: ch, close }, i, src.length)
      out.push({ t: 'id', v: src.slice(i + 1, j), quoted: true, pos: i, end: j + 1 })
      i = j + 1
      continue
    }
    const id = /^[\p{L}_][\p{L}\p{N}_.]*/u.exec(src.slice(i))
    if (id) {
      out.push({ t: 'id', v: id[0], quoted: false, pos: i, end: i + id[0].length })
      i += id[0].length
      continue
    }
    const op = OPS.find((o) => src.startsWith(o, i))
    if (!op) fail('survey.expr.unexpectedCharacter', { ch }, i)
    out.push({ t: 'op', v: op, pos: i, end: i + op.length })
    i += op.length
  }
  return out
}

const num = (v: Value): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null
  if (typeof v === 'boolean') return v ? 1 : 0
  if (typeof v === 'string') return parseLooseNumber(v)
  return null
}
const truthy = (v: Value): boolean =>
  v !== null && v !== false && v !== 0 && v !== '' && !(Array.isArray(v) && v.length === 0)
const str = (v: Value): string | null =>
  v === null ? null : Array.isArray(v) ? v.join(', ') : typeof v === 'boolean' ? (v ? 'Sì' : 'No') : String(v)

function equal(a: Value, b: Value): boolean | null {
  if (a === null || b === null) return null
  if (typeof a === 'number' || typeof b === 'number') {
    const x = num(a)
    const y = num(b)
    return x === null || y === null ? false : x === y
  }
  if (Array.isArray(a) || Array.isArray(b)) return str(a) === str(b)
  if (typeof a === 'boolean' || typeof b === 'boolean') return truthy(a) === truthy(b)
  return looseKey(a) === looseKey(b)
}

function compare(a: Value, b: Value): number | null {
  if (a === null || b === null) return null
  const x = num(a)
  const y = num(b)
  if (x !== null && y !== null && (typeof a === 'number' || typeof b === 'number')) return x - y
  const s = str(a)!
  const t = str(b)!
  return s < t ? -1 : s > t ? 1 : 0
}

function datePart(v: Value, part: 'y' | 'm' | 'd' | 'h'): number | null {
  if (typeof v !== 'string') return null
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}))?/.exec(v)
  if (!m) return null
  return Number(part === 'y' ? m[1] : part === 'm' ? m[2] : part === 'd' ? m[3] : (m[4] ?? '0'))
}

function dayNumber(v: Value): number | null {
  if (typeof v !== 'string') return null
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(v)
  if (!m) return null
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0))
  return t / 86400000
}

const numbersOf = (args: Value[]): number[] => {
  const out: number[] = []
  for (const a of args) {
    const n = num(a)
    if (n !== null) out.push(n)
  }
  return out
}

type Fn = { min: number; max: number; call: (args: Value[]) => Value }

const FUNCTIONS: Record<string, Fn> = {
  coalesce: { min: 1, max: 99, call: (a) => a.find((v) => v !== null) ?? null },
  min: { min: 1, max: 99, call: (a) => (numbersOf(a).length ? Math.min(...numbersOf(a)) : null) },
  max: { min: 1, max: 99, call: (a) => (numbersOf(a).length ? Math.max(...numbersOf(a)) : null) },
  sum: { min: 1, max: 99, call: (a) => (numbersOf(a).length ? numbersOf(a).reduce((s, x) => s + x, 0) : null) },
  mean: {
    min: 1,
    max: 99,
    call: (a) => {
      const xs = numbersOf(a)
      return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null
    }
  },
  count: { min: 1, max: 99, call: (a) => a.filter((v) => v !== null).length },
  round: {
    min: 1,
    max: 2,
    call: ([x, d]) => {
      const n = num(x)
      if (n === null) return null
      const f = 10 ** (num(d ?? 0) ?? 0)
      return Math.round(n * f) / f
    }
  },
  floor: { min: 1, max: 1, call: ([x]) => (num(x) === null ? null : Math.floor(num(x)!)) },
  ceil: { min: 1, max: 1, call: ([x]) => (num(x) === null ? null : Math.ceil(num(x)!)) },
  abs: { min: 1, max: 1, call: ([x]) => (num(x) === null ? null : Math.abs(num(x)!)) },
  sqrt: { min: 1, max: 1, call: ([x]) => (num(x) === null || num(x)! < 0 ? null : Math.sqrt(num(x)!)) },
  number: { min: 1, max: 1, call: ([x]) => num(x) },
  text: { min: 1, max: 1, call: ([x]) => str(x) },
  len: { min: 1, max: 1, call: ([x]) => (x === null ? null : Array.isArray(x) ? x.length : str(x)!.length) },
  lower: { min: 1, max: 1, call: ([x]) => str(x)?.toLowerCase() ?? null },
  upper: { min: 1, max: 1, call: ([x]) => str(x)?.toUpperCase() ?? null },
  trim: { min: 1, max: 1, call: ([x]) => str(x)?.trim() ?? null },
  concat: { min: 1, max: 99, call: (a) => a.map((v) => str(v) ?? '').join('') },
  contains: {
    min: 2,
    max: 2,
    call: ([s, sub]) => (s === null || sub === null ? null : looseKey(str(s)!).includes(looseKey(str(sub)!)))
  },
  startswith: {
    min: 2,
    max: 2,
    call: ([s, sub]) => (s === null || sub === null ? null : looseKey(str(s)!).startsWith(looseKey(str(sub)!)))
  },
  has: {
    min: 2,
    max: 2,
    call: ([set, opt]) => {
      if (set === null || opt === null) return null
      const k = looseKey(str(opt)!)
      return Array.isArray(set) ? set.some((o) => looseKey(o) === k) : looseKey(str(set)!) === k
    }
  },
  size: { min: 1, max: 1, call: ([x]) => (Array.isArray(x) ? x.length : x === null ? null : 1) },
  year: { min: 1, max: 1, call: ([x]) => datePart(x, 'y') },
  month: { min: 1, max: 1, call: ([x]) => datePart(x, 'm') },
  day: { min: 1, max: 1, call: ([x]) => datePart(x, 'd') },
  hour: { min: 1, max: 1, call: ([x]) => datePart(x, 'h') },
  daysbetween: {
    min: 2,
    max: 2,
    call: ([a, b]) => {
      const x = dayNumber(a)
      const y = dayNumber(b)
      return x === null || y === null ? null : y - x
    }
  },
  between: {
    min: 3,
    max: 3,
    call: ([x, lo, hi]) => {
      const n = num(x)
      const a = num(lo)
      const b = num(hi)
      return n === null || a === null || b === null ? null : n >= a && n <= b
    }
  }
}

/** The literal null (null, missing): comparing anything with it is never true nor false. */
const isNullWord = (t: Token | undefined): boolean => !!t && t.t === 'id' && !t.quoted && ['null', 'missing', 'mancante', 'nullo'].includes(t.v.toLowerCase())

class Parser {
  private pos = 0
  private depth = 0
  readonly variables = new Set<string>()

  constructor(
    private readonly tokens: Token[],
    private readonly resolve: Resolver,
    private readonly length: number
  ) {}

  parse(): Compiled {
    if (this.tokens.length === 0) fail('survey.expr.empty', undefined, 0)
    const e = this.or()
    const t = this.tokens[this.pos]
    if (t) fail('survey.expr.unexpected', { token: this.show(t) }, t.pos, t.end)
    return e
  }

  /** Fails at the current token (or at the end of the expression). */
  private failHere(key: MessageKey, params?: MsgParams): never {
    const t = this.peek()
    return t ? fail(key, params, t.pos, t.end) : fail(key, params, Math.max(0, this.length - 1), this.length)
  }

  private show(t: Token): string {
    return t.t === 'num' ? String(t.v) : t.t === 'str' ? `"${t.v}"` : t.v
  }
  private peek(): Token | undefined {
    return this.tokens[this.pos]
  }
  private isOp(v: string): boolean {
    const t = this.peek()
    return !!t && t.t === 'op' && t.v === v
  }
  private isWord(v: string): boolean {
    const t = this.peek()
    return !!t && t.t === 'id' && !t.quoted && t.v.toLowerCase() === v
  }
  private expect(v: string): void {
    if (!this.isOp(v)) this.failHere(this.peek() ? 'survey.expr.expectedBefore' : 'survey.expr.expectedAtEnd', { expected: v, token: this.peek() ? this.show(this.peek()!) : '' })
    this.pos++
  }
  private enter(): void {
    if (++this.depth > 200) this.failHere('survey.expr.tooDeep')
  }

  private or(): Compiled {
    this.enter()
    let left = this.and()
    while (this.isOp('||') || this.isWord('or')) {
      this.pos++
      const l = left
      const r = this.and()
      left = (row) => truthy(l(row)) || truthy(r(row))
    }
    this.depth--
    return left
  }
  private and(): Compiled {
    let left = this.not()
    while (this.isOp('&&') || this.isWord('and')) {
      this.pos++
      const l = left
      const r = this.not()
      left = (row) => truthy(l(row)) && truthy(r(row))
    }
    return left
  }
  private not(): Compiled {
    if (this.isOp('!') || this.isWord('not')) {
      this.pos++
      this.enter()
      const e = this.not()
      this.depth--
      return (row) => !truthy(e(row))
    }
    return this.comparison()
  }
  private comparison(): Compiled {
    const left = this.concat()
    if (this.isWord('in')) {
      this.pos++
      this.expect('(')
      const items: Compiled[] = [this.or()]
      while (this.isOp(',')) {
        this.pos++
        items.push(this.or())
      }
      this.expect(')')
      return (row) => {
        const v = left(row)
        if (v === null) return null
        return items.some((it) => equal(v, it(row)) === true)
      }
    }
    if (this.isWord('has')) {
      this.pos++
      const right = this.concat()
      return (row) => FUNCTIONS.has.call([left(row), right(row)])
    }
    const t = this.peek()
    if (t?.t === 'op' && ['=', '==', '!=', '<>', '<', '<=', '>', '>='].includes(t.v)) {
      // "x == null" is never true: a missing value compares as unknown. Say how to ask for it instead.
      if (isNullWord(this.tokens[this.pos - 1]) || isNullWord(this.tokens[this.pos + 1]))
        fail(t.v === '!=' || t.v === '<>' ? 'survey.expr.notNullCompare' : 'survey.expr.nullCompare', undefined, t.pos, t.end)
      this.pos++
      const right = this.concat()
      const op = t.v
      return (row) => {
        const a = left(row)
        const b = right(row)
        if (op === '=' || op === '==') return equal(a, b)
        if (op === '!=' || op === '<>') {
          const e = equal(a, b)
          return e === null ? null : !e
        }
        const c = compare(a, b)
        if (c === null) return null
        return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0
      }
    }
    return left
  }
  private concat(): Compiled {
    let left = this.additive()
    while (this.isOp('&')) {
      this.pos++
      const l = left
      const r = this.additive()
      left = (row) => (str(l(row)) ?? '') + (str(r(row)) ?? '')
    }
    return left
  }
  private additive(): Compiled {
    let left = this.multiplicative()
    while (this.isOp('+') || this.isOp('-')) {
      const op = (this.tokens[this.pos++] as { v: string }).v
      const l = left
      const r = this.multiplicative()
      left = (row) => {
        const a = num(l(row))
        const b = num(r(row))
        if (a === null || b === null) return null
        return op === '+' ? a + b : a - b
      }
    }
    return left
  }
  private multiplicative(): Compiled {
    let left = this.unary()
    while (this.isOp('*') || this.isOp('/') || this.isOp('%')) {
      const op = (this.tokens[this.pos++] as { v: string }).v
      const l = left
      const r = this.unary()
      left = (row) => {
        const a = num(l(row))
        const b = num(r(row))
        if (a === null || b === null) return null
        if ((op === '/' || op === '%') && b === 0) return null
        return op === '*' ? a * b : op === '/' ? a / b : a % b
      }
    }
    return left
  }
  private unary(): Compiled {
    if (this.isOp('-')) {
      this.pos++
      this.enter()
      const e = this.unary()
      this.depth--
      return (row) => {
        const a = num(e(row))
        return a === null ? null : -a
      }
    }
    if (this.isOp('+')) {
      this.pos++
      return this.unary()
    }
    return this.power()
  }
  private power(): Compiled {
    const base = this.primary()
    if (this.isOp('^')) {
      this.pos++
      this.enter()
      const exp = this.unary()
      this.depth--
      return (row) => {
        const a = num(base(row))
        const b = num(exp(row))
        if (a === null || b === null) return null
        const r = a ** b
        return Number.isFinite(r) ? r : null
      }
    }
    return base
  }
  private primary(): Compiled {
    const t = this.peek()
    if (!t) this.failHere('survey.expr.endsEarly')
    this.pos++
    if (t.t === 'num') return () => t.v
    if (t.t === 'str') return () => t.v
    if (t.t === 'op') {
      if (t.v === '(') {
        const e = this.or()
        this.expect(')')
        return e
      }
      fail('survey.expr.unexpected', { token: t.v }, t.pos, t.end)
    }
    const word = t.v.toLowerCase()
    if (!t.quoted && this.isOp('(')) return this.call(word, t.v)
    if (!t.quoted && (word === 'true' || word === 'vero')) return () => true
    if (!t.quoted && (word === 'false' || word === 'falso')) return () => false
    if (!t.quoted && (word === 'null' || word === 'missing')) return () => null
    const access = this.resolve(t.v)
    if (!access) fail('survey.expr.unknownVariable', { name: t.v }, t.pos, t.end)
    this.variables.add(t.v)
    return (row) => access.get(row)
  }
  private call(word: string, shown: string): Compiled {
    const at = this.tokens[this.pos - 1]
    this.expect('(')
    const args: Compiled[] = []
    if (!this.isOp(')')) {
      args.push(this.or())
      while (this.isOp(',')) {
        this.pos++
        args.push(this.or())
      }
    }
    this.expect(')')
    if (word === 'if' || word === 'se') {
      if (args.length !== 3) fail('survey.expr.ifArgs', undefined, at.pos, at.end)
      const [c, a, b] = args
      return (row) => (truthy(c(row)) ? a(row) : b(row))
    }
    if (word === 'ismissing' || word === 'isblank') {
      if (args.length !== 1) fail('survey.expr.argCount', { fn: shown, count: 1 }, at.pos, at.end)
      const [a] = args
      return (row) => {
        const v = a(row)
        return v === null || v === '' || (Array.isArray(v) && v.length === 0)
      }
    }
    const fn = FUNCTIONS[word]
    if (!fn) fail('survey.expr.unknownFunction', { name: shown }, at.pos, at.end)
    if (args.length < fn.min || args.length > fn.max)
      fail(fn.min === fn.max ? 'survey.expr.argCount' : 'survey.expr.argRange', { fn: shown, count: fn.min, min: fn.min, max: fn.max }, at.pos, at.end)
    return (row) => fn.call(args.map((a) => a(row)))
  }
}

export interface CompiledExpression {
  evaluate: (row: number) => Value
  /** Variables the expression reads. */
  variables: string[]
}

/** Parses and binds an expression; throws INVALID_INPUT with the position and a readable message on errors. */
export function compileExpression(source: string, resolve: Resolver): CompiledExpression {
  const parser = new Parser(tokenize(source), resolve, source.length)
  const evaluate = parser.parse()
  return { evaluate, variables: [...parser.variables] }
}

/** The variables an expression reads, without binding it (syntax errors still throw). */
export function expressionVariables(source: string): string[] {
  return compileExpression(source, () => ({ get: () => null })).variables
}

/** The problem of an expression error thrown by compileExpression, if it is one. */
export function expressionProblem(e: unknown): ExpressionProblem | null {
  const d = e instanceof EsitiError ? (e.details as { expression?: ExpressionProblem } | undefined) : undefined
  return d?.expression ?? null
}

export { truthy as isTruthy }
