import type { CleanValue, DatasetFrame, VariableMeta, VariableType } from '../../../src/main/services/survey/frame'

export interface MemVar {
  name: string
  type?: VariableType
  label?: string
  values: CleanValue[]
  valueLabels?: [string | number, string][]
  missingCodes?: (string | number)[]
  role?: VariableMeta['role']
}

/** An in-memory DatasetFrame honouring the frame.ts contract, for hand-checked computations. */
export function memFrame(name: string, vars: MemVar[], recipeVersion = 1): DatasetFrame {
  const rowCount = vars[0]?.values.length ?? 0
  const cols = new Map(vars.map((v) => [v.name, v.values]))
  return {
    id: 'mem-' + name,
    name,
    recipeVersion,
    rowCount,
    variables: vars.map((v, i) => ({
      id: `v${i}`,
      name: v.name,
      label: v.label ?? null,
      type: v.type ?? (v.values.some((x) => Array.isArray(x)) ? 'multi' : v.values.some((x) => typeof x === 'number') ? 'numeric' : 'nominal'),
      role: v.role ?? 'question',
      valueLabels: (v.valueLabels ?? []).map(([value, label]) => ({ value, label })),
      missingCodes: v.missingCodes ?? []
    })),
    column(n: string) {
      const c = cols.get(n)
      if (!c) throw new Error(`no column ${n}`)
      return c
    }
  }
}
