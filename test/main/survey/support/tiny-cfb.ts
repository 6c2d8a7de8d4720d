/**
 * A minimal valid compound file ([MS-CFB], version 3, 512-byte sectors) holding empty streams with
 * the given names: enough for readers that tell an encrypted .xlsx, a Word .doc or a legacy .xls apart
 * by their stream names.
 */
export function tinyCompoundFile(streams: string[]): Buffer {
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
  const fat = Buffer.alloc(512, 0xff)
  fat.writeUInt32LE(0xfffffffd, 0)
  fat.writeUInt32LE(END, 4)
  const dir = Buffer.alloc(512)
  const entry = (i: number, name: string, type: number): void => {
    const o = i * 128
    const n = Buffer.from(`${name}\0`, 'utf16le')
    n.copy(dir, o)
    dir.writeUInt16LE(n.length, o + 64)
    dir[o + 66] = type
    dir.writeUInt32LE(FREE, o + 68)
    dir.writeUInt32LE(FREE, o + 72)
    dir.writeUInt32LE(i === 0 && streams.length ? 1 : FREE, o + 76)
    dir.writeUInt32LE(END, o + 116)
  }
  entry(0, 'Root Entry', 5)
  streams.slice(0, 3).forEach((s, k) => entry(k + 1, s, 2))
  return Buffer.concat([header, fat, dir])
}
