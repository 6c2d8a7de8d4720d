import { useEffect, useState } from 'react'
import cloud from 'd3-cloud'
import type { WordDto } from '../../../../shared/ipc/coding'

interface Placed {
  text: string
  size: number
  x: number
  y: number
  rotate: number
  word: WordDto
}

const WIDTH = 720
const HEIGHT = 420
const COLOURS = ['#1f6f8b', '#4e79a7', '#59a14f', '#b07aa1', '#e15759', '#f28e2b', '#76b7b2', '#9c755f']

/**
 * The word cloud, laid out by d3-cloud (size by frequency, square-root scaled so rare words stay
 * legible, horizontal or vertical, no overlaps); a word opens its keyword-in-context lines.
 */
export function WordCloud({ words, onPick }: { words: WordDto[]; onPick(w: WordDto): void }) {
  const [placed, setPlaced] = useState<Placed[]>([])
  useEffect(() => {
    const top = words.slice(0, 120)
    const max = Math.sqrt(top[0]?.count ?? 1)
    const min = Math.sqrt(top.at(-1)?.count ?? 1)
    const size = (n: number): number => 12 + ((Math.sqrt(n) - min) / Math.max(1e-9, max - min)) * 52
    let live = true
    // Deterministic: the same words give the same cloud (the layout's randomness is seeded).
    let seed = 7
    const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
    const layout = cloud<{ text: string; size: number; word: WordDto } & cloud.Word>()
      .size([WIDTH, HEIGHT])
      .words(top.map((w) => ({ text: w.word, size: size(w.count), word: w })))
      .padding(2)
      .rotate((_d, i) => (i % 5 === 4 ? 90 : 0))
      .font('Segoe UI, system-ui, sans-serif')
      .fontSize((d) => d.size!)
      .random(random)
      .on('end', (out) => live && setPlaced(out as unknown as Placed[]))
    layout.start()
    return () => {
      live = false
      layout.stop()
    }
  }, [words])
  return (
    <svg className="iv-cloud" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" data-testid="word-cloud" role="img">
      <g transform={`translate(${WIDTH / 2},${HEIGHT / 2})`}>
        {placed.map((p, i) => (
          <text
            key={p.text}
            textAnchor="middle"
            transform={`translate(${p.x},${p.y}) rotate(${p.rotate})`}
            style={{ fontSize: p.size, fontFamily: 'Segoe UI, system-ui, sans-serif', fill: COLOURS[i % COLOURS.length] }}
            onClick={() => onPick(p.word)}
            data-testid="cloud-word"
          >
            <title>{`${p.word.word}: ${p.word.count}`}</title>
            {p.text}
          </text>
        ))}
      </g>
    </svg>
  )
}
