import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { formatMessage } from '../../../src/shared/messages'
import { importTranscriptBytes } from '../../../src/main/services/transcripts/source-service'
import { loadSource } from '../../../src/main/services/transcripts/source-text'
import { hasSoffice, sofficeConvert } from '../../support/soffice'
import { tempProject } from '../../support/temp-project'
import { makeOdt } from './support/make-odt'
import { makePdf } from './support/make-pdf'

let t: Awaited<ReturnType<typeof tempProject>>
beforeEach(async () => {
  t = await tempProject()
})
afterEach(() => t.cleanup())

async function importPdf(bytes: Uint8Array, name = 'trascrizione.pdf') {
  const s = await importTranscriptBytes(t.ctx, bytes, name)
  return { s, text: loadSource(t.project, s.id).text, structure: loadSource(t.project, s.id).structure }
}

describe('PDF transcripts', () => {
  it('joins the lines the layout broke into paragraphs, mends hyphenated words and drops page numbers', async () => {
    // The defect: each printed line became a line of the transcript.
    const bytes = makePdf([
      [
        'INT: Come è nato il progetto di welfare nel vostro',
        'quartiere?',
        'R: È nato dal bisogno delle famiglie, soprattutto dei',
        'lavo-',
        'ratori con figli piccoli, e dalla rete socio-',
        'Economica del Municipio.',
        '',
        'Il coworking è arrivato dopo.',
        '3'
      ],
      ['- 4 -', 'INT: E lo smart working?', 'R: Due giorni a settimana.']
    ])
    const { s, text, structure } = await importPdf(bytes)
    expect(text).toBe(
      [
        'INT: Come è nato il progetto di welfare nel vostro quartiere?',
        'R: È nato dal bisogno delle famiglie, soprattutto dei lavoratori con figli piccoli, e dalla rete socio-Economica del Municipio.',
        'Il coworking è arrivato dopo.',
        '',
        'INT: E lo smart working?',
        'R: Due giorni a settimana.'
      ].join('\n')
    )
    expect(structure.turns.map((x) => x.speaker)).toEqual(['INT', 'R', 'INT', 'R'])
    const said = s.warnings.map((w) => formatMessage(w, 'en'))
    expect(said).toEqual([
      '4 lines broken by the PDF layout were joined into their paragraphs.',
      '1 word hyphenated at a line end was joined.',
      '2 page numbers alone on their lines were left out.'
    ])
  })

  it('keeps short lines of their own (a list, a title) apart', async () => {
    const { text } = await importPdf(makePdf([['Intervista a Chiara', '', 'Domande:', '1. Ruolo', '2. Progetto']]))
    expect(text).toBe('Intervista a Chiara\nDomande:\n1. Ruolo\n2. Progetto')
  })

  it.skipIf(!hasSoffice())('gives back the paragraphs of a document LibreOffice printed to PDF', async () => {
    const paragraphs = [
      'INT: Buongiorno. Ci può raccontare come la sua azienda ha conosciuto il progetto MIRE e che cosa vi ha convinto ad aderire alla rete delle imprese del Municipio 5?',
      'R: Lo abbiamo conosciuto attraverso lo sportello della Cittadella del welfare. All’inizio eravamo scettici, perché pensavamo che lo smart working fosse adatto solo agli uffici, ma poi abbiamo capito che anche in produzione si potevano riorganizzare i turni e dare più flessibilità alle persone con figli piccoli o con genitori anziani da assistere.',
      'INT: E i risultati?',
      'R: Meno assenze, più fiducia. Le colleghe che rientravano dalla maternità ci hanno detto che senza quei due giorni a casa avrebbero lasciato il lavoro. È un cambiamento che si vede anche nei numeri del personale, non solo nelle impressioni.'
    ]
    const dir = fs.mkdtempSync(path.join(t.dir, 'lo-'))
    const odt = path.join(dir, 'intervista.odt')
    fs.writeFileSync(odt, makeOdt(paragraphs))
    const pdf = sofficeConvert(odt, 'pdf', dir)
    const { text, s } = await importPdf(fs.readFileSync(pdf), 'intervista.pdf')
    expect(text.split('\n')).toEqual(paragraphs)
    expect(s.warnings.length).toBeGreaterThan(0)
  }, 200_000)
})
