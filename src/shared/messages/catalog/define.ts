/** One area's messages in both languages. The English text is also what logs and `err.message` show. */
export interface CatalogPart<K extends string = string> {
  en: Record<K, string>
  it: Record<K, string>
}

/** Keeps the English keys as a literal type, so a key that does not exist fails to compile. */
export const defineMessages = <K extends string>(part: CatalogPart<K>): CatalogPart<K> => part
