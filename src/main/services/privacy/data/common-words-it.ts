/**
 * Hand-written lists (Esiti's own) that keep the name detector from taking ordinary words for people.
 * Lower case, without accents (compared after folding). The project's own texts add to them at run
 * time: a capitalised word that also occurs in lower case in some transcript is a common word there.
 */

/** First names that are also everyday Italian words: capitalised at a sentence start they are not evidence of a person. */
export const NAME_WORDS = new Set(
  (
    'alba amabile amore angelo ardito assunta audace aurora bianca bruno candida candido casto celeste clemente colomba ' +
    'colombo concetta costante costanza cupido diamante diletta divo domenica donna fausto fedele felice fiore fortunata ' +
    'fortunato fosco franca franco gemma generoso gentile gioia giove giusto gloria grato grazia innocente italia ' +
    'leone libera libero lieto luce luna magno marina marino massima massimo mercede modesto natale nunzia onesto ' +
    'orso pace pia pio primo quarto quinto regina romana romano rosa rosaria sabato salvo santa santo secondo serena ' +
    'sereno sesto settimo sicuro sole speranza stella terzo tranquillo ultimo umile valente vera viola vittoria ' +
    'veronica ambra perla'
  ).split(' ')
)

/**
 * Words commonly written with a capital letter in the middle of an Italian sentence that are not
 * personal data: institutions, offices, titles, festivities, everyday tools and platforms.
 */
export const CAPITALISED_NOT_PERSONAL = new Set(
  (
    'comune comuni regione regioni provincia province stato municipio municipi citta metropolitana ministero governo ' +
    'parlamento senato camera repubblica italia europa unione europea commissione consiglio giunta sindaco assessore ' +
    'assessorato prefettura questura tribunale inps inail asl ats ast agenzia entrate onu unesco ue pnrr fse fesr agenda ' +
    'obiettivi obiettivo sviluppo sostenibile sdg sdgs covid coronavirus pandemia lockdown natale pasqua ferragosto ' +
    'capodanno lunedi martedi mercoledi giovedi venerdi sabato domenica gennaio febbraio marzo aprile maggio giugno ' +
    'luglio agosto settembre ottobre novembre dicembre hr ceo cfo pmi srl spa onlus coop cooperativa associazione ' +
    'fondazione universita politecnico scuola istituto liceo ospedale centro servizi ufficio direzione presidenza ' +
    'dipartimento area settore risorse umane welfare smart working coworking internet wifi zoom teams meet skype ' +
    'google microsoft apple whatsapp telegram facebook instagram linkedin youtube excel word powerpoint outlook ' +
    'amazon uber sì si no ok okay buongiorno buonasera grazie prego allora quindi comunque ecco beh mah insomma ' +
    'dunque pero perche cioe infatti intervistatore intervistatrice intervistato intervistata int ricercatore ' +
    'ricercatrice risposta domanda dott dottore dottoressa sig signor signora signore ing avv prof professore ' +
    'professoressa don suor via viale piazza corso largo'
  ).split(' ')
)

/** Titles that announce a person's name ("la dott.ssa Ferri", "il sig. Bruno"). */
export const PERSON_TITLES = new Set(
  'dott dottssa dottore dottoressa dr sig sigra signor signora signorina ing avv prof profssa professore professoressa don suor geom rag arch'.split(' ')
)

/** Words that make a capitalised span an organisation (legal forms and kinds of body). */
export const ORGANISATION_WORDS = new Set(
  'srl spa snc sas sapa scarl scrl onlus coop cooperativa consorzio associazione fondazione societa ditta impresa studio gruppo holding aps odv ets'.split(' ')
)
