/** Words of headings, annexes and the lines around them. Data for sections.ts. */

/** A part of a report named without a number (`“十四五”时期工作回顾`, `2026年重点工作`). */
export const HEADING_WORDS = /回顾|目标|任务|工作|安排|部署|展望|建设|要求|取向/

/** An annex after the closing: `附件1`, `附件2 名词解释`, `附表`, `名词解释`, `注释`. */
export const ANNEX_HEADING =
  /^(?:(?:附件|附表|附录)\s*[\d一二三四五六七八九十]*\s*[:：]?\s*[^。，,]{0,20}|(?:名词解释|名词注释|注释|附注|注解|术语解释|名词说明)\s*[:：]?)$/

/** Annexes that explain words, not figures of the report (their numbers are never extracted). */
export const GLOSSARY_WORDS = /名词解释|名词注释|注释|附注|注解|术语|名词说明/

/** Lines that introduce a list rather than head a part (`五年来主要做了以下工作。`). */
export const INTRO_WORDS = /以下|如下|下列/

/** Addresses to the audience, never titles or headings (`各位代表：`, `各位代表！`). */
export const SALUTATIONS = /^(各位代表|各位委员|同志们|女士们)/
