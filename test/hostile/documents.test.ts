import { describe, expect, it } from 'vitest'
import { hostileProject } from './support/project'
import { run } from './support/run-cli'
import { expectRefusal } from './support/expect-run'
import { bigTextsQdpx, contentBombPdf, deepDocx, laughsDocx, manyElementsQdpx, manyPagesPdf, nulText, textBombDocx, truncatedDocx } from './support/generators'

/** Transcripts (.docx, .pdf, .txt) and REFI-QDA projects, each in a child process under the ceilings. */
const { dir, project } = hostileProject('esiti-hostile-documents-')

describe('transcripts import', () => {
  it('refuses a small .docx whose text inflates to 250 MB (it imported a 254-million-character source)', async () => {
    await expectRefusal(['transcripts', 'import', project, textBombDocx(dir, 250)], /first: intervista-bomba\.docx \(word\/document\.xml\) inflates [\d,]+ to 1; the limit is 200 to 1$/)
  })

  it('refuses a .docx whose text passes 10 million characters, at a ratio a real document has', async () => {
    // 40 MB of XML stays under the ratio guard (it is checked past 50 MB): the characters limit stops it.
    const r = await expectRefusal(['transcripts', 'import', project, textBombDocx(dir, 40)], /first: intervista-bomba\.docx has at least [\d,]+ characters; the limit is 10,000,000 characters$/)
    void r
  })

  it('refuses XML nested deeper than the limit, and entity declarations (billion laughs)', async () => {
    await expectRefusal(['transcripts', 'import', project, deepDocx(dir, 100_000)], /first: profonda\.docx \(word\/document\.xml\) has at least 257 levels; the limit is 256 levels$/)
    await expectRefusal(['transcripts', 'import', project, laughsDocx(dir)], /first: risate\.docx \(word\/document\.xml\) declares XML entities or an external DTD: refused for safety$/)
  })

  it('refuses a truncated .docx and binary bytes named .txt as damaged or unsupported', async () => {
    await expectRefusal(['transcripts', 'import', project, truncatedDocx(dir)], /first: troncata\.docx is not a readable document: the zip structure is damaged/)
    await expectRefusal(['transcripts', 'import', project, nulText(dir)], /first: nul\.txt looks like a binary file/)
  })

  it('refuses a PDF whose page content inflates to 300 MB before pdf.js reads it', async () => {
    await expectRefusal(['transcripts', 'import', project, contentBombPdf(dir, 300)], /first: bomba\.pdf \(the stream at byte \d+\) inflates more than 200 to 1; the limit is 200 to 1$/)
  })

  it('refuses a PDF of more pages than the limit', async () => {
    await expectRefusal(['transcripts', 'import', project, manyPagesPdf(dir, 6000)], /first: pagine\.pdf has 6,000 pages; the limit is 5,000 pages$/)
  })
})

describe('qdpx import', () => {
  it('refuses an 18 MB package holding four texts of 243 MB (it took 5.2 GB and wrote a 2 GB project)', async () => {
    const file = bigTextsQdpx(dir, 4, 243)
    await expectRefusal(['qdpx', 'import', file, project], /^esiti: testi-enormi\.qdpx \(sources\/[0-9a-f-]+\.txt\) has [\d,]+ bytes \(24\d MB\); the limit is 67,108,864 bytes \(64 MB\)\.$/)
    expect((await run('info', project)).sources).toBe(0)
  })

  it('refuses a project.qde of 4.9 million XML elements (it took 3 GB and more than 120 s)', async () => {
    await expectRefusal(['qdpx', 'import', manyElementsQdpx(dir, 4_900_000), project], /^esiti: elementi\.qdpx \(project\.qde\) has at least 1,000,001 elements; the limit is 1,000,000 elements\.$/)
  })
})
