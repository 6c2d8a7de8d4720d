import { defineMessages } from './define'

/**
 * Failures of the embedded MIRE demo's own content (a bug in Esiti, never the user's data): they
 * still reach the user when "Create the demo project" fails, so they are worded like the rest.
 */
export const demoContent = defineMessages({
  en: {
    'demoContent.op.seedCoding': 'Seed demo coding',
    'demoContent.noColumn': 'The demo questionnaire "{{sheet}}" has no column "{{column}}" after import.',
    'demoContent.unknownAttribute': 'The demo case "{{case}}" uses the unknown attribute "{{attribute}}".',
    'demoContent.unknownCase': 'The demo transcript "{{source}}" names the unknown case "{{case}}".',
    'demoContent.unknownCode': 'A demo coding in "{{source}}" uses the unknown code "{{code}}".',
    'demoContent.badZip': 'The demo workbook written by Esiti is not a valid zip ({{part}}).'
  },
  it: {
    'demoContent.op.seedCoding': 'Codifica della dimostrazione',
    'demoContent.noColumn': 'Il questionario dimostrativo «{{sheet}}» non ha la colonna «{{column}}» dopo l’importazione.',
    'demoContent.unknownAttribute': 'Il caso dimostrativo «{{case}}» usa l’attributo sconosciuto «{{attribute}}».',
    'demoContent.unknownCase': 'La trascrizione dimostrativa «{{source}}» nomina il caso sconosciuto «{{case}}».',
    'demoContent.unknownCode': 'Una codifica dimostrativa in «{{source}}» usa il codice sconosciuto «{{code}}».',
    'demoContent.badZip': 'La cartella di lavoro dimostrativa scritta da Esiti non è uno zip valido ({{part}}).'
  }
})
