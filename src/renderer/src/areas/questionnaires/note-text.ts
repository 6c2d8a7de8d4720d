import type { SurveyNoteDto } from '../../../../shared/ipc/survey'
import type { I18n } from '../../i18n/I18n'

/** A note from main in the interface language (sv.note.<key>); main's English text when there is no such key. */
export function noteText(i18n: I18n, note: SurveyNoteDto | null | undefined, english: string): string {
  if (!note) return english
  const key = `sv.note.${note.key}`
  const text = i18n.t(key, note.params)
  return text === key ? english : text
}
