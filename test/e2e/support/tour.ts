import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import type { BridgeHarness } from './harness'

/** What a stop of the tour may use: the page, the harness (to answer file dialogs) and prepared files. */
export interface TourContext {
  page: Page
  harness: BridgeHarness
  files: {
    /** A questionnaire export with many columns (a long import dialog). */
    questionnaire: string
    /** A Word document, chosen where a spreadsheet is expected. */
    wordDocument: string
    /** A REFI-QDA project from another producer. */
    qdpx: string
    /** A copy of the open project, as a colleague's copy to merge. */
    colleagueCopy: string
    /** A folder for files a stop writes (a new transcript each time, so it is never a duplicate). */
    dir: string
  }
}

/**
 * One place of the window the tour shows. `area` is reached through the navigation bar; with `tabs`
 * every tab of the area is shown too (discovered from the page, so a new tab needs no new entry);
 * `open` brings up a dialog or a state, `close` dismisses it (default: Escape, which every dialog
 * understands). Adding an area or a dialog to the tour is one entry in TOUR.
 */
export interface TourStop {
  name: string
  area?: string
  tabs?: boolean
  open?(c: TourContext): Promise<void>
  close?(c: TourContext): Promise<void>
}

const click = (testId: string) => async ({ page }: TourContext) => {
  await page.getByTestId(testId).first().click()
}
const dialog = (c: TourContext) => c.page.getByRole('dialog').last().waitFor()
const tab = async (page: Page, key: string) => {
  await page.getByTestId(`tab-${key}`).click()
}
/** A dialog opened by a button (on a tab of the area, when given). */
const dialogStop = (name: string, area: string, tabKey: string | null, opener: string): TourStop => ({
  name,
  area,
  open: async (c) => {
    if (tabKey) await tab(c.page, tabKey)
    await click(opener)(c)
    await dialog(c)
  }
})
/** Leaves the state as it is: the next stop starts from it. */
const stay = async (): Promise<void> => undefined
/**
 * Files chosen through the app's open dialog (the harness answers it) from a button, on a tab of the
 * area when given, and the element that shows what they brought.
 */
const fileStop = (
  name: string,
  area: string,
  o: { tab?: string; files: (c: TourContext) => string[]; opener: string; shows: string; timeout?: number; close?: TourStop['close'] }
): TourStop => ({
  name,
  area,
  open: async (c) => {
    if (o.tab) await tab(c.page, o.tab)
    c.harness.platform.queueFiles(o.files(c))
    await click(o.opener)(c)
    await c.page.getByTestId(o.shows).waitFor(o.timeout ? { timeout: o.timeout } : undefined)
  },
  ...(o.close ? { close: o.close } : {})
})
const escape = async ({ page }: TourContext) => {
  await page.keyboard.press('Escape')
  await page.getByRole('dialog').waitFor({ state: 'detached' })
}

