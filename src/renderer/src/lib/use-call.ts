import { useCallback, useEffect, useRef, useState } from 'react'
import type { Channel, Input, Output } from '../../../shared/ipc'
import { call } from './api'
import { useErrors } from '../components/ErrorSurface'

/**
 * Loads a channel's data and reloads it when the project changes (undo, redo, imports) or when
 * `deps` change. Errors go to the error surface.
 */
export function useCall<C extends Channel>(channel: C, input: Input<C> | null, deps: unknown[] = []) {
  const { report } = useErrors()
  const [data, setData] = useState<Output<C> | null>(null)
  const [loading, setLoading] = useState(false)
  const seq = useRef(0)
  const inputKey = JSON.stringify(input)
  const load = useCallback(async () => {
    if (input === null) return
    const mine = ++seq.current
    setLoading(true)
    try {
      const value = await call(channel, input)
      if (mine === seq.current) setData(value)
    } catch (e) {
      if (mine === seq.current) report(e)
    } finally {
      if (mine === seq.current) setLoading(false)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel, inputKey, ...deps])
  useEffect(() => {
    void load()
  }, [load])
  useEffect(() => window.api.on('project:changed', () => void load()), [load])
  return { data, loading, reload: load, setData }
}
