import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { timeAt } from '../../../src/shared/media-time'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'

/*
 * Timestamped transcripts as transcription tools write them: SRT cues with speaker labels (Whisper
 * and aTrain write "SPEAKER_00: …" or no label), WebVTT with voice tags (noScribe writes
 * "<v S01>…"), noScribe's text ("S01 [00:00:12]: …") and aTrain's text (a speaker line, then
 * "[00:00:01] - …" lines). Files are written here following each format's documented conventions.
 */

const tmp = tempDir('esiti-subs-')
afterAll(() => tmp.cleanup())
let project = ''
let n = 0
beforeEach(async () => {
  project = path.join(tmp.dir, `p${++n}.esiti`)
  expect((await cli('new', project, '--json')).code).toBe(0)
})

const write = (name: string, text: string | Buffer): string => {
  const file = path.join(tmp.dir, `${n}-${name}`)
  fs.writeFileSync(file, text)
  return file
}

const SRT = [
  '1',
  '00:00:01,000 --> 00:00:04,200',
  'Intervistatrice: Buongiorno, come è nato il progetto?',
  '',
  '2',
  '00:00:04,900 --> 00:00:09,000',
  'Maria Rossi: È nato dal bisogno delle famiglie',
  'del quartiere.',
  '',
  '3',
  '00:00:09,100 --> 00:00:12,500',
  'Maria Rossi: Il coworking è arrivato dopo.',
  '',
  '4',
  '00:03:40,000 --> 00:03:44,000',
  'Intervistatrice: E lo smart working?',
  '',
  '5',
  '00:03:45,250 --> 00:03:50,000',
  'Maria Rossi: Due giorni a settimana, <i>finalmente</i>.',
  ''
].join('\r\n')