export const TOUR: TourStop[] = [
  { name: 'programme', area: 'programme', tabs: true },
  dialogStop('programme-new-action', 'programme', 'actions', 'action-new'),
  dialogStop('programme-new-organisation', 'programme', 'organisations', 'org-new'),
  dialogStop('programme-privacy-share', 'programme', 'privacy', 'privacy-share-open'),
  dialogStop('programme-privacy-key', 'programme', 'privacy', 'privacy-key-open'),
  {
    name: 'programme-privacy-erase',
    area: 'programme',
    open: async (c) => {
      await tab(c.page, 'privacy')
      await click('privacy-erase-open')(c)
      await dialog(c)
      await c.page.getByTestId('privacy-erase-search').fill('a')
      await c.page.getByTestId('privacy-person').first().click()
      await c.page.getByTestId('privacy-erase-confirm').waitFor()
    }
  },
  { name: 'interviews', area: 'interviews', tabs: true },
  dialogStop('interviews-new-code', 'interviews', 'code', 'add-code'),
  {
    name: 'interviews-merge-code',
    area: 'interviews',
    open: async (c) => {
      await tab(c.page, 'codebook')
      await c.page.locator('[data-testid="codebook-tree"] .iv-node').first().click()
      await click('codebook-merge')(c)
      await dialog(c)
    }
  },
  dialogStop('interviews-delete-code', 'interviews', null, 'codebook-delete'),
  dialogStop('interviews-new-case', 'interviews', 'cases', 'add-case'),
  dialogStop('interviews-new-attribute', 'interviews', null, 'add-attribute'),
  fileStop('interviews-import-result', 'interviews', {
    tab: 'code',
    files: (c) => {
      const txt = path.join(c.files.dir, `intervista-${Date.now()}.txt`)
      fs.writeFileSync(txt, `Intervistatrice: com’è andata la giornata ${Date.now()}?\nRisposta: bene, grazie.\n`)
      return [txt, c.files.questionnaire]
    },
    opener: 'import-sources',
    shows: 'import-summary'
  }),
  fileStop('interviews-case-import', 'interviews', {
    tab: 'cases',
    files: (c) => {
      const csv = path.join(c.files.dir, 'attributi.csv')
      fs.writeFileSync(csv, 'Nome;Ruolo\nChiara Lombardi;HR manager\n')
      return [csv]
    },
    opener: 'import-attributes',
    shows: 'case-import-summary'
  }),
  {
    // Issue 17: the pseudonymisation review with the demo's candidates and the preview of one.
    name: 'interviews-pseudonymise-review',
    area: 'interviews',
    open: async ({ page }) => {
      await tab(page, 'pseudonymise')
      await page.getByTestId('privacy-find').click()
      await page.getByTestId('privacy-hits').waitFor({ timeout: 60_000 })
      await page.getByTestId('privacy-hit').first().click()
      await page.getByTestId('privacy-preview').waitFor()
    },
    close: stay
  },
  { name: 'questionnaires', area: 'questionnaires', tabs: true },
  {
    // The add-step form with each kind of step in turn (each has its own hint), left on the last one.
    name: 'questionnaires-add-step',
    area: 'questionnaires',
    open: async ({ page }) => {
      await tab(page, 'data')
      await page.getByTestId('sv-add-step').click()
      const kind = page.getByTestId('sv-step-kind')
      for (const value of await kind.locator('option').evaluateAll((os) => os.map((o) => o.getAttribute('value') ?? ''))) await kind.selectOption(value)
    },
    close: async ({ page }) => {
      await page.getByTestId('sv-add-step').click()
    }
  },
  fileStop('questionnaires-import', 'questionnaires', { files: (c) => [c.files.questionnaire], opener: 'sv-import', shows: 'sv-import-preview' }),
  fileStop('questionnaires-wrong-file', 'questionnaires', {
    files: (c) => [c.files.wordDocument],
    opener: 'sv-import',
    shows: 'error-surface',
    close: async ({ page }) => {
      for (const b of await page.getByTestId('error-surface').getByRole('button').all()) await b.click()
    }
  }),
  { name: 'indicators', area: 'indicators', tabs: true },
  {
    name: 'indicators-new-indicator',
    area: 'indicators',
    open: async (c) => {
      await tab(c.page, 'indicators')
      await click('indicator-new')(c)
      await c.page.getByTestId('indicator-builder').waitFor()
    }
  },
  {
    name: 'indicators-delete-indicator',
    area: 'indicators',
    open: async (c) => {
      await c.page.getByTestId('indicator-row').first().click()
      await click('indicator-delete')(c)
      await dialog(c)
    }
  },
  dialogStop('indicators-new-table', 'indicators', 'tables', 'table-new'),
  dialogStop('indicators-new-joint-display', 'indicators', 'mixed', 'joint-new'),
  dialogStop('indicators-new-activity', 'indicators', 'register', 'activity-new'),
  { name: 'team', area: 'team', tabs: true },
  {
    name: 'team-agreement',
    area: 'team',
    open: async ({ page }) => {
      await tab(page, 'agreement')
      const coders = page.getByTestId('pick-coders')
      await coders.locator('input[type="checkbox"]').first().waitFor()
      for (const box of await coders.locator('input[type="checkbox"]').all()) await box.setChecked(true)
      await page.getByTestId('agreement-compute').click()
      await page.getByTestId('agreement-table').waitFor()
    },
    close: stay
  },
  {
    name: 'team-review',
    area: 'team',
    open: async ({ page }) => {
      await page.getByTestId('agreement-row').first().getByTestId('review-code').click()
      await page.getByTestId('review-progress').waitFor()
    },
    close: stay
  },
  fileStop('team-merge-preview', 'team', { tab: 'merge', files: (c) => [c.files.colleagueCopy], opener: 'merge-choose', shows: 'merge-preview', close: stay }),
  fileStop('team-refi-import', 'team', {
    tab: 'refi',
    files: (c) => [c.files.qdpx],
    opener: 'refi-import-qdpx',
    shows: 'refi-import-report',
    timeout: 60_000,
    close: stay
  }),
  { name: 'export', area: 'export' }
]

