import { normaliseText } from '../text/normalise'
import { LIMITS, checkLimit } from '../io/limits'
import type { Block } from './structure'

/**
 * Joins the paragraphs a document reader finds into the stored text: one paragraph per line, a
 * single blank line where the document had empty paragraphs. Each paragraph is normalised on its
 * own (NFC never composes across a line feed), so the block offsets are offsets of the final text.
 */
const LIMIT_CHARS = LIMITS.textChars.value

export class TextAssembler {
  /** `file` names the document when its text passes the characters limit (checked as it grows). */
  constructor(private readonly file: string) {}

  private readonly parts: string[] = []
  readonly blocks: Block[] = []
  private pos = 0
  private pendingBlank = false

  add(raw: string, heading?: number): void {
    const text = normaliseText(raw)
    if (text.trim() === '') {
      if (this.parts.length) this.pendingBlank = true
      return
    }
    if (this.parts.length) {
      const sep = this.pendingBlank ? '\n\n' : '\n'
      this.parts.push(sep)
      this.pos += sep.length
    }
    this.pendingBlank = false
    const block: Block = { start: this.pos, end: this.pos + text.length }
    if (heading) block.heading = heading
    this.blocks.push(block)
    this.parts.push(text)
    this.pos += text.length
    // Checked as the text grows, so a document that inflates to millions of paragraphs stops early.
    if (this.pos > LIMIT_CHARS) checkLimit(this.file, LIMITS.textChars, this.pos, { atLeast: true })
  }

  get text(): string {
    return this.parts.join('')
  }
}
