import { z } from 'zod'
import { channel } from './define'
import {
  HIT_KINDS,
  IDENTIFIER_KINDS,
  type DestroyOriginalsDto,
  type ErasureCertificateDto,
  type ErasurePreviewDto,
  type IdentifierVariableDto,
  type KeyExportDto,
  type KeyRemovalDto,
  type KeyStatusDto,
  type PersonHitDto,
  type PrivacyOverviewDto,
  type PrivacyRuleDto,
  type PseudonymisationPreviewDto,
  type PseudonymisationResultDto,
  type ShareResultDto
} from '../privacy-results'

/*
 * Contract of privacy in the window (issue 17): the pseudonymisation review, always/never rules,
 * identifier variables, where personal data lives, the shareable copy, erasure and the pseudonym key.
 * Thin faces over src/main/services/privacy (decision 0025); the CLI has the same verbs.
 */

export * from '../privacy-results'

const jobId = z.string().max(64).optional()
const ref = z.string().trim().min(1).max(300)
const style = z.enum(['label', 'realistic']).optional()
const language = z.enum(['it', 'en']).optional()
const hitId = z.string().max(400)
const person = z.string().trim().min(1).max(300)

export const privacyChannels = {
  /** Detection over the chosen sources (all live ones when empty). Reads only. */
  'privacy:preview': channel<PseudonymisationPreviewDto>()(z.object({ sources: z.array(ref).max(10_000).optional(), style, language, jobId })),
  /** Writes a pseudonymised version of each source with accepted hits; one undoable operation. */
  'privacy:apply': channel<PseudonymisationResultDto>()(
    z.object({
      sources: z.array(ref).max(10_000).optional(),
      accept: z.union([z.enum(['all', 'suggested']), z.array(hitId).max(200_000)]),
      reject: z.array(hitId).max(200_000).optional(),
      original: z.enum(['keep', 'destroy']).default('keep'),
      renameCases: z.boolean().optional(),
      style,
      language,
      jobId
    })
  ),
  'privacy:rules': channel<PrivacyRuleDto[]>()(z.object({})),
  'privacy:setRule': channel<PrivacyRuleDto>()(
    z.object({ text: z.string().trim().min(1).max(200), decision: z.enum(['always', 'never']), kind: z.enum(HIT_KINDS).default('name') })
  ),
  'privacy:removeRule': channel<{ removed: string }>()(z.object({ id: z.string().min(1).max(200) })),
  'privacy:identifiers': channel<IdentifierVariableDto[]>()(z.object({ dataset: ref.optional() })),
  'privacy:setIdentifier': channel<IdentifierVariableDto[]>()(
    z.object({ dataset: ref, variable: ref, kind: z.enum([...IDENTIFIER_KINDS, 'none']) })
  ),
  'privacy:overview': channel<PrivacyOverviewDto>()(z.object({})),
  'privacy:markReviewed': channel<PrivacyOverviewDto>()(z.object({})),
  /** Asks where to save (a save dialog); null when cancelled. */
  'privacy:share': channel<ShareResultDto | null>()(
    z.object({ qdpx: z.boolean().default(false), workbook: z.boolean().default(false), pseudonymiseRest: z.boolean().default(false), locale: language, jobId })
  ),
  'privacy:people': channel<PersonHitDto[]>()(z.object({ text: z.string().max(200), limit: z.number().int().min(1).max(100).default(20) })),
  'privacy:erasePreview': channel<ErasurePreviewDto>()(z.object({ person })),
  /** Cannot be undone: the window asks for the name typed again (`confirm`). */
  'privacy:erase': channel<ErasureCertificateDto>()(z.object({ person, confirm: person, jobId })),
  /** Destroys every hidden original kept after pseudonymising (and the history that held them). Cannot be undone. */
  'privacy:destroyOriginals': channel<DestroyOriginalsDto>()(z.object({})),
  'privacy:keyStatus': channel<KeyStatusDto>()(z.object({})),
  /** Asks where to save the key file; null when cancelled. */
  'privacy:keyExport': channel<KeyExportDto | null>()(z.object({ passphrase: z.string().min(1).max(1000) })),
  'privacy:keyRemove': channel<KeyRemovalDto>()(z.object({}))
}
