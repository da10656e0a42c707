import type { Qualifier } from '../../schemas/report'

/**
 * Words that bound or soften a figure, as the genre writes them. Longest first within each table.
 * `null` reads the word (so it is not taken for part of the label) without giving a qualifier.
 */

/** Before the number: `超50%`, `近3万人`, `不低于90%`. */
export const PRE_QUALIFIERS: readonly (readonly [string, Qualifier | null])[] = [
  ['不低于', '不低于'],
  ['不少于', '不少于'],
  ['不超过', '不超过'],
  ['不高于', '不超过'],
  ['超过', '超过'],
  ['跨过', '超过'],
  ['突破', '突破'],
  ['首破', '突破'],
  ['破', '突破'],
  // 粮食产量首超300万吨, 收入整体越过5000元: a first crossing and a crossing are bounds, no part of the label (the label
  // files: 首超 → 超). A bare 过 is not read here: it opens thresholds (`过50亿元的企业3家`); see CROSSING_AT_END.
  ['首超', '超'],
  ['越过', '超过'],
  ['接近', '近'],
  ['将近', '近'],
  ['大约', '约'],
  ['不足', null],
  ['不到', null],
  ['超', '超'],
  ['逾', '超'],
  ['近', '近'],
  ['约', '约'],
]

/**
 * Words that end as a qualifier does but are words of their own (`签约27亿元` is signed, not about 27亿元): the
 * last character is no qualifier there.
 */
export const WORDS_ENDING_AS_A_QUALIFIER: readonly string[] = [
  '签约', '履约', '预约', '合约', '集约', '节约', '特约', '赶超', '打破', '攻破',
]

/**
 * 过 right before a figure at a label's end (`经济总量过万亿`, `技改投资首次过百亿`): a crossing, no part of the label. Not
 * where it ends a word (`审议通过`, `经过`), a bound read before (`超过`) or a denial (`未过百亿`, a threshold).
 */
export const CROSSING_AT_END = /(?<=.{3})(?<![通经不度错超跨越迈未])(?:首次|率先)?过$/u

/** After the unit: `5%以上`, `6%左右`, `4%以内`. */
export const POST_QUALIFIERS: readonly (readonly [string, Qualifier | null])[] = [
  ['及以上', '以上'],
  ['及以下', '以下'],
  ['以上', '以上'],
  ['左右', '左右'],
  ['上下', '左右'],
  ['以内', '以内'],
  ['以下', '以下'],
  ['有余', '多'],
  ['多', '多'],
  ['余', '多'],
]

/**
 * A comparison written right before the number reads as a bound when nothing is compared with:
 * `增速要高于40%` → 超过. (`高于全国0.5个百分点` compares with 全国 and stays a comparison.)
 */
export const BARE_COMPARISON_QUALIFIERS: readonly (readonly [string, Qualifier])[] = [
  ['高于', '超过'],
  ['低于', '以下'],
]
