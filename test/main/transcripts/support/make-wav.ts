/** A RIFF/WAVE file as the format documents it: 16-bit mono PCM, a 440 Hz tone. */
export function wav(seconds: number, rate = 8000): Buffer {
  const samples = Math.round(seconds * rate)
  const b = Buffer.alloc(44 + samples * 2)
  b.write('RIFF', 0, 'latin1')
  b.writeUInt32LE(36 + samples * 2, 4)
  b.write('WAVE', 8, 'latin1')
  b.write('fmt ', 12, 'latin1')
  b.writeUInt32LE(16, 16)
  b.writeUInt16LE(1, 20)
  b.writeUInt16LE(1, 22)
  b.writeUInt32LE(rate, 24)
  b.writeUInt32LE(rate * 2, 28)
  b.writeUInt16LE(2, 32)
  b.writeUInt16LE(16, 34)
  b.write('data', 36, 'latin1')
  b.writeUInt32LE(samples * 2, 40)
  for (let i = 0; i < samples; i++) b.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 8000), 44 + i * 2)
  return b
}
