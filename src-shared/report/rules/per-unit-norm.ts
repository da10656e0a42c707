import type { Rule } from './types'

/** Units of a place below the report's own, each of which a norm is set for. */
const UNITS = '(?:县（市、区）|县\\(市、区\\)|县（市区）|县市区|县区|区县|市县|市州|县|乡镇|乡|镇|村|街道|社区|功能区|开发区|园区)'
/** Verbs of a norm each unit is to meet (`各引进1个`, `各县储备新增…1个以上`). */
const NORM_VERBS = '(?:引进|招引|储备|新建|建设|建成|培育|打造|创建|争取|新增|谋划|落地|开工|实施|至少|力争|确保)'
/**
 * `每个县市区…招引一个30亿元以上工业项目`, `县市区、功能区各引进1个50亿元以上项目`, `推动各县（市、区）储备…项目1个以上`:
 * a figure after such a distribution is what each unit is to do, not the place's total.
 */
const DISTRIBUTION = new RegExp(`每个?${UNITS}|各${UNITS}?${NORM_VERBS}`, 'gu')
/**
 * The distribution reaches on over a clause boundary only into a clause that goes on with a verb of getting one thing
 * each, with no subject of its own (`每个县新建园区，招引一个…项目`); `，全年新引进…`, `，建设站点24个`,
 * `，力争…乡镇突破60个` may be the place's own.
 */
const NEXT_NORM_CLAUSE = /^(?:引进|招引|储备|新建|建设|建成|培育|打造|创建|争取|新增)(?:一个|一家|1个|1家)/u
/** How far back in its sentence a distribution is looked for. */
const REACH = 120

/**
 * A norm set for each unit of the place (each county, each zone) is no figure of the place: a slide would show one
 * project where the place plans dozens. The labels do not say so, so the figures are marked for a person to check.
 */
export const perUnitNorm: Rule = {
  name: 'per-unit-norm',
  apply(st, ctx) {
    const first = st.tokens[0]
    if (st.dropped || !first) return
    const before = ctx.norm.slice(Math.max(ctx.sentence.start, first.start - REACH), first.start)
    const last = [...before.matchAll(DISTRIBUTION)].pop()
    if (!last) return
    const clauses = before.slice((last.index ?? 0) + last[0].length).split(/[,;:]/u).slice(1)
    if (!clauses.every((c) => NEXT_NORM_CLAUSE.test(c))) return
    for (const d of st.drafts) d.reasons.add('label-vague')
  },
}
