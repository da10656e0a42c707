import { MEASURES_OF_A_HEAD, QUANTITY_ENDINGS } from '../words/labels'

/** What the shared rest ends in: a measure (营业收入, 交易额, 实现率), a standard or a length (救助标准, 通车里程). */
const MEASURE_ENDINGS: readonly string[] = [...QUANTITY_ENDINGS, ...MEASURES_OF_A_HEAD, '标准', '里程', '税收']

/**
 * `高新区、经开区营业收入`, `排污权、碳排放权交易额`, `校校通、班班通、人人通实现率`: earlier items ending in the same one
 * character (区, 权, 通) that ends a part of the last item of about their length name things of one kind side by side;
 * what follows that part in the last item (营业收入, 交易额, 实现率) is the measure they share. Where that part ends,
 * or -1 when the list is not written so.
 */
export function parallelLastCharacter(earlier: readonly string[], last: string): number {
  const first = earlier[0]
  if (!first || first.length < 3) return -1
  const ending = first.slice(-1)
  if (!earlier.every((x) => x.length >= 3 && x.endsWith(ending))) return -1
  const at = last.indexOf(ending, 1)
  const own = at + 1
  // The shared measure is two characters at least.
  if (at < 0 || own + 2 > last.length) return -1
  // 地表水、地下水和城镇集中饮用水达标率, 议案、建议和政协提案办结率: a joiner on either side is a list still being read.
  if (/[和及与]/u.test(last)) return -1
  // 刑事立案、治安案件受理: a rest that ends in no measure (件受理) is no shared measure; the part runs on past it.
  if (!MEASURE_ENDINGS.some((w) => last.endsWith(w))) return -1
  // 饮用水、工业水源水质达标率: the character again at the start of the rest (水源水质) shows the part runs on past it.
  if (last.slice(own, own + 2).includes(ending)) return -1
  // 湖南科技大学、湘潭大学、湖南工程学院…: the parts side by side are as long as each other, give or take one character.
  const lengths = [...earlier.map((x) => x.length), own]
  return Math.max(...lengths) - Math.min(...lengths) <= 1 ? own : -1
}
