import { msg, type MessageKey, type Msg } from '../../../shared/messages'

/**
 * What is wrong with a regular expression, worded in the user's language: JavaScript's engine
 * explains a syntax error in English ("Invalid regular expression: /(/giu: Unterminated group").
 * The common reasons have a message each; another reason keeps the engine's words.
 */
const REASONS: [RegExp, MessageKey][] = [
  [/unterminated group/i, 'coding.regex.unterminatedGroup'],
  [/unmatched '\)'/i, 'coding.regex.unmatchedParen'],
  [/nothing to repeat/i, 'coding.regex.nothingToRepeat'],
  [/numbers out of order/i, 'coding.regex.quantifierOrder'],
  [/incomplete quantifier/i, 'coding.regex.incompleteQuantifier'],
  [/range out of order/i, 'coding.regex.rangeOrder'],
  [/unterminated character class/i, 'coding.regex.unterminatedClass'],
  [/\\ at end of pattern/i, 'coding.regex.trailingBackslash'],
  [/invalid escape|invalid unicode escape|invalid class escape/i, 'coding.regex.badEscape'],
  [/capture group name|named capture/i, 'coding.regex.groupName'],
  [/invalid property name/i, 'coding.regex.propertyName'],
  [/lone quantifier brackets/i, 'coding.regex.loneBracket']
]

/** The reason of an engine's syntax error message (its part after the pattern), as a message. */
export function regexProblem(engineMessage: string): Msg {
  for (const [re, key] of REASONS) if (re.test(engineMessage)) return msg(key)
  const reason = engineMessage.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')
  return msg('coding.regex.other', { reason })
}
