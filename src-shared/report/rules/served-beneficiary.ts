import type { Rule } from './types'

/** 为 before the number: the things counted are those a service was done for (`为1.9万名残疾人提供康复服务`). */
const FOR_BEFORE = /为$/
/** 为 that ends a verb of becoming or naming (`整合为16家`, `被评为`, `认定为`): no beneficiary. */
const VERB_ENDING_IN_WEI = /(?:成|作|认定|评|列|整合|合并|调整|优化|改|变|转|分|定|命名|更名|划|设|视)为$/
/** 惠及 before the number: the people counted are those a programme reached (`课后服务惠及21.6万名中小学生`). */
const REACHED_BEFORE = /惠及$/
/** Where a clause ends. */
const CLAUSE_END = /[,，。;；:：、!?\n]/

/**
 * `为1.9万名残疾人提供精准康复服务`, `为230名贫困截肢残疾人免费安装假肢`: a count of the people or things a service was
 * done for, labelled by them alone (残疾人), says not what was done; the label files name it most of the time
 * (`为1500户困难老年人家庭进行适老化改造` → 困难老年人家庭适老化改造), once not (`为9600名贫困学生发放资助金…` → 贫困学生).
 * Where the label kept no word of the service, a person checks it (待核对); so do the people a programme reached
 * (`惠及…`), labelled by them alone.
 */
export const servedBeneficiary: Rule = {
  name: 'served-beneficiary',
  apply(st, ctx) {
    const first = st.tokens[0]
    if (st.dropped || st.tail !== 'noun' || !st.noun || first?.cls !== 'count') return
    const before = ctx.norm.slice(st.clauseStart, first.start)
    // `免费体检惠及63.3万老年人`: the people a programme reached, labelled by them alone, say neither what was done nor
    // how much (the label files leave such counts out); a person checks them.
    if (REACHED_BEFORE.test(before)) {
      for (const d of st.drafts) if (d.labelSource === 'noun') d.reasons.add('label-vague')
      return
    }
    if (!FOR_BEFORE.test(before) || VERB_ENDING_IN_WEI.test(before)) return
    const service = ctx.norm.slice(st.noun.end, st.noun.end + 2).replace(/[了着过]/g, '')
    if (service === '' || CLAUSE_END.test(service[0] as string)) return
    for (const d of st.drafts) if (d.labelSource === 'noun' && !d.label.includes(service[0] as string)) d.reasons.add('label-vague')
  },
}
