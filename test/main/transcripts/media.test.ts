import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { mediaResponse } from '../../../src/main/services/transcripts/media'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'
import { wav } from './support/make-wav'

const tmp = tempDir('esiti-media-')
const project = path.join(tmp.dir, 'p.esiti')
const audio = path.join(tmp.dir, 'intervista.wav')
const bytes = wav(150) // 2.4 MB: three chunks
let sourceId = ''
afterAll(() => tmp.cleanup())
beforeAll(async () => {
  expect((await cli('new', project, '--json')).code).toBe(0)
  fs.writeFileSync(audio, bytes)
  fs.writeFileSync(path.join(tmp.dir, 'intervista.srt'), '1\n00:00:01,000 --> 00:00:03,000\nAnna: Buongiorno.\n\n2\n00:02:00,000 --> 00:02:05,000\nBruno: Salve.\n')
  const r = await cli('transcripts', 'import', project, path.join(tmp.dir, 'intervista.srt'), '--json')
  sourceId = r.json.sources[0].id
})

describe('recordings of transcripts', () => {
  it('attaches a recording inside the project and serves it whole and by byte ranges, as a media element asks', async () => {
    const r = await cli('media', 'attach', project, 'intervista', audio, '--json')
    expect(r.stderr).toBe('')
    expect(r.json).toMatchObject({ name: 'intervista.wav', mime: 'audio/wav', size: bytes.length })
    expect((await cli('transcripts', 'list', project, '--json')).json.sources[0].media).toMatchObject({ name: 'intervista.wav', size: bytes.length })
    const p = await openProjectFile(project)
    try {
      const whole = mediaResponse(p, sourceId, null)
      // At most 4 MiB per answer: this file fits, so all of it.
      expect(whole.status).toBe(200)
      expect(Buffer.compare(whole.body, bytes)).toBe(0)
      const mid = mediaResponse(p, sourceId, 'bytes=1048570-1048600')
      expect(mid.status).toBe(206)
      expect(mid.headers['content-range']).toBe(`bytes 1048570-1048600/${bytes.length}`)
      expect(Buffer.compare(mid.body, bytes.subarray(1048570, 1048601))).toBe(0)
      const open = mediaResponse(p, sourceId, 'bytes=2000000-')
      expect(Buffer.compare(open.body, bytes.subarray(2000000))).toBe(0)
      const suffix = mediaResponse(p, sourceId, 'bytes=-100')
      expect(Buffer.compare(suffix.body, bytes.subarray(bytes.length - 100))).toBe(0)
      expect(mediaResponse(p, sourceId, `bytes=${bytes.length}-`).status).toBe(416)
      expect(mediaResponse(p, sourceId, 'bytes=abc').status).toBe(416)
      expect(mediaResponse(p, '../../etc/passwd', null).status).toBe(404)
      expect(mediaResponse(p, '00000000-0000-4000-8000-000000000000', null).status).toBe(404)
    } finally {
      p.close()
    }
  })

  it('detaches undoably, and refuses files that are not what their name says', async () => {
    expect((await cli('media', 'detach', project, 'intervista', '--json')).code).toBe(0)
    expect((await cli('transcripts', 'list', project, '--json')).json.sources[0].media).toBeNull()
    expect((await cli('undo', project, '--json')).code).toBe(0)
    expect((await cli('transcripts', 'list', project, '--json')).json.sources[0].media).toMatchObject({ name: 'intervista.wav' })
    const fake = path.join(tmp.dir, 'finto.mp4')
    fs.writeFileSync(fake, 'this is not a video at all')
    const bad = await cli('media', 'attach', project, 'intervista', fake, '--locale', 'it')
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toMatch(/non è un file audio o video/)
    const doc = path.join(tmp.dir, 'x.docx')
    fs.writeFileSync(doc, 'x')
    expect((await cli('media', 'attach', project, 'intervista', doc)).stderr).toMatch(/plays \.mp3/)
  })
})
