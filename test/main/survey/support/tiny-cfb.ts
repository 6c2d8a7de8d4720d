/**
 * A minimal valid compound file ([MS-CFB], version 3, 512-byte sectors) holding empty streams with
 * the given names: enough for readers that tell an encrypted .xlsx, a Word .doc or a legacy .xls apart
 * by their stream names.
 */
export function tinyCompoundFile(streams: (string | { name: string; data: Buffer })[]): Buffer {
  const END = 0xfffffffe
  const FREE = 0xffffffff
  const header = Buffer.alloc(512)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header)
  header.writeUInt16LE(0x3e, 24)
  header.writeUInt16LE(3, 26)
  header.writeUInt16LE(0xfffe, 28)
  header.writeUInt16LE(9, 30)
  header.writeUInt16LE(6, 32)
  header.writeUInt32LE(1, 44) // FAT sectors
  header.writeUInt32LE(1, 48) // first directory sector
  header.writeUInt32LE(4096, 56)
  header.writeUInt32LE(END, 60)
  header.writeUInt32LE(0, 64)
  header.writeUInt32LE(END, 68)
  header.writeUInt32LE(0, 72)
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4)
  // Streams with data live in regular sectors (padded to 4,096 bytes, the mini-stream cutoff) after
  // the FAT (sector 0) and the directory (sector 1).
  const fat = Buffer.alloc(512, 0xff)
  fat.writeUInt32LE(0xfffffffd, 0)
  fat.writeUInt32LE(END, 4)
  const bodies: Buffer[] = []
  const starts: number[] = []
  let next = 2
  for (const s of streams) {
    if (typeof s === 'string') {
      starts.push(END)
      continue
    }
    const data = Buffer.concat([s.data, Buffer.alloc(Math.max(0, 4096 - s.data.length))])
    const padded = Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)])
    const n = padded.length / 512
    starts.push(next)
    for (let k = 0; k < n; k++) fat.writeUInt32LE(k === n - 1 ? END : next + k + 1, (next + k) * 4)
    next += n
    bodies.push(padded)
  }
  const dir = Buffer.alloc(512)
  const entry = (i: number, name: string, type: number, start = END, size = 0): void => {
    const o = i * 128
    const n = Buffer.from(`${name}\0`, 'utf16le')
    n.copy(dir, o)
    dir.writeUInt16LE(n.length, o + 64)
    dir[o + 66] = type
    dir.writeUInt32LE(FREE, o + 68)
    dir.writeUInt32LE(FREE, o + 72)
    dir.writeUInt32LE(i === 0 && streams.length ? 1 : FREE, o + 76)
    dir.writeUInt32LE(start, o + 116)
    dir.writeUInt32LE(size, o + 120)
  }
  entry(0, 'Root Entry', 5)
  streams.slice(0, 3).forEach((s, k) =>
    typeof s === 'string' ? entry(k + 1, s, 2) : entry(k + 1, s.name, 2, starts[k], Math.max(4096, s.data.length))
  )
  return Buffer.concat([header, fat, dir, ...bodies])
}
