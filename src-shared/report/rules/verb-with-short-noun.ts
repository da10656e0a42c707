import { ASPECT_PARTICLES } from './aspect-particle'
import { VERBS_NAMING_A_SHORT_COUNTED } from '../words/acting-verbs'
import { OBJECT_VERBS } from '../words/verbs'

const VERBS_LONGEST = [...VERBS_NAMING_A_SHORT_COUNTED].sort((a, b) => b.length - a.length)
/**
 * Verbs that open the next deed of a list (`处置959家“僵尸企业”、淘汰1.3万家…、整治…`): after 、 one of these makes the
 * noun before the end of its own item, not the head of a longer name whose tail the items share.
 */
const NEXT_DEED_VERBS: readonly string[] = [...VERBS_NAMING_A_SHORT_COUNTED, ...OBJECT_VERBS]

/** What may close the clause right after the noun: a comma, a full stop, a semicolon, a colon or the line's end. */
const CLAUSE_CLOSES = /^(?:[,，。;；:：!！?？\n]|$)/u

/**
 * The label of a count whose noun is two characters alone (`干部`, `企业`) when the verb right before the count names
 * what was counted: `选派1094名干部` → 选派干部, `服务了1108家企业` → 服务企业. Null when the verb is not one of
 * VERBS_NAMING_A_SHORT_COUNTED, when anything but the verb (and 了) stands between the words before it and the count
 * (`选派干部` needs the count right after the verb), or when the clause goes on after the noun: a noun followed by more
 * words or by `、` is the head of a longer name or of a list whose tail is shared (`完成1148个小区、24条道路“蜘蛛网”整治`).
 *
 * `raw` is the object clause before the count, `noun` the counted noun, `rest` the text after the noun (a few
 * characters are enough).
 */
export function verbWithShortNoun(raw: string, noun: string, rest: string): string | null {
  if ([...noun].length !== 2 || !nounClosesClause(rest)) return null
  const acting = verbActingOnCounted(raw)
  return acting ? acting.verb + noun : null
}

/**
 * Is a count the object of a verb of VERBS_NAMING_A_SHORT_COUNTED rather than an attribute of its noun (`交付7万多套
 * 房屋`, `依法取缔65家“十小”污染企业`)? Only when the verb opens the clause, after a word of two characters at most
 * (`依法`, `全年`: a longer doer, `领导干部包联服务`, `为乡镇卫生院招聘`, makes 服务 or 招聘 as often part of a name),
 * when the noun has two characters at least (`服务1015万件次` cuts a unit, not a noun) and when it closes the clause
 * (`立案查处79家环保不达标企业` cuts the noun at 不).
 */
export function countAfterActingVerb(raw: string, noun: string, rest: string): boolean {
  const acting = verbActingOnCounted(raw)
  return acting !== null && [...acting.opening].length <= 2 && [...noun].length >= 2 && nounClosesClause(rest)
}

/**
 * The label of a count after a verb of VERBS_NAMING_A_SHORT_COUNTED that the vocabulary of object verbs does not know
 * (`依法取缔65家“十小”污染企业` → 取缔十小污染企业, `全面交付24个回迁安置项目` → 交付回迁安置项目): the verb and the noun,
 * without the adverb or the time before the verb (two characters at most, as countAfterActingVerb asks); `新` stays, as
 * it defines what is counted (`新招聘7500名大学生`). Null when no such verb closes the words before the count.
 */
export function labelWithActingVerb(raw: string, noun: string): string | null {
  const acting = verbActingOnCounted(raw)
  if (!acting || [...acting.opening].length > 2) return null
  return (acting.opening.endsWith('新') ? '新' : '') + acting.verb + noun
}

/**
 * The verb of VERBS_NAMING_A_SHORT_COUNTED that closes the words before a count (after it only 了), and the words
 * before that verb; or null (`依法取缔了` → 取缔 after 依法).
 */
function verbActingOnCounted(raw: string): { verb: string; opening: string } | null {
  const particle = ASPECT_PARTICLES.find((p) => raw.endsWith(p))
  const before = particle ? raw.slice(0, -particle.length) : raw
  const verb = VERBS_LONGEST.find((v) => before.endsWith(v))
  return verb ? { verb, opening: before.slice(0, -verb.length) } : null
}

/**
 * Does the clause end with the noun (`rest` is the text after it)? Also when a 、 opens another deed of such a verb
 * (`选派1094名干部、服务1108家企业`): that is the next deed, not the next noun of a list sharing its tail.
 */
function nounClosesClause(rest: string): boolean {
  return CLAUSE_CLOSES.test(rest) || (rest.startsWith('、') && NEXT_DEED_VERBS.some((v) => rest.startsWith(v, 1)))
}
