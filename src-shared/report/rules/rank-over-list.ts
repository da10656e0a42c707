import { LEVELS_OF_PLACE } from '../words/places'

/** Ranks of a thing named before it (`省级示范区`, `市级以上示范社`). Longest first. */
const RANKS_OF_A_LIST_ITEM = ['自治区级以上', '自治区级', '国家级', '省级以上', '省级', '市级以上', '市级', '州级以上', '州级', '县级以上', '县级']
/** A level of place a list may name alone after the first item (`生态乡镇、村`). */
const LEVELS_NAMED_ALONE = [...LEVELS_OF_PLACE, '村', '镇']

/** Where the first item's rank opens, after a verb of at most four characters (`新打造省级…`, `建成市级…`). */
const RANK_OPENING = new RegExp(`^(.{0,4}?(?:${RANKS_OF_A_LIST_ITEM.join('|')}))(?=.{2})`, 'u')
/** Any rank or level named inside an item: that item says its own. */
const ANY_RANK = new RegExp(`${RANKS_OF_A_LIST_ITEM.join('|')}|国家|省|部`, 'u')

/**
 * `新打造省级绿美乡镇、绿美乡村各14个`, `建成省级生态乡镇、村各7个`: the rank written before the first item (省级, 市级以上)
 * is a later item's too when that item is the same kind of thing, which only its words show: it opens with the same
 * two characters as the first item's own part (绿美乡镇, 绿美乡村), or it is a level of place where the first item ends
 * with one (生态乡镇 → 生态村). Any other later item keeps its own words: `国家高新技术企业、科技型中小企业` are not
 * both national, and nothing but reading tells.
 */
export function rankOverList(listed: readonly string[], completed: readonly string[]): string[] {
  const opening = RANK_OPENING.exec(listed[0] ?? '')?.[1]
  if (!opening || listed.length < 2) return [...completed]
  const own = (listed[0] as string).slice(opening.length)
  const ownLevel = LEVELS_OF_PLACE.filter((l) => own.endsWith(l) && own.length > l.length).sort((a, b) => b.length - a.length)[0]
  return completed.map((item, k) => {
    if (k === 0 || ANY_RANK.test(item) || item !== listed[k]) return item
    if (own.length > 2 && item.length > 2 && item.slice(0, 2) === own.slice(0, 2)) return opening + item
    if (ownLevel && LEVELS_NAMED_ALONE.includes(item)) return opening + own.slice(0, -ownLevel.length) + item
    return item
  })
}