export const closeStop = (stop: TourStop, c: TourContext): Promise<void> => (stop.close ?? (stop.open ? escape : async () => undefined))(c)

/**
 * The texts a user sees right now: visible text nodes, and the title, placeholder and aria-label of
 * visible elements (tooltips are read too). Runs in the page.
 */
export const VISIBLE_TEXTS = `() => {
  const out = new Set()
  const visible = (el) => !!el && (el.tagName === 'OPTION' ? visibleOption(el) : el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }))
  const visibleOption = (o) => { const s = o.closest('select'); return !!s && s.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent.replace(/\\s+/g, ' ').trim()
    if (text && visible(n.parentElement)) out.add(text)
  }
  for (const el of document.body.querySelectorAll('[title], [placeholder], [aria-label]')) {
    if (!visible(el)) continue
    for (const a of ['title', 'placeholder', 'aria-label']) {
      const v = el.getAttribute(a)
      if (v && v.trim()) out.add(v.replace(/\\s+/g, ' ').trim())
    }
  }
  return [...out]
}`

/** A dictionary sentence as a pattern over a whole text: its parameters may be anything. */
function pattern(template: string): RegExp {
  const parts = template.split(/\{\{[^}]+\}\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${parts.join('.+?')}$`, 's')
}

/** Enough words of its own to be recognisably one language (not "SDG {{goal}}" or "{{a}} · {{b}}"). */
const hasWords = (template: string): boolean => {
  const literal = template.replace(/\{\{[^}]+\}\}/g, ' ')
  return (literal.match(/\p{L}{3,}/gu) ?? []).length >= 1 && (literal.match(/\p{L}/gu) ?? []).length >= 5
}

/**
 * Texts in `shown` that are sentences of the other language: a text node equal to a dictionary or
 * catalog sentence of `other` (its parameters matching anything), leaving out sentences written the
 * same in both languages and texts that are the project's own data.
 */
export function crossLanguage(
  shown: string[],
  dictionaries: { own: Record<string, string>[]; other: Record<string, string>[] },
  userData: Set<string>
): { text: string; key: string }[] {
  const own = new Set(dictionaries.own.flatMap((d) => Object.values(d)))
  const candidates: { key: string; re: RegExp }[] = []
  for (const d of dictionaries.other)
    for (const [key, template] of Object.entries(d)) {
      if (own.has(template) || !hasWords(template)) continue
      candidates.push({ key, re: pattern(template) })
    }
  const ownPatterns = [...own].filter(hasWords).map(pattern)
  const found: { text: string; key: string }[] = []
  for (const text of shown) {
    if (userData.has(text) || !/\p{L}{3,}/u.test(text)) continue
    // A figure with the project's own unit ("131 persone": the indicator's unit as the user wrote it).
    const unit = /^[\d.,\s\u202f]+(.+)$/u.exec(text)?.[1]
    if (unit && userData.has(unit)) continue
    const hit = candidates.find((c) => c.re.test(text))
    // A text that is also a sentence of the shown language (a shared word) is not a leak.
    if (hit && !ownPatterns.some((re) => re.test(text))) found.push({ text, key: hit.key })
  }
  return found
}

/**
 * Identifiers shown as they are ("keep_a", "only_b", "codepoints-lf"): a value the window forgot to
 * word. Names the project itself holds (a variable called informazioni_cronologiche) are data.
 */
export function rawIdentifiers(shown: string[], userData: Set<string>, own: Record<string, string>[] = []): string[] {
  // A word the shown language's dictionaries give as it is ("e-mail", an identifier kind) is worded.
  const worded = new Set(own.flatMap((d) => Object.values(d)))
  return shown.filter((t) => /^[a-z]+(?:[_-][a-z0-9]+)+$/.test(t) && !userData.has(t) && !worded.has(t))
}
