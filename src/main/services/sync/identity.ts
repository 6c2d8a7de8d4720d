/**
 * When two rows are the same thing: the identity rules that merging a coder's copy (`esiti merge`)
 * and syncing through the team server share. Rows are the same when they have the same UUID.
 * Beyond that:
 *  - a coder or an attribute (case variable) with the same name is the same person or variable:
 *    joined (merge matches them by name, sync joins the later row into the earlier one);
 *  - the same SDG goal or target is the same, and a link made twice (an organisation in an action,
 *    a case's value of an attribute) is one link;
 *  - a code with the same name under the same parent, or a case with the same name, may or may not
 *    be the same: never joined by itself — merge proposes it, sync lists it for review;
 *  - a row deleted in one copy is not brought back by the other copy's older state.
 */
export const JOIN_WHEN_SAME: ReadonlySet<string> = new Set(['coders', 'attributes', 'sdg_goals', 'sdg_targets', 'case_values'])

/** Tables where the same name (under the same parent) is proposed as the same row, not assumed. */
const PROPOSE_BY_NAME: Record<string, { parent: string | null }> = {
  codes: { parent: 'parent_id' },
  cases: { parent: null }
}

export function sameNameRule(table: string): { parent: string | null } | null {
  return PROPOSE_BY_NAME[table] ?? null
}

/** Whether two rows of `table` with the same natural key (a coder's or an attribute's name) are one row. */
export const joinsByName = (table: string): boolean => JOIN_WHEN_SAME.has(table)