describe('subtitle transcripts', () => {
  it('imports an .srt with two speakers, both linked to cases, and keeps the time of every cue', async () => {
    const r = await cli('transcripts', 'import', project, write('intervista.srt', SRT), '--json')
    expect(r.stderr).toBe('')
    const s = r.json.sources[0]
    expect(s.format).toBe('srt')
    expect(s.speakers).toEqual(['Intervistatrice', 'Maria Rossi'])
    expect(s.speakerCases.map((c: { speaker: string; caseName: string; created: boolean }) => [c.speaker, c.caseName, c.created])).toEqual([
      ['Intervistatrice', 'Intervistatrice', true],
      ['Maria Rossi', 'Maria Rossi', true]
    ])
    // What was decided is said, in the chosen language.
    expect(s.warnings).toContain('Maria Rossi → new case "Maria Rossi"')
    const shown = (await cli('transcripts', 'show', project, s.name, '--json')).json
    expect(shown.text).toBe(
      [
        '[00:00:01] Intervistatrice: Buongiorno, come è nato il progetto?',
        '[00:00:04] Maria Rossi: È nato dal bisogno delle famiglie del quartiere. Il coworking è arrivato dopo.',
        '[00:03:40] Intervistatrice: E lo smart working?',
        '[00:03:45] Maria Rossi: Due giorni a settimana, finalmente.'
      ].join('\n\n')
    )
    expect(shown.structure.turns.map((t: { speaker: string }) => t.speaker)).toEqual(['Intervistatrice', 'Maria Rossi', 'Intervistatrice', 'Maria Rossi'])
    // Each cue keeps its own time: the second sentence of Maria's first turn plays from 9.1 s.
    const at = (quote: string): number | null => timeAt(shown.structure, shown.text.indexOf(quote))
    expect(at('È nato')).toBe(4.9)
    expect(at('Il coworking')).toBe(9.1)
    expect(at('Due giorni')).toBe(225.25)
    // Maria's words belong to her case: coding them counts for Maria Rossi, not the interviewer.
    await cli('codes', 'add', project, 'Origini', '--json')
    await cli('code', project, '--source', s.name, '--code', 'Origini', '--quote', 'bisogno delle famiglie', '--json')
    const m = (await cli('matrix', project, '--rows', 'cases', '--json')).json
    expect(m.rows).toEqual(['Intervistatrice', 'Maria Rossi'])
    expect(m.counts).toEqual([[0], [1]])
    const segs = (await cli('segments', project, '--case', 'Maria Rossi', '--json')).json
    expect(segs.segments[0].time).toBe(4.9)
  })

  it('joins existing cases, maps labels to names, and can leave speakers alone', async () => {
    await cli('cases', 'add', project, 'Maria Rossi', '--json')
    const srt = SRT.replace(/Intervistatrice/g, 'SPEAKER_00').replace(/Maria Rossi/g, 'SPEAKER_01')
    const r = await cli('transcripts', 'import', project, write('a.srt', srt), '--speaker', 'SPEAKER_01=Maria Rossi', '--json')
    expect(r.json.sources[0].speakerCases.map((c: { caseName: string; created: boolean }) => [c.caseName, c.created])).toEqual([
      ['SPEAKER_00', true],
      ['Maria Rossi', false]
    ])
    const none = await cli('transcripts', 'import', project, write('b.srt', srt.replace('Buongiorno', 'Salve')), '--no-speaker-cases', '--json')
    expect(none.json.sources[0].speakers).toEqual(['SPEAKER_00', 'SPEAKER_01'])
    expect(none.json.sources[0].speakerCases).toEqual([])
  })

  it('reads WebVTT voice tags (noScribe), skips notes, styles and cue settings, decodes entities', async () => {
    const vtt = [
      'WEBVTT - intervista',
      '',
      'NOTE',
      'Trascritto con noScribe',
      '',
      'STYLE',
      '::cue { color: yellow }',
      '',
      'c1',
      '00:00:00.500 --> 00:00:03.000 align:start position:10%',
      '<v S00>Allora, partiamo.</v>',
      '',
      '00:01.000 --> 00:05.000',
      '<v S01>Il welfare &amp; la conciliazione <c.loud>contano</c>.',
      '',
      '00:00:05.500 --> 00:00:07.000',
      '<v S01>Molto.',
      ''
    ].join('\n')
    const r = await cli('transcripts', 'import', project, write('note.vtt', vtt), '--json')
    const s = r.json.sources[0]
    expect(s.speakers).toEqual(['S00', 'S01'])
    const shown = (await cli('transcripts', 'show', project, s.name, '--json')).json
    expect(shown.text).toBe('[00:00:00] S00: Allora, partiamo.\n\n[00:00:01] S01: Il welfare & la conciliazione contano. Molto.')
    // The second cue starts before the first one ended: kept in file order, and said.
    expect(s.warnings.join(' ')).toMatch(/joined the turn of the same speaker/)
  })

  it('keeps an SRT without speakers as one paragraph per cue, with its time', async () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nPrima frase.\n\n2\n00:00:02,500 --> 00:00:04,000\nSeconda frase.\n'
    const r = await cli('transcripts', 'import', project, write('plain.srt', srt), '--json')
    expect(r.json.sources[0].speakers).toEqual([])
    const shown = (await cli('transcripts', 'show', project, r.json.sources[0].name, '--json')).json
    expect(shown.text).toBe('[00:00:01] Prima frase.\n\n[00:00:02] Seconda frase.')
    expect(shown.structure.paragraphs.length).toBe(2)
    expect(timeAt(shown.structure, shown.text.indexOf('Seconda'))).toBe(2.5)
  })

  it('recognises noScribe and aTrain text transcripts: speakers and timestamps', async () => {
    const noScribe = [
      'intervista_03',
      '',
      'S00 [00:00:02]: Buongiorno, mi racconta del progetto?',
      '',
      'S01 [00:00:06]: Certo. È partito nel 2021. [00:00:40] Poi è cresciuto.',
      '',
      'S00 [00:01:10]: Grazie.'
    ].join('\n')
    const a = await cli('transcripts', 'import', project, write('noscribe.txt', noScribe), '--speaker-cases', '--json')
    expect(a.json.sources[0].speakers).toEqual(['S00', 'S01'])
    const shownA = (await cli('transcripts', 'show', project, a.json.sources[0].name, '--json')).json
    expect(timeAt(shownA.structure, shownA.text.indexOf('Poi è cresciuto'))).toBe(40)
    expect(timeAt(shownA.structure, shownA.text.indexOf('Certo'))).toBe(6)

    const aTrain = [
      'Transcription for 241107-intervi',
      '',
      'SPEAKER_00',
      '[00:00:00] - Buongiorno a tutti.',
      '[00:00:03] - Cominciamo dal welfare.',
      '',
      'SPEAKER_01',
      '[00:00:07] - Il welfare aziendale per noi è nuovo.',
      '',
      'SPEAKER_00',
      '[00:00:12] - E lo smart working?'
    ].join('\n')
    const b = await cli('transcripts', 'import', project, write('transcription_timestamps.txt', aTrain), '--json')
    // Text transcripts keep their speakers as turns; cases only when asked.
    expect(b.json.sources[0].speakers).toEqual(['SPEAKER_00', 'SPEAKER_01'])
    expect(b.json.sources[0].speakerCases).toEqual([])
    const shownB = (await cli('transcripts', 'show', project, b.json.sources[0].name, '--json')).json
    expect(timeAt(shownB.structure, shownB.text.indexOf('Il welfare aziendale'))).toBe(7)
    expect(shownB.structure.turns.map((t: { speaker: string }) => t.speaker)).toEqual(['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_00'])
  })

  it('refuses broken subtitle files with the line at fault, importing nothing', async () => {
    const bad = await cli('transcripts', 'import', project, write('bad.srt', '1\n00:00:01,000 --> 00:99:02,000\nTesto.\n'), '--json')
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toMatch(/line 2: "00:00:01,000 --> 00:99:02,000" is not a cue time/)
    const notVtt = await cli('transcripts', 'import', project, write('x.vtt', '1\n00:00:01.000 --> 00:00:02.000\nTesto.\n'), '--locale', 'it')
    expect(notVtt.stderr).toMatch(/non inizia con WEBVTT/)
    const empty = await cli('transcripts', 'import', project, write('empty.srt', '1\n00:00:01,000 --> 00:00:02,000\n\n'))
    expect(empty.stderr).toMatch(/no subtitle cues with text/)
    expect((await cli('info', project, '--json')).json.sources).toBe(0)
  })
})
