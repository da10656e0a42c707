import { PLACES_COUNTED_AFTER_A_LIST } from '../words/places'

/** How a list of n items is counted, by n. */
const COUNT_WORDS: readonly string[] = ['', '', '两|二', '三', '四', '五', '六', '七', '八', '九', '十']

/**
 * `甲县、乙县两县地区生产总值`, `东城、西城两区财政收入`: a count of places written after the last item of a list of places,
 * before the measure they share, is the size of the list: no item's name. Dropped from the last item (乙县地区生产总值), so each
 * item is named alone, only when it counts the items there are (two items, 两; three, 三) and the last item names a place
 * before it.
 */
export function withoutCountOfList(items: string[]): string[] {
  const count = COUNT_WORDS[items.length]
  const last = items[items.length - 1]
  if (!count || !last) return items
  const kinds = [...PLACES_COUNTED_AFTER_A_LIST].sort((a, b) => b.length - a.length).join('|')
  const m = new RegExp(`^(\\p{Script=Han}{2,}?)(?:${count})个?(?:${kinds})(?=\\p{Script=Han}{2})`, 'u').exec(last)
  if (!m) return items
  return [...items.slice(0, -1), (m[1] as string) + last.slice(m[0].length)]
}
