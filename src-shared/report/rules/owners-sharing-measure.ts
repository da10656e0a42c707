import { indicatorOf } from '../indicators'
import { BARE_MEASURES, MEASURES_OF_A_HEAD, OWNED_MEASURES, QUANTITY_ENDINGS } from '../words/labels'
import { isGeneric } from './generic-label'

/**
 * Measures that owners written side by side share when it follows the last of them (`甲集团、乙银行资产总额`): the
 * measures of a head and of a family, the bare measures and quantities, and rates and volumes of what is done to
 * places or things, longest first (旅游总收入 ends in 总收入, not in 收入).
 */
const SHARED_MEASURES: readonly string[] = [
  ...new Set([
    ...MEASURES_OF_A_HEAD, ...OWNED_MEASURES, ...BARE_MEASURES, ...QUANTITY_ENDINGS,
    '资产总额', '注册资本', '营业额', '参保人数', '户数', '注册量', '存栏量', '出栏量', '治理率', '交付率', '利用率',
    '综合利用率', '安全利用率', '毛入学率', '入学率', '上线率', '完成率', '投放量', '发放量',
  ]),
]
  .filter((w) => [...w].length >= 2)
  .sort((a, b) => b.length - a.length)

/** Endings of items that name what is measured already (三公经费, 水质优良比例). */
const MEASURED_ENDINGS = /(?:[率量额值数]|经费|比例|水平|指数)$/u

/** Whether an item names a measure of its own already: a quantity, a measure, or a standard indicator. */
function measuresAlready(item: string): boolean {
  return SHARED_MEASURES.some((w) => item.endsWith(w)) || MEASURED_ENDINGS.test(item) || indicatorOf(item) !== null || isGeneric(item)
}

/**
 * `甲集团、乙银行资产总额分别突破…`, `甲沙漠、乙沙地治理率分别提升至…`, `个体工商户、私营企业户数分别增长…`: owners
 * named side by side, none measuring anything of its own, then the measure after the last (the longest the vocabulary
 * knows): when the last one's own part is as long as each earlier owner, give or take one character, the measure is each
 * owner's (甲集团资产总额). `入黔游客、旅游总收入` is no such list (旅游 is shorter than the visitors: 总收入 is the
 * measure of 旅游 alone), nor `能源集团、林草生态公司利润` with 公司 split from its owner. Null when the list is not written
 * so.
 */
export function ownersSharingMeasure(items: readonly string[]): string[] | null {
  if (items.length < 2) return null
  const earlier = items.slice(0, -1)
  const last = items[items.length - 1] as string
  const measure = SHARED_MEASURES.find((w) => last.endsWith(w))
  if (!measure) return null
  const own = last.slice(0, -measure.length)
  const parallel = (x: string) => x.length >= 3 && Math.abs(x.length - own.length) <= 1 && !measuresAlready(x)
  if (own.length < 3 || measuresAlready(own) || !earlier.every(parallel)) return null
  return [...earlier.map((x) => x + measure), last]
}
