import type { Rule } from './types'

/** Units of a plant's yearly output, the size a project is named by (`120万吨乙烯`, `6万吨氯化钛白项目`). */
const OUTPUT_UNIT = /^[万亿]?吨(?:\/年)?$/
/** Units of a plant's or farm's size that name it the same way (`73万台服务器项目`, `300万头生猪养殖工程`); `1台锅炉项目` counts. */
const SIZE_UNIT = /^[万亿][台头]$/
/**
 * Units of power, which name a plant too (`35MW换热站`, `某地200兆瓦等新能源发电项目`); but the label files take
 * some as figures (`加快推进181万千瓦风电项目`), so such a power is only marked for a person to check.
 */
const POWER_UNIT = /^(?:[万亿]?千瓦|兆瓦|MW|GW|吉瓦)$/
/**
 * Words of works that close such a name, in the noun or further along its list (`…、12万吨电池级碳酸锂一期等项目`):
 * a project, a phase of one, a plant or a line. Power (`181万千瓦风电项目`) is not an output: the label files take
 * it as the figure.
 */
const WORKS_IN_NAME = /项目|工程|装置|生产线|[一二三四首]期/
/** A station closing the noun itself (`35MW蒸汽换热站`); further along the clause a 站 is another item's. */
const STATION = /(?<![车服务])站$/
/** An output of another item of the list (`、5000吨碳酸锂尾矿利用`), or a class of size (`40万吨级`). */
const OUTPUT_BEFORE = /\d[\d.]*[万亿]?吨/g
/** The count of a short list's items closing it (`…、20万吨环氧乙烷等5个产业链项目`): the items are the works. */
const COUNT_OF_THE_LIST = /等\d个/g
/** A cluster of industries, named by its size (`千亿元产业集群`). */
const CLUSTER = /集群$/
/** Where the clause of the noun ends. */
const CLAUSE_END = /[,，。;；:：!?\n]/

/**
 * An output written before the works it names is part of their name, no figure of its own: `力争120万吨二期乙烯开工建设`,
 * `20万吨高纯硅、5000吨碳酸锂尾矿利用、12万吨电池级碳酸锂一期等项目加快建设`, `建成投产中润15万吨合金棒项目`, `50万台服务器项目开工`, `100万头生猪养殖工程` (the label
 * files leave such capacities out every time: `100万吨煤制乙二醇项目`). An output after its noun (`新增产能10万吨`) or
 * ending its clause is a figure. The works stay the subject of the sentence for the figures after them.
 */
export const capacityInName: Rule = {
  name: 'capacity-in-name',
  apply(st, ctx) {
    if (st.dropped || st.silent || st.tail !== 'noun' || !st.noun || st.shape === 'from-to') return
    // 逐步形成1000亿元信息产业集群: the size a cluster is named by; the label files take some as the year's goals.
    if (st.tokens.every((t) => t.cls === 'money') && CLUSTER.test(ctx.norm.slice(st.noun.start, st.noun.end))) {
      for (const d of st.drafts) d.reasons.add('label-vague')
      return
    }
    const power = st.tokens.every((t) => POWER_UNIT.test(t.unit))
    if (!power && !st.tokens.every((t) => OUTPUT_UNIT.test(t.unit) || SIZE_UNIT.test(t.unit))) return
    const rest = ctx.norm.slice(st.noun.start)
    const end = rest.search(CLAUSE_END)
    const clause = end < 0 ? rest : rest.slice(0, end)
    const works = STATION.test(ctx.norm.slice(st.noun.start, st.noun.end)) ? st.noun.end - st.noun.start - 1 : clause.search(WORKS_IN_NAME)
    // 包钢350万吨稀土钢冷轧、鄂尔多斯…等1000个亿元以上新建续建项目: works after a figure of another kind are its own.
    if (works < 0 || /\d/.test(clause.slice(0, works).replace(OUTPUT_BEFORE, '').replace(COUNT_OF_THE_LIST, ''))) return
    if (power) {
      for (const d of st.drafts) d.reasons.add('label-vague')
      return
    }
    // Not shown, but the works stay what the sentence is about (`…1万吨精制衣康酸项目顺利投产，全年力争实现产值2亿元`).
    st.silent = true
    st.sizeInName = true
  },
}
