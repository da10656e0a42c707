import { BARE_MEASURES, FIELDS_OF_WORK, FIELDS_OPENING_A_NAME } from '../words/labels'

/**
 * The field a work is done in, written before its verb, is no part of what the work counts:
 *   `在新能源领域引进项目20个`                     → 引进项目 (the 在… phrase goes)
 *   `围绕新材料、生物医药等领域实施重大科技项目10项` → 重大科技项目 (after the examples closed by 等, their field goes)
 *   `实施经济、生态等领域改革任务60项`              → 改革任务
 * `actions` are the verbs the label files drop or keep before a thing: what is left opens with one of them, and the
 * caller strips it as it strips any.
 */
export function withoutFieldOfWork(s: string, actions: readonly string[]): string {
  const phrase = IN_A_FIELD.exec(s)
  return phrase && opensWithAction(s.slice(phrase[0].length), actions) ? s.slice(phrase[0].length) : s
}

/**
 * What follows examples closed by 等 (`新材料、生物医药等` + `领域实施…`): the field word closing the examples goes.
 * A field word that opens a name stays before a noun (`汽车、电子等行业龙头企业`); 领域 and 方面 open none, but stay before
 * a bare measure, which is theirs (`…等领域投资`).
 */
export function withoutFieldAfterExamples(rest: string, actions: readonly string[]): string {
  const field = FIELDS_OF_WORK.find((w) => rest.startsWith(w))
  if (!field) return rest
  const after = rest.slice(field.length)
  if (opensWithAction(after, actions)) return after
  // (城建、交通等领域投资达650亿元: a bare measure after the field is the field's; without it the figure would name nothing.)
  return !FIELDS_OPENING_A_NAME.includes(field) && /^\p{Script=Han}{2}/u.test(after) && !BARE_MEASURES.includes(after) ? after : rest
}

function opensWithAction(rest: string, actions: readonly string[]): boolean {
  return actions.some((a) => rest.startsWith(a) && [...rest].length > a.length + 1)
}

const IN_A_FIELD = new RegExp(`^在[^在，,、]{1,12}?(?:${FIELDS_OF_WORK.join('|')})(?:内|中|里)?`, 'u')
