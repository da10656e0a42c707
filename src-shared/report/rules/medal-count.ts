import type { Draft, Rule } from './types'

/** The medal a tally's metal stands for (`4金1银2铜`). */
const MEDAL_OF_METAL: Readonly<Record<string, string>> = { 金: '金牌', 银: '银牌', 铜: '铜牌' }
/** Medals named as a noun next to their count (`6枚金牌`, `金牌13枚`, `奖牌82枚`). */
export const MEDAL_NOUN = /(?:金牌|银牌|铜牌|奖牌)$/
/** Units a medal is counted in: the metal of a tally, or a measure word (`枚`, `块`). */
const MEDAL_UNITS = new Set(['金', '银', '铜', '枚', '块'])
/** The name of games (`省以上竞赛`, but 上 alone ends it): up to 20 characters ending in 运动会, 赛事, 会, 运, 赛 or 杯 (`省十七运`, `全国青运会`, `世界级赛事`). */
const NAME = '(?:以上|(?![在上员])[\\u4e00-\\u9fff\\d“”]){1,20}(?:运动会|赛事|会|运(?!动)|赛|杯)'
/** Verbs of winning a medal. */
const WIN = '(?:获得|取得|夺得|勇夺|斩获|摘得|喜摘|喜获|收获|荣获|创造|获|夺|摘)'
/**
 * Where the games a medal was won at are named in its sentence: after 在, 参加 or 出征 (`在巴黎奥运会、残奥会上`,
 * `组队参加省十七运，`), opening a clause (`杭州亚运会荣获`, `十三届全运会上我市运动员摘得`, `、残奥会获得`), or right
 * before the tally after the verb of winning (`获得全运会3金3银`). Several games in a list (`在省运会、省残运会上`) are one.
 * A name that only opens a clause must be followed by 上/中 or the verb of winning: `成功承办全国大赛，…` names games
 * hosted, not the ones the medals were won at.
 */
const GAMES_JOINED = new RegExp(`(?:在|参加|参赛|出征)((?:${NAME}[、和]?){1,4})(?:(?:上|中|期间)|(?=[，,]|[\\u4e00-\\u9fff]{0,4}${WIN}|$))`, 'gu')
const GAMES_OPENING = new RegExp(`(?:^|[，,、:(（]|${WIN})在?((?:${NAME}[、和]?){1,4})(?:(?:上|中|期间)|(?=[\\u4e00-\\u9fff]{0,4}${WIN}|$))`, 'gu')
/** Words that lead to the games' name from before it (`组队参加`, `并获得`). */
const LEAD = new RegExp(`^.*(?:参加|参赛|出征|${WIN})`, 'u')
/** The edition and year in the games' name (`第十二届`, `省第九届`, `2024年`): not part of the label, as the label files write it. */
const EDITION = /^\d{4}年|^[\d一二三四五六七八九十百]+届|第[\d一二三四五六七八九十百]+[届次]/gu
/** The verb of winning right before a medal noun's own name (`获得国际金牌13枚`). */
const WINNING = new RegExp(`^.*${WIN}`, 'u')
/** The result a tally is of (`的好成绩`, `的历史最好成绩`, `的佳绩`). */
const RESULT_AFTER = /^的[\u4e00-\u9fff]{0,4}(?:成绩|佳绩|战绩)/u

/** The games named last before the medals in their sentence, or null. */
function gamesIn(before: string): string | null {
  let last: { name: string; start: number; end: number } | null = null
  for (const games of [GAMES_JOINED, GAMES_OPENING]) {
    for (let from = 0; from < before.length; ) {
      games.lastIndex = from
      const m = games.exec(before)
      if (!m?.[1]) break
      const end = m.index + m[0].length
      const start = m.index + m[0].indexOf(m[1])
      // The latest name wins; of two ending together, the longer (a list of games over its last item).
      if (!last || end > last.end || (end === last.end && start < last.start)) last = { name: m[1], start, end }
      from = m.index + 1
    }
  }
  if (!last) return null
  // 在本市举办的全国运动会上: the games are the name after 的.
  // 组队参加省十七运: the team and its verb, before the name, are not part of it.
  const games = last.name.replace(/[、和]$/, '').replace(/^.*的/, '').replace(LEAD, '').replace(EDITION, '').replace(/[“”]/g, '')
  return games.length >= 2 ? games : null
}

