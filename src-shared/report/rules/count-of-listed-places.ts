import { PLACES_COUNTED_AFTER_A_LIST } from '../words/places'

/** How a list of n items is counted, by n. */
const COUNT_WORDS: readonly string[] = ['', '', '两|二', '三', '四', '五', '六', '七', '八', '九', '十']
const PLACE_KINDS = [...PLACES_COUNTED_AFTER_A_LIST].sort((a, b) => b.length - a.length).join('|')
/** By n: the last item's name, then the count of n places (`乙县两县…`); none for n of no count word. */
const COUNTED_PLACES: readonly (RegExp | null)[] = COUNT_WORDS.map((count) =>
  count ? new RegExp(`^(\\p{Script=Han}{2,}?)(?:${count})个?(?:${PLACE_KINDS})(?=\\p{Script=Han}{2})`, 'u') : null,
)

/**
 * `甲县、乙县两县地区生产总值`, `东城、西城两区财政收入`: a count of places written after the last item of a list of places,
 * before the measure they share, is the size of the list: no item's name. Dropped from the last item (乙县地区生产总值), so each
 * item is named alone, only when it counts the items there are (two items, 两; three, 三) and the last item names a place
 * before it.
 */
export function withoutCountOfList(items: string[]): string[] {
  const counted = COUNTED_PLACES[items.length]
  const last = items[items.length - 1]
  if (!counted || !last) return items
  const m = counted.exec(last)
  if (!m) return items
  return [...items.slice(0, -1), (m[1] as string) + last.slice(m[0].length)]
}
