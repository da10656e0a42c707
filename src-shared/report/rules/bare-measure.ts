import { BARE_MEASURES, DEED_MEASURES, INDUSTRY_HEADS, INDUSTRY_OPENERS, OUTPUT_MEASURES, OWNER_HEADS, RATES_OF_WORKS, RECEPTION_WORDS, REVENUES_WITH_TAX, VISITOR_COUNT_ENDS, VISITOR_COUNT_LEADS, WORKS_HEADS } from '../words/labels'
import { ACTIONS_BEFORE_WORKS, WORKS_EVENTS_AT_END, leadingWord } from '../words/verbs'
import { cleanLabel } from './clause'
import type { Rule } from './types'

/** (Not a verb that opens a list of verbs: `新建、续建城建项目` keeps both.) */
const NEW_PREFIX = new RegExp(`${leadingWord(ACTIONS_BEFORE_WORKS).source}(?![、和及与])`)
/** A subject that counts visitors: `接待游客`, `旅游接待人数`, `接待国内外游客`. */
export const VISITORS_AT_END = new RegExp(
  `(?:${RECEPTION_WORDS.join('|')})$|(?:${VISITOR_COUNT_LEADS.join('|')})[\\u4e00-\\u9fff]{0,6}(?:${VISITOR_COUNT_ENDS.join('|')})$`,
  'u',
)
const EVENT_AT_END = new RegExp(`(?:${[...WORKS_EVENTS_AT_END].sort((a, b) => b.length - a.length).join('|')})$`, 'u')

/**
 * A figure whose label is only a measure (`投资`, `资金`, `收入`) measures the works the sentence is about
 * (`省级重点项目420个，完成投资3500亿元` → 省级重点项目投资; `实施…的330个重点项目，力争完成投资1100亿元以上`).
 * Works named by their head alone (`实施项目568个，完成投资约216亿元` → 项目投资) are flagged: a person says which.
 * When the sentence names no works it is dropped: `全年共完成投资3.5亿元` cannot go on a slide as it stands (a person
 * can still add it from the text); a measure that names its deed (`投入资金`) and a rate of one (`投资增长8%`) are kept,
 * flagged. Other subjects take
 * their measure in generic-label.
 */
export const bareMeasure: Rule = {
  name: 'bare-measure',
  apply(st, ctx) {
    if (st.dropped) return
    const ahead = worksAhead(ctx.norm, st.tokens[st.tokens.length - 1]?.end ?? 0)
    // (…投资完成率107.2%，资金到位率91.5%: a rate of the works before reads on to the works.)
    const works = ahead?.works ?? worksOf(ctx.sentence.subject) ?? worksOf(withoutRateOfWorks(ctx.sentence.subject))
    const industry = works ? null : industryOpening(ctx.norm, ctx.sentence.start, st.clauseStart)
    const owner = works || industry ? null : ownerOf(ctx.sentence.subject)
    // 实施项目568个，完成投资约216亿元: works named by their head alone are the sentence's, said vaguely.
    const vague = works !== null && WORKS_HEADS.includes(works)
    st.drafts = st.drafts.filter((d) => {
      if (d.labelSource !== 'subject' && d.labelSource !== 'noun') return true
      const deed = DEED_MEASURES.includes(d.label)
      if (!BARE_MEASURES.includes(d.label) && !RATES_OF_WORKS.includes(d.label) && !deed) return true
      if (!works && deed) d.reasons.add('label-vague')
      if (!works && industry && OUTPUT_MEASURES.includes(d.label)) {
        d.label = industry + d.label
        d.labelSource = 'context'
        return true
      }
      // 一般公共预算收入增长3.1%，税收完成90亿元: the tax part of the revenue before it.
      if (!works && d.label === '税收' && REVENUES_WITH_TAX.some((w) => ctx.norm.slice(ctx.sentence.start, st.clauseStart).includes(w))) {
        d.label = '税收收入'
        d.labelSource = 'context'
        return true
      }
      // 全年接待游客2.7亿人次、实现收入4140亿元, 旅游接待人数…、收入…: the revenue of the tourism the sentence counts.
      if (!works && d.label === '收入' && VISITORS_AT_END.test(ctx.sentence.subject ?? '')) {
        d.label = tourismRevenue(ctx.sentence.subject ?? '')
        d.labelSource = 'context'
        return true
      }
      // 入园企业103家，实现产值17.8亿元: the measure of the enterprises the sentence counts, flagged.
      if (!works && owner && !deed && d.token.cls !== 'pct') {
        d.label = owner + d.label
        d.labelSource = 'context'
        d.reasons.add('label-vague')
        return true
      }
      // 投资增长8%: a rate of a measure named alone is kept, flagged: a person says whose (the label files keep it).
      if (!works && !deed && d.token.cls === 'pct') {
        d.reasons.add('label-vague')
        return true
      }
      if (!works) return deed
      if (vague) d.reasons.add('label-vague')
      const rate = RATES_OF_WORKS.includes(d.label)
      d.label = works + d.label
      d.labelSource = 'context'
      // (开复工率97%，高于上年25个百分点: the clauses after a rate are about the rate.)
      if (rate) d.carried = d.label
      // (…开工率25.1%，完成投资115亿元，占…: after the measure the sentence is about the works again, not their rate.)
      else if (withoutRateOfWorks(ctx.sentence.subject) !== null) d.carried = works
      if (ahead) d.quoteEnd = Math.max(d.quoteEnd, ahead.end)
      return true
    })
    if (st.drafts.length === 0) st.dropped = true
  },
}

