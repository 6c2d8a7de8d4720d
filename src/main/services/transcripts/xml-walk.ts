import { SaxesParser, type SaxesTagNS } from 'saxes'
import { EsitiError } from '../../../shared/errors'

export interface XmlElement {
  uri: string
  local: string
  /** Attribute value by namespace URI and local name. */
  attr(uri: string, local: string): string | undefined
}

export interface XmlHandlers {
  open(el: XmlElement): void
  close(el: XmlElement): void
  text(t: string): void
}

function element(tag: SaxesTagNS): XmlElement {
  return {
    uri: tag.uri,
    local: tag.local,
    attr(uri, local) {
      for (const a of Object.values(tag.attributes)) if (a.local === local && a.uri === uri) return a.value
      return undefined
    }
  }
}

/** Streams an XML document through the handlers; malformed XML is a CORRUPT_FILE error naming the file. */
export function walkXml(xml: string, fileName: string, h: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true })
  let failure: Error | null = null
  parser.on('error', (e) => {
    failure ??= e
  })
  parser.on('opentag', (tag) => h.open(element(tag)))
  parser.on('closetag', (tag) => h.close(element(tag)))
  parser.on('text', (t) => h.text(t))
  parser.on('cdata', (t) => h.text(t))
  try {
    parser.write(xml).close()
  } catch (e) {
    if (e instanceof EsitiError) throw e
    failure ??= e as Error
  }
  if (failure) throw new EsitiError('CORRUPT_FILE', `${fileName} is damaged: its XML cannot be read (${failure.message.split('\n')[0]}).`)
}
