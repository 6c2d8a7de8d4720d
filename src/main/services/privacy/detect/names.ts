import { CAPITALISED_NOT_PERSONAL, NAME_WORDS, ORGANISATION_WORDS, PERSON_TITLES } from '../data/common-words-it'
import { joinable, nameKey, type Token } from '../text/tokens'
import { firstNameGenders, surnameSet } from './lexicon'
import type { Confidence, HitKind, RawHit } from './types'

/**
 * People and organisations nobody listed: capitalised words that are not at a sentence start and not
 * common words, helped by the first names and surnames lists. What the corpus writes in lower case
 * somewhere ("rosa", "franco") is a common word of this project, not evidence of a name.
 */
export interface NameContext {
  /** Folded words the project's texts also write in lower case. */
  lowerSeen: Set<string>
  /** Folded words of the programme's own vocabulary (its name, actions, areas, codes): not people. */
  vocabulary: Set<string>
}

const PARTICLE = new Set(['de', 'di', 'da', 'del', 'della', 'dei', 'degli', 'delle', 'dello', 'dell', 'd', 'la', 'lo', 'van', 'von', 'der', 'le', 'mc', 'mac'])

/** A word that could belong to a name: capitalised and not one of the common capitalised words. */
function nameLike(t: Token, ctx: NameContext): boolean {
  return t.cap && !t.upper && !CAPITALISED_NOT_PERSONAL.has(t.folded) && !ctx.vocabulary.has(t.folded) && t.folded.length >= 2
}

/** "Appunto. Partirei": a full stop between two words ends a sentence unless it closes an initial ("G. Verdi"). */
function sentenceBreak(text: string, prev: Token, next: Token): boolean {
  return text.slice(prev.end, next.start).includes('.') && prev.text.length > 1 && !PERSON_TITLES.has(prev.folded)
}

/** Runs of capitalised words joined by spaces, apostrophes or hyphens (particles allowed inside). */
function spans(text: string, tokens: Token[], ctx: NameContext): [number, number][] {
  const out: [number, number][] = []
  let i = 0
  while (i < tokens.length) {
    if (!nameLike(tokens[i], ctx)) {
      i++
      continue
    }
    let j = i
    while (j + 1 < tokens.length && joinable(text, tokens[j].end, tokens[j + 1].start) && !sentenceBreak(text, tokens[j], tokens[j + 1])) {
      const next = tokens[j + 1]
      if (nameLike(next, ctx)) j++
      else if (PARTICLE.has(next.folded) && j + 2 < tokens.length && nameLike(tokens[j + 2], ctx) && joinable(text, next.end, tokens[j + 2].start)) j += 2
      else break
    }
    out.push([i, j])
    i = j + 1
  }
  return out
}

export function findNames(text: string, tokens: Token[], ctx: NameContext): RawHit[] {
  const genders = firstNameGenders()
  const surnames = surnameSet()
  const out: RawHit[] = []
  const common = (t: Token): boolean => NAME_WORDS.has(t.folded) || ctx.lowerSeen.has(t.folded)
  const push = (a: number, b: number, kind: HitKind, confidence: Confidence): void => {
    const full = text.slice(tokens[a].start, tokens[b].end)
    const first = tokens[a].folded
    out.push({
      start: tokens[a].start,
      end: tokens[b].end,
      kind,
      confidence,
      origin: 'names',
      entity: {
        key: `name:${nameKey(full)}`,
        kind,
        full,
        part: 'full',
        ...(kind === 'person' && genders.has(first) ? { gender: genders.get(first) } : {})
      }
    })
  }
  for (let [a, b] of spans(text, tokens, ctx)) {
    const titled = a > 0 && PERSON_TITLES.has(tokens[a - 1].folded.replace(/\./g, ''))
    // A sentence's first word is capitalised anyway: it counts only when it is a first name.
    if (tokens[a].sentenceStart && !titled && !genders.has(tokens[a].folded)) {
      if (a === b) continue
      a++
      if (!nameLike(tokens[a], ctx)) continue
    }
    const words = tokens.slice(a, b + 1)
    const n = words.length
    if (words.some((w) => ORGANISATION_WORDS.has(w.folded)) || (b + 1 < tokens.length && ORGANISATION_WORDS.has(tokens[b + 1].folded.replace(/\./g, '')))) {
      push(a, b, 'organisation', 'medium')
      continue
    }
    const first = words[0]
    if (titled) push(a, b, 'person', 'high')
    else if (genders.has(first.folded)) {
      // "Quarto Oggiaro", "Rosa Camuna": a first name that is also a word, before a word that is no surname.
      if (n >= 2) push(a, b, 'person', !common(first) || words.slice(1).some((w) => surnames.has(w.folded) || genders.has(w.folded)) ? 'high' : 'low')
      else if (!first.sentenceStart) push(a, b, 'person', common(first) ? 'medium' : 'high')
      // "Serena è stata la giornata": a first name that is also a word, alone at a sentence start.
      else push(a, b, 'person', common(first) ? 'low' : 'medium')
    } else if (words.some((w) => surnames.has(w.folded) && !common(w))) push(a, b, 'person', n >= 2 ? 'medium' : 'low')
    else if (!words.every(common)) push(a, b, 'name', 'low')
  }
  return out
}
