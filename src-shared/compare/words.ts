/**
 * Words the comparison reads, as data: a new word is a new string here, never a new rule.
 */

/**
 * Words before a plan-year figure that make it the size of a project rather than a quantity to deliver in the
 * year: `实施总投资11.4亿元的…项目`, `启动投资2亿元的…`, `推进投资5.5亿元的…`, `开工建设…`.
 */
export const NOT_A_TARGET_BEFORE: readonly string[] = ['总投资', '启动', '推进', '开工']

/**
 * Words a label may carry at its head or tail that do not change what is counted, dropped before two labels
 * without an indicator are compared whole: `平安小区` and `建成平安小区`, `绿化任务` and `绿化`.
 */
export const LABEL_HEADS: readonly string[] = ['全年', '年内', '新建成', '建成', '完成', '实现', '实施', '全面完成']
export const LABEL_TAILS: readonly string[] = ['建设任务', '工作任务', '任务', '工作', '项目建设']
