import type { Rule } from './types'

/** Units of a plant's yearly output, the size a project is named by (`120万吨乙烯`, `6万吨氯化钛白项目`). */
const OUTPUT_UNIT = /^[万亿]?吨(?:\/年)?$/
/**
 * Words of works that close such a name, in the noun or further along its list (`…、12万吨电池级碳酸锂一期等项目`):
 * a project, a phase of one, a plant or a line. Power (`181万千瓦风电项目`) is not an output: the label files take
 * it as the figure.
 */
const WORKS_IN_NAME = /项目|工程|装置|生产线|[一二三四首]期/
/** An output of another item of the list (`、5000吨碳酸锂尾矿利用`), or a class of size (`40万吨级`). */
const OUTPUT_BEFORE = /\d[\d.]*[万亿]?吨/g
/** Where the clause of the noun ends. */
const CLAUSE_END = /[,，。;；:：!?\n]/

/**
 * An output written before the works it names is part of their name, no figure of its own: `力争120万吨二期乙烯开工建设`,
 * `20万吨高纯硅、5000吨碳酸锂尾矿利用、12万吨电池级碳酸锂一期等项目加快建设`, `建成投产中润15万吨合金棒项目` (the label
 * files leave such capacities out every time: `100万吨煤制乙二醇项目`). An output after its noun (`新增产能10万吨`) or
 * ending its clause is a figure. The works stay the subject of the sentence for the figures after them.
 */
export const capacityInName: Rule = {
  name: 'capacity-in-name',
  apply(st, ctx) {
    if (st.dropped || st.silent || st.tail !== 'noun' || !st.noun || st.shape === 'from-to') return
    if (!st.tokens.every((t) => OUTPUT_UNIT.test(t.unit))) return
    const rest = ctx.norm.slice(st.noun.start)
    const end = rest.search(CLAUSE_END)
    const clause = end < 0 ? rest : rest.slice(0, end)
    const works = clause.search(WORKS_IN_NAME)
    // 包钢350万吨稀土钢冷轧、鄂尔多斯…等1000个亿元以上新建续建项目: works after a figure of another kind are its own.
    if (works < 0 || /\d/.test(clause.slice(0, works).replace(OUTPUT_BEFORE, ''))) return
    // Not shown, but the works stay what the sentence is about (`…1万吨精制衣康酸项目顺利投产，全年力争实现产值2亿元`).
    st.silent = true
  },
}
