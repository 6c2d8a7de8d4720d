import { parentPort, workerData } from 'node:worker_threads'
import { toErrorInfo } from '../../../../shared/errors'
import { ZipArchive } from '../zip-archive'
import { readSharedStrings } from './shared-strings'
import type { SharedStringsJob, SharedStringsReply } from './shared-strings-thread'

/**
 * The worker thread that reads a workbook's shared strings while the main thread scans the sheet
 * (shared-strings-thread.ts starts it; decision 0034). It opens the file again (its own zip reader,
 * with the budget the main reader has left), reads the part within the same limits, and hands the
 * table over by transferring its buffers. Errors go back as data; progress as compressed bytes.
 */
async function run(job: SharedStringsJob, port: NonNullable<typeof parentPort>): Promise<void> {
  const post = (m: SharedStringsReply, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer)
  const zip = await ZipArchive.open(job.file, { what: 'xlsx', maxInflated: job.budget })
  try {
    const table = await readSharedStrings(zip, job.part, { onProgress: (done) => post({ type: 'progress', done }) })
    const { state, buffers } = table.transfer()
    post({ type: 'done', table: state, inflated: zip.inflatedBytes }, buffers)
  } finally {
    zip.close()
  }
}

const job = workerData as SharedStringsJob | undefined
if (parentPort && job?.kind === 'esiti-shared-strings') {
  const port = parentPort
  run(job, port).catch((err: unknown) => port.postMessage({ type: 'error', error: toErrorInfo(err) } satisfies SharedStringsReply))
}
