import type { Ctx } from '../context'
import { fail } from '../programme/common'
import { applyRecipeDocument, RECIPE_FORMAT, type ApplyRecipeResult, type RecipeDocument } from '../survey/recipe/service'

export interface SavedRecipe {
  dataset: string
  steps: number
  createdAt: string
}

/** Cleaning recipes a template brought, by the name of the questionnaire they were written for. */
export function savedRecipes(ctx: Ctx): SavedRecipe[] {
  return (
    ctx.project.sqlite.prepare('SELECT dataset_name, steps, created_at FROM recipe_templates ORDER BY dataset_name').all() as {
      dataset_name: string
      steps: string
      created_at: string
    }[]
  ).map((r) => ({ dataset: r.dataset_name, steps: stepsOf(r.steps).length - 1, createdAt: r.created_at }))
}

function stepsOf(json: string): unknown[] {
  try {
    const v = JSON.parse(json)
    return Array.isArray(v) ? v : []
  } catch {
    return []
  }
}

/** A saved recipe as the document `survey recipe` writes, so `survey apply --recipe` reads it too. */
export function savedRecipeDocument(ctx: Ctx, name: string): RecipeDocument {
  const r = ctx.project.sqlite.prepare('SELECT dataset_name, steps FROM recipe_templates WHERE dataset_name = ?').get(name) as
    | { dataset_name: string; steps: string }
    | undefined
  if (!r) throw fail('NOT_FOUND', 'template.recipeUnknown', { name, known: savedRecipes(ctx).map((s) => s.dataset) })
  return { format: RECIPE_FORMAT, formatVersion: 1, dataset: r.dataset_name, recipeVersion: 0, steps: stepsOf(r.steps) as RecipeDocument['steps'] }
}

/**
 * Applies a saved recipe to a questionnaire imported in this project: its variables are matched to
 * the dataset's columns by name and label, as `survey apply` does, and steps that cannot apply are
 * reported, not dropped silently. One undoable step.
 */
export function applySavedRecipe(ctx: Ctx, name: string, dataset: string): ApplyRecipeResult {
  return applyRecipeDocument(ctx, dataset, savedRecipeDocument(ctx, name))
}
