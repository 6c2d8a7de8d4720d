import { normaliseText } from '../text/normalise'
import type { Block } from './structure'

/**
 * Joins the paragraphs a document reader finds into the stored text: one paragraph per line, a
 * single blank line where the document had empty paragraphs. Each paragraph is normalised on its
 * own (NFC never composes across a line feed), so the block offsets are offsets of the final text.
 */
export class TextAssembler {
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
  }

  get text(): string {
    return this.parts.join('')
  }
}
