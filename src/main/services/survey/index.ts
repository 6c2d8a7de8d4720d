/**
 * The questionnaire services' public front door: the window's IPC handlers, the CLI, the indicators,
 * the report and the demo reach questionnaires through this module only. The folders behind it follow
 * the data's life (see README.md); what is not exported here is theirs alone.
 */

// Import: a file becomes a dataset (or the next wave of one); every automatic decision is listed.
export { defaultDatasetName, importSurvey, previewImport, type ImportOptions, type ImportSummary } from './import/import'
export { listSheets } from './import/read-file'
export { appendWave, listWaves, previewWave, type AppendResult, type WaveInfo, type WaveOptions, type WavePreview } from './import/waves'
export { parseMapArgs, type MappingEntry } from './import/column-mapping'
export type { CellNote, DecisionKind, ImportDecision, ImportSettings, SurveyPlatform } from './model'

// Datasets and their variables.
export {
  datasetDetail,
  datasetRef,
  listDatasets,
  variableDtos,
  variablesOfDataset,
  type DatasetDetail,
  type DatasetSummary,
  type VariableDto
} from './survey-service'

// Clean data out: .xlsx, .csv, .sav and the data dictionary.
export { exportDataset, exportDictionary, type ExportResult } from './export/export-service'
export type { IdentifierPolicy } from './export/identifiers'
export type { CsvDialect } from './export/csv-export'

// What the window reads: the data grid and the profiles.
export { facets, rowsPage } from './browse/grid'
export { profileDataset, profileVariable, type DatasetProfile, type VariableProfile } from './browse/profile'

// Cleaning recipes: steps, their effects, expressions, clustering, issues.
export {
  addStep,
  addSteps,
  applyRecipeDocument,
  issuesOf,
  moveStep,
  recipeDocument,
  recipeImportStep,
  recipeView,
  removeStep,
  replaceRecipe,
  updateStep,
  valuesAfterSteps,
  type ApplyRecipeResult,
  type ApplyResult,
  type RecipeDocument,
  type RecipeView,
  type StepView
} from './recipe/service'
export { acceptIssues, overrideVariable, type VariableOverride } from './recipe/override'
export { checkExpression, type ExpressionCheck } from './recipe/check-expression'
export { clusterStrings, clustersToStep, clusterValues, type ClusterMethod, type ClusterResult } from './recipe/cluster'
export { describeStep } from './recipe/step-text'
export { checkRecipe, stepEffects, type StepEffects } from './recipe/step-effects'
export type { CleaningStepInput, ImportStep, NewStep, RecipeStep } from './recipe/steps'

// The read side for indicators and exports: clean (or raw) data with its variables' definitions.
export { loadDatasetFrame } from './storage/store'
export type { CleanValue, DatasetFrame, IdentifierKind, NonSubstantive, NotAsked, ValueLabel, VariableMeta, VariableType } from './frame'

// Text keys shared with the demo's recipes (the same spellings meet here).
export { looseKey, ngramFingerprint } from './infer/text-norm'