/**
 * Counts of medals: a tally by metal (`获得4金1银2铜`: 4 gold, 1 silver, 2 bronze) or a count in 枚/块 next to the medal
 * (`获得6枚金牌、8枚银牌`, `获金牌5枚`). Each is labelled with the games won at, named after 在 or 参加 in the sentence
 * (`在巴黎奥运会、残奥会上获得4金1银` → 巴黎奥运会、残奥会金牌), or with the name before the medal
 * (`19枚亚运会金牌`, `国际金牌13枚`). With no games named the figure is the medal alone, flagged: the subject of an
 * earlier clause (the team, a place) is not what the medals were won at.
 */
export const medalCount: Rule = {
  name: 'medal-count',
  apply(st, ctx) {
    if (!st.tokens.every((t) => MEDAL_UNITS.has(t.unit))) return
    const first = st.tokens[0]
    const last = st.tokens[st.tokens.length - 1]
    // 12枚金牌和9枚银牌 read as one statement of two figures: the pairing of earlier rules stands.
    if (!first || !last || st.drafts.length !== st.tokens.length) return
    const tally = st.tokens.every((t) => t.unit in MEDAL_OF_METAL)
    // 取得5金32银13铜的好成绩: the tally is the result, not an attribute of it.
    if (st.dropped && !(tally && RESULT_AFTER.test(ctx.norm.slice(last.end, last.end + 8)))) return
    const before = ctx.norm.slice(ctx.sentence.start, first.start)
    const noun = st.noun ? ctx.norm.slice(st.noun.start, st.noun.end) : ''
    const clause = ctx.norm.slice(st.clauseStart, first.start)
    const games = gamesIn(before)
    let medalOf: (d: Draft) => string
    let named = false
    // 夺得3金1银2铜6枚奖牌: a tally, then the medals of all kinds counted with their noun.
    const totalAfterTally = !tally && st.tokens.slice(0, -1).every((t) => t.unit in MEDAL_OF_METAL) && MEDAL_NOUN.test(noun)
    // 获得12枚金牌和9枚银牌 with no games named: left to the rules that pair a noun's list.
    if (!tally && !games && st.tokens.length === 1 && MEDAL_NOUN.test(noun)) return
    if (tally || (totalAfterTally && (st.tokens.length > 1 || noun.length === 2))) {
      medalOf = (d) => MEDAL_OF_METAL[d.token.unit] ?? (noun.length === 2 ? noun : '')
      // 19枚亚运会金牌 alone: the games are named in the noun, read as any noun after its count.
    } else if (totalAfterTally) return
    else if (MEDAL_NOUN.test(clause) && st.tail === 'end') {
      // 获得国际金牌13枚, 全国性比赛金牌61枚: the name before the count, from the verb of winning on.
      const own = clause.replace(WINNING, '').replace(/^其中/, '').replace(EDITION, '').replace(/[“”]/g, '')
      if (!MEDAL_NOUN.test(own) || /[，,、]/.test(own)) return
      named = own.length > 2
      medalOf = () => own
    } else return
    for (const d of st.drafts) {
      const medal = medalOf(d)
      if (!medal) continue
      if (named) d.label = medal
      else if (games) {
        d.label = `${games}${medal}`
        // 在甲会和乙会上分别获得1金1铜和17金14银: which tally is of which games is left to a reader.
        if (before.includes('分别')) d.reasons.add('label-vague')
      } else {
        d.label = medal
        d.reasons.add('label-vague')
      }
      d.labelSource = 'subject'
    }
    st.dropped = false
    st.silent = false
  },
}
