import { PLAN_NAME_SOURCE } from './periods'

/** Words of headings, annexes and the lines around them. Data for sections.ts. */

/** End punctuation (normalised text): a line ending with one is a sentence, not an unnumbered part title. */
export const END_PUNCT: ReadonlySet<string> = new Set(['。', '!', '?', ';', ':', ',', '.', '、'])

/** A part of a report named without a number (`“十四五”时期工作回顾`, `2026年重点工作`). */
export const HEADING_WORDS = /回顾|目标|任务|工作|安排|部署|展望|建设|要求|取向/

/**
 * An annex after the closing: `附件1`, `附件2 名词解释`, `附表`, `名词解释`, `注释`, and a glossary named for the report
 * or its part of the words (`《政府工作报告》注释`, `《政府工作报告》有关内容名词注释`, `附：相关名词解释`, `部分名词注释：`,
 * `名词解释和说明`).
 */
export const ANNEX_HEADING =
  /^(?:(?:附件|附表|附录)\s*[\d一二三四五六七八九十]*\s*[:：]?\s*[^。，,]{0,20}|(?:附\s*[:：]\s*)?(?:《[^》]{1,16}》|政府工作报告)?(?:有关内容|有关|相关|部分)?(?:名词解释|名词注释|注释|附注|注解|术语解释|名词说明|用语注释)(?:和说明|及说明)?\s*[:：]?)$/

/** Annexes that explain words, not figures of the report (their numbers are never extracted). */
export const GLOSSARY_WORDS = /名词解释|名词注释|注释|附注|注解|术语|名词说明/

/** Lines that introduce a list rather than head a part (`五年来主要做了以下工作。`). */
export const INTRO_WORDS = /以下|如下|下列/

/** Addresses to the audience, never titles or headings (`各位代表：`, `各位代表！`). */
export const SALUTATIONS = /^(各位代表|各位委员|同志们|女士们)/

/**
 * An unnumbered part named for a time: `2018年工作回顾`, `过去五年工作回顾`, `2019年工作安排`, `“十四五”时期主要任务`,
 * `十一届州政府工作回顾` (a government's term), `“十三五”发展成就及2020年主要工作`, `2014年政府工作` (work alone, at the end).
 */
export const TIME_PART = new RegExp(
  `(?:\\d{4}年|过去[一五]年|今后五年|${PLAN_NAME_SOURCE}|本届政府|第?[一二三四五六七八九十]{1,3}届[省市区县州盟旗]?(?:人民)?政府).{0,12}(?:回顾|安排|任务|目标|部署|建议|打算|思路|重点|成就|工作$)`,
)

/** An annex heading that is only its number (`附件2`). */
/** A line that lists the annexes (`附件：1、2018年十件民生实事`), their numbers after a colon, before the annexes themselves. */
export const ANNEX_LISTING = /^(?:附件|附表)\s*[:：]\s*[1１一][、.．]/u

export const BARE_ANNEX = /^(?:附件|附表|附录)\s*[\d一二三四五六七八九十]*$/

/** The part nearly every report closes with (`全面加强政府自身建设`): a part of its own beside parts named for a time. */
export const OWN_CONDUCT_PART = /政府自身建设/
