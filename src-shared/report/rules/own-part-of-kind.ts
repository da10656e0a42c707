import { ITEM_KINDS_BY_ENDING } from '../words/places'

/** The kind of places among ITEM_KINDS_BY_ENDING. */
const PLACES = 0

/** How far into the last item its own part may run before the measure the items share. */
const OWN_PART_MAX = 6

/**
 * `示范镇、示范村生活垃圾收运处置覆盖率`, `中心城市、三县建成区…覆盖率`, `机关事业单位、企业退休人员基本养老金`: earlier items
 * that each end as one kind of thing (a place: 镇, 市; a body: 单位) stand parallel to the part of the last item that
 * ends as that kind (示范村, 三县建成区, 企业), however long each is; the rest of the last item (生活垃圾收运处置覆盖率,
 * 退休人员基本养老金) is what they share. Where that part ends (of the endings of the kind within its first few
 * characters, the one nearest the first item's length), or -1 when the list is not written so. `namesMeasure` says whether the rest names a measure.
 */
export function ownPartOfKind(earlier: readonly string[], last: string, namesMeasure: (rest: string) => boolean): number {
  if (earlier.length === 0 || [...earlier, last].some((x) => /[和及与]/u.test(x)) || /[（(]/u.test(last)) return -1
  for (const [index, kind] of ITEM_KINDS_BY_ENDING.entries()) {
    if (!earlier.every((x) => x.length >= 2 && kind.some((w) => x.endsWith(w) && x.length > w.length))) continue
    // Of the parts ending so, the one about as long as the first item (城市 to 农村, not 农村社区; 中心城市 to 三县建成区).
    const size = (earlier[0] as string).length
    let end = -1
    for (const w of kind) {
      for (let at = last.indexOf(w); at >= 0 && at + w.length <= OWN_PART_MAX; at = last.indexOf(w, at + 1)) {
        const own = at + w.length
        // The shared rest is a measure of three characters at least (not 县城建设, not a bare 率).
        const rest = last.slice(own)
        if (own < 2 || rest.length < 3 || rest.includes('分别') || !namesMeasure(rest)) continue
        // Places side by side are about as long as each other (滇池流域城市 and 乡镇政府所在地 are no such pair).
        if (index === PLACES && Math.abs(own - size) > 2) continue
        const closer = end < 0 || Math.abs(own - size) < Math.abs(end - size) || (Math.abs(own - size) === Math.abs(end - size) && own > end)
        if (closer) end = own
      }
    }
    if (end > 0) return end
  }
  return -1
}
