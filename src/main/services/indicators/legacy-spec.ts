/**
 * Register specs written before territorial areas (migration 0005) named Milan's municipi by number:
 * `municipi: [5, 7]`, `orgMunicipi: [5]` and the disaggregation `by: "municipio"`. Migration 0005
 * turned each municipio N into the area "Municipio N"; this does the same to a spec met later (an
 * old JSON file given to `indicators add`, an indicator restored by undo from an old log entry), so
 * the filter is kept, never silently dropped. Keep it backwards compatible: stored logs depend on it.
 */
export const legacyAreaName = (n: number): string => `Municipio ${n}`

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

function numbersToAreas(v: unknown): unknown {
  return Array.isArray(v) ? v.map((x) => (typeof x === 'number' ? legacyAreaName(x) : x)) : v
}

/** Returns the spec with municipi → areas, orgMunicipi → orgAreas (a new object; the input is not changed). */
export function upgradeRegisterSpec(spec: unknown): unknown {
  if (!isObject(spec) || spec.source !== 'register') return spec
  if (!('municipi' in spec) && !('orgMunicipi' in spec)) return spec
  const { municipi, orgMunicipi, ...rest } = spec
  const out: Json = { ...rest }
  if (municipi !== undefined) out.areas = [...((rest.areas as unknown[]) ?? []), ...((numbersToAreas(municipi) as unknown[]) ?? [])]
  if (orgMunicipi !== undefined)
    out.orgAreas = [...((rest.orgAreas as unknown[]) ?? []), ...((numbersToAreas(orgMunicipi) as unknown[]) ?? [])]
  return out
}

/** A register indicator's disaggregation "municipio" is now "area". */
export function upgradeRegisterDisaggregations(spec: unknown, dis: unknown): unknown {
  if (!isObject(spec) || spec.source !== 'register' || !Array.isArray(dis)) return dis
  return dis.map((d) => (isObject(d) && d.by === 'municipio' ? { ...d, by: 'area' } : d))
}

/** An activity given with `municipio: N` (before areas) names the area "Municipio N". */
export function upgradeActivityInput(input: unknown): unknown {
  if (!isObject(input) || !('municipio' in input)) return input
  const { municipio, ...rest } = input
  if (typeof municipio === 'number' && rest.area === undefined) return { ...rest, area: legacyAreaName(municipio) }
  return rest
}
