import { SCOPE_PREFIXES } from '../words/labels'
import { LISTING_TITLE_VERBS, TITLE_VERBS } from '../words/verbs'
import { cleanLabel } from './clause'
import type { Rule } from './types'

/** The shortest title that names a kind of holder on its own (`示范县`, `天然氧吧`). */
const TITLE_MIN = 3

/**
 * Things counted by the title they were given: `5个县被命名为国家生态文明建设示范县` → 国家生态文明建设示范县, as the
 * label files write it. The things (县, 村寨) say less than the title; nothing is said of the title's holders but
 * that they hold it. Put on a list of another kind, they keep their own name too (列为…重点实施项目的抽水蓄能电站).
 */
export const countedTitle: Rule = {
  name: 'counted-title',
  apply(st) {
    if (st.dropped || !st.counted || st.drafts[0]?.labelSource !== 'noun') return
    const { noun } = st.counted
    for (const verb of TITLE_VERBS) {
      const at = noun.indexOf(verb)
      if (at < 1) continue
      const written = noun.slice(at + verb.length)
      // 全国乡村治理示范村: the scope of a title is part of its name (as after a count: 6个全国冠军).
      const scope = SCOPE_PREFIXES.find((w) => w.startsWith('全') && written.startsWith(w)) ?? ''
      const title = scope + cleanLabel(written.slice(scope.length))
      if ([...title].length < TITLE_MIN) return
      // 16个村被省政府列为…: who gave the title is no part of the things.
      const things = cleanLabel(noun.slice(0, at).replace(/被.*$/u, ''))
      const ofTheirKind = !LISTING_TITLE_VERBS.includes(verb) || title.slice(-1) === things.slice(-1)
      for (const d of st.drafts) d.label = ofTheirKind || !things ? title : `${verb}${title}的${things}`
      st.silent = false
      return
    }
  },
}
