import type { Rule } from './types'

/**
 * Measures that say nothing of whose they are, beyond the short ones of words/labels.ts (BARE_OWNED_MEASURES): a
 * reimbursement rate, a capacity, a sum involved, an approval time, the size of an industry, a share of revenue or of
 * spending, an investment, a building task, the revenue of firms never named, the output of a chain, the funds of a
 * budget, a subsidy's standard, the amount used, the people who benefited, a score or an assessment; the total of an
 * industry, the funds a body or a programme got in, a year's trade, how much of a waste is used. Alone as a label
 * they are the measure of a subject named in the clause or the sentence before (`居民医保…，报销比例提高5.8个百分点`,
 * `风电项目…，新增装机容量66.9万千瓦`, `康复辅助器具产业…，主营业务收入增长10%`, `营商环境…，综合得分中部第1位`).
 */
const MEASURES_NAMING_NO_OWNER: readonly string[] = [
  '报销比例', '装机容量', '新增装机容量', '新增装机', '涉及金额', '审批时间', '产业规模', '产能规模', '营收占比', '支出占比',
  '投资额', '建设任务', '主营业务收入', '营业收入', '全产业链产值', '资金额度', '财政资金', '补助标准', '利用量', '受益人次',
  '综合得分', '综合考核',
  // Of an industry or a body (owner-of-kind-before), of a trade, of a waste: 产业总量, 到位资金, 年交易额, 资源化利用率.
  '产业总量', '产业产值', '到位资金', '年交易额', '资源化利用率', '综合利用率',
  // Of houses handed over, of a rate's improvement, of capacity on the grid, of land's use (保交房…，交付量…; …比例，改善
  // 幅度…; 风电建成装机容量、并网规模…; 亩均投资强度): when the owner of a list's first measure or the rate before was not
  // found.
  '交付量', '改善幅度', '提升幅度', '并网规模', '装机规模', '投资强度', '通客车率', '通公交率', '水质合格率', '在建总里程', '运营总里程',
]

/**
 * Things counted that say nothing of what they are about: cases of a reform never named (`形成10个典型案例`), services
 * of a provider never named (`开展各类服务14万人次`).
 */
const THINGS_OF_NO_TOPIC: readonly string[] = ['典型案例', '各类服务']

/**
 * A place alone before the word of an addition (`中心城区新增5000户`, `农村累计1.2万户`): what was added there is named
 * in the clause before (天然气入户), not in the label.
 */
const PLACE_BEFORE_AN_ADDITION = /^(?:中心城区|主城区|城区|市区|县城|城镇|农村|乡村|全市|全省|全区|全县|全州|全国)(?:新增|净增|累计|新启动)$/u

/**
 * A figure whose label is one of those measures alone: its owner was not found, and a slide would show a rate or
 * an amount of nobody, so a person checks it (待核对). It runs after confidence.
 */
export const measureWithoutOwner: Rule = {
  name: 'measure-without-owner',
  apply(st) {
    if (st.dropped) return
    for (const d of st.drafts) {
      if (MEASURES_NAMING_NO_OWNER.includes(d.label) || THINGS_OF_NO_TOPIC.includes(d.label) || PLACE_BEFORE_AN_ADDITION.test(d.label)) d.reasons.add('label-vague')
    }
  },
}
