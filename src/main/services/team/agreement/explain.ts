import type { AgreementFigure, AgreementLevel, AgreementUnit, Explanation } from '../../../../shared/ipc/team'

const LEVEL_IT: Record<AgreementLevel, string> = {
  nominal: 'nominale',
  ordinal: 'ordinale',
  interval: 'a intervalli',
  ratio: 'di rapporto'
}

const UNIT_IT = { paragraph: 'paragrafo', sentence: 'frase' }
const UNITS_IT = { paragraph: 'paragrafi', sentence: 'frasi' }

/** The texts the agreement screen shows next to each figure: unit, chance model, caveats. */
export function agreementExplanations(o: {
  unit: AgreementUnit
  level: AgreementLevel
  coders: number
  codes: number
  threshold: number
}): Record<AgreementFigure, Explanation> {
  const many = o.coders > 2
  const pct = Math.round(o.threshold * 100)
  const pairIt = many ? ' Con più di due codificatori è la media sulle coppie (kappa di Light).' : ''
  const pairEn = many ? ' With more than two coders it is the mean over coder pairs (Light’s kappa).' : ''
  if (o.unit === 'character') {
    return {
      percent: {
        it: `Percentuale di caratteri su cui i codificatori concordano: codificati da entrambi o da nessuno, per ogni codice, sommando le fonti.${many ? ' Media sulle coppie di codificatori.' : ''}`,
        en: `Share of characters on which the coders agree: coded by both or by neither, per code, pooled over sources.${many ? ' Mean over coder pairs.' : ''}`
      },
      kappa: {
        it: `Kappa di Cohen sui caratteri, come in NVivo: accordo atteso per caso EF = (A·B + (T−A)(T−B))/T, dove T sono i caratteri delle fonti e A, B quelli codificati da ciascuno; K = (accordo − EF)/(T − EF). Include il testo non codificato, quindi tende a essere alto quando si codifica poco.${pairIt}`,
        en: `Cohen’s kappa over characters, as NVivo computes it: chance agreement EF = (A·B + (T−A)(T−B))/T, where T is the characters of the sources and A, B those each coder coded; K = (agreement − EF)/(T − EF). Uncoded text counts, so it runs high when little is coded.${pairEn}`
      },
      alpha: {
        it: 'Alfa di Krippendorff nominale sui caratteri: ogni carattere × codice è un’unità con valore "codificato" o "non codificato" per ciascun codificatore.',
        en: 'Nominal Krippendorff’s alpha over characters: each character × code is a unit whose value, per coder, is "coded" or "not coded".'
      },
      percentCodedOnly: {
        it: 'Percentuale calcolata solo sul testo codificato da almeno un codificatore per quel codice (il testo che nessuno ha codificato non conta).',
        en: 'Percentage over the text coded by at least one coder for that code only (text nobody coded does not count).'
      },
      kappaCodedOnly: {
        it: 'Lo stesso kappa limitato al testo codificato da almeno uno: manca la cella "nessuno dei due", quindi è molto più severo e spesso negativo.',
        en: 'The same kappa restricted to text coded by at least one coder: the "neither" cell is empty, so it is far stricter and often negative.'
      },
      meanSourceKappa: {
        it: 'Media dei kappa calcolati fonte per fonte, sulle fonti in cui almeno un codificatore ha usato il codice.',
        en: 'Mean of the kappas computed source by source, over the sources where at least one coder used the code.'
      },
      segments: segmentText(pct, o.codes),
      units: {
        it: 'Unità di analisi: i caratteri del testo (unità UTF-16 del testo normalizzato).',
        en: 'Unit of analysis: the characters of the text (UTF-16 units of the normalised text).'
      },
      multiValue: {
        it: 'Non applicabile ai caratteri: ogni codice è valutato separatamente.',
        en: 'Not applicable to characters: each code is assessed separately.'
      }
    }
  }
  const u = o.unit
  const weightIt = { nominal: 'non pesato', ordinal: 'con pesi lineari', interval: 'con pesi quadratici', ratio: 'con pesi quadratici' }[o.level]
  const weightEn = { nominal: 'unweighted', ordinal: 'linear weights', interval: 'quadratic weights', ratio: 'quadratic weights' }[o.level]
  return {
    percent: {
      it: `Percentuale di ${UNITS_IT[u]} su cui i codificatori scelgono lo stesso codice, tra quelli valutati da almeno due.${many ? ' Media sulle coppie.' : ''}`,
      en: `Share of ${u}s on which the coders chose the same code, among those valued by at least two.${many ? ' Mean over pairs.' : ''}`
    },
    kappa: many
      ? {
          it: `Kappa di Fleiss (caso atteso dalle proporzioni osservate dei codici) sui ${UNITS_IT[u]} valutati da tutti i codificatori.`,
          en: `Fleiss’ kappa (chance from the observed code proportions) over the ${u}s valued by every coder.`
        }
      : {
          it: `Kappa di Cohen ${weightIt} sui ${UNITS_IT[u]} valutati da entrambi; caso atteso dalle distribuzioni dei due codificatori.`,
          en: `Cohen’s kappa (${weightEn}) over the ${u}s both coders valued; chance from each coder’s own distribution.`
        },
    alpha: {
      it: `Alfa di Krippendorff, livello ${LEVEL_IT[o.level]}: ogni ${UNIT_IT[u]} è un’unità, i codici scelti sono i valori 1..${o.codes} di una variabile (nell’ordine dato). Chi non ha usato nessuno di questi codici nel ${UNIT_IT[u]} non ha valore (dato mancante); le unità con un solo valore non contano. Il caso atteso viene dalla distribuzione complessiva dei valori.`,
      en: `Krippendorff’s alpha, ${o.level} level: each ${u} is a unit and the chosen codes are the values 1..${o.codes} of one variable (in the given order). A coder who used none of them in the ${u} has no value there (missing); units with a single value do not count. Chance comes from the pooled distribution of values.`
    },
    percentCodedOnly: {
      it: 'Per codice: percentuale sulle sole unità in cui almeno un codificatore ha usato il codice.',
      en: 'Per code: percentage over the units where at least one coder used the code.'
    },
    kappaCodedOnly: {
      it: 'Per codice: kappa sulla presenza del codice nelle sole unità in cui almeno uno lo ha usato.',
      en: 'Per code: kappa on the presence of the code over the units where at least one coder used it.'
    },
    meanSourceKappa: {
      it: 'Media dei kappa calcolati fonte per fonte.',
      en: 'Mean of the kappas computed source by source.'
    },
    segments: segmentText(pct, o.codes),
    units: {
      it: `Unità: ${UNITS_IT[u]}. ${u === 'paragraph' ? 'I paragrafi sono quelli riconosciuti all’importazione (righe vuote, turni di parola, titoli, paragrafi del documento); in mancanza, blocchi separati da righe vuote, o una riga per paragrafo se non ce ne sono.' : 'Le frasi sono ricavate da ogni paragrafo con le regole ICU (Intl.Segmenter).'}`,
      en: `Units: ${u}s. ${u === 'paragraph' ? 'Paragraphs are those recognised at import (blank lines, speaker turns, headings, document paragraphs); failing that, blocks between blank lines, or one per line when there are none.' : 'Sentences come from each paragraph through the ICU rules (Intl.Segmenter).'}`
    },
    multiValue: {
      it: `Se un codificatore ha applicato più codici della lista allo stesso ${UNIT_IT[u]}, vale quello che copre più caratteri (a parità, il primo nella lista).`,
      en: `If a coder applied several of the listed codes to the same ${u}, the one covering most characters counts (on a tie, the first in the list).`
    }
  }
}

function segmentText(pct: number, codes: number): Explanation {
  return {
    it: `Accordo sui segmenti, come in MAXQDA: un segmento concorda se l’altro codificatore ha codificato con lo stesso codice un segmento che si sovrappone per almeno il ${pct}% della loro unione (abbinamento uno a uno). Percentuale = segmenti concordi / (concordi + non abbinati). Kappa di Brennan e Prediger con accordo casuale 1/${codes} (numero di codici).`,
    en: `Segment agreement, as MAXQDA computes it: a segment agrees when the other coder coded, with the same code, a segment overlapping at least ${pct}% of their union (matched one to one). Percent = agreeing segments / (agreeing + unmatched). Brennan–Prediger kappa with chance 1/${codes} (number of codes).`
  }
}
