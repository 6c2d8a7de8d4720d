// Child process for the crash test: commits batches of memos forever until it is killed.
import { openProjectFile } from '../../../../src/main/db/project-file'

const file = process.argv[2]
const BATCH = 50
openProjectFile(file).then((p) => {
  const insert = p.sqlite.prepare(
    "INSERT INTO memos (id, target_kind, title, body, created_at, updated_at) VALUES (?, 'project', ?, ?, 'now', 'now')"
  )
  let n = 0
  const body = 'x'.repeat(2000)
  process.stdout.write('ready\n')
  for (;;) {
    p.tx(() => {
      for (let i = 0; i < BATCH; i++) insert.run(`m-${n}-${i}`, `batch ${n}`, body)
    })
    n++
  }
})