/** 医疗旅游人次86.5万、收入83.9亿元: the revenue of the kind of tourism counted (医疗旅游收入); of visitors alone, 旅游收入. */
function tourismRevenue(subject: string): string {
  const counted = cleanLabel(subject)
  const kind = counted.slice(0, Math.max(0, counted.indexOf('旅游')))
  // (Not a word of receiving, `接待旅游总人数`, nor a time, `年旅游人次`.)
  return `${kind.length >= 2 && !VISITOR_COUNT_LEADS.some((w) => kind.endsWith(w)) ? kind : ''}旅游收入`
}

/**
 * The works an amount is spent on when the clause goes on to do them (`投资20.9亿元实施34个市容环境品质提升项目`,
 * `投资9.1亿元推进15个现代农业园区建设`): what the works are, and where the clause ends; or null.
 */
const WORKS_AHEAD = new RegExp(
  `^(?:${ACTIONS_BEFORE_WORKS.join('|')})(?:[\\d.]+[个项])?([^,;。!?:\\d]{2,24}?(?:${WORKS_HEADS.join('|')}))(?:建设)?(?:[\\d.]+[个项])?(?=[,;。!?:]|$)`,
  'u',
)

export function worksAhead(norm: string, at: number): { works: string; end: number } | null {
  const m = WORKS_AHEAD.exec(norm.slice(at, at + 48))
  const works = m?.[1]?.replace(/[“”"]/g, '')
  return m && works ? { works, end: at + m[0].length } : null
}

const INDUSTRY_OPENING = new RegExp(
  `^(?:${INDUSTRY_OPENERS.join('|')})*([\\u4e00-\\u9fff]{2,10}?(?:${INDUSTRY_HEADS.join('|')}))(?![\\u4e00-\\u9fff]{0,2}(?:${INDUSTRY_HEADS.join('|')}))`,
  'u',
)

/** The industry the sentence opens with, when the figure's clause is not its first (`西昌钒钛产业园区重点…`), or null. */
function industryOpening(norm: string, sentenceStart: number, clauseStart: number): string | null {
  // (A paragraph indented as pasted from Word opens on spaces: the industry opens it all the same.)
  const opening = norm.slice(sentenceStart, Math.min(clauseStart, sentenceStart + 26)).trimStart()
  return INDUSTRY_OPENING.exec(opening)?.[1] ?? null
}

/** The subject when it names enterprises that own what a bare measure measures (`入园企业`), or null. */
function ownerOf(subject: string | null | undefined): string | null {
  return subject && subject.length >= 3 && OWNER_HEADS.some((h) => subject.endsWith(h)) ? subject : null
}

/** A subject without the rate of works closing it (`重点项目投资完成率` → 重点项目), or null when none closes it. */
function withoutRateOfWorks(subject: string | null | undefined): string | null {
  const rate = subject ? RATES_OF_WORKS.find((r) => subject.endsWith(r) && subject.length > r.length) : undefined
  return subject && rate ? subject.slice(0, -rate.length) : null
}

/** The works a subject names (`新开工重点项目` → 重点项目), or null when it names none. */
function worksOf(subject: string | null | undefined): string | null {
  if (!subject) return null
  // 亿元以上重点项目开工(108个): the works, not the event that befell them.
  const core = subject.replace(NEW_PREFIX, '').replace(EVENT_AT_END, '')
  return (core.length >= 3 && WORKS_HEADS.some((h) => core.endsWith(h))) || WORKS_HEADS.includes(core) ? core : null
}
