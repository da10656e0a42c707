/**
 * Nouns a count of the items just listed can stand before when those items are indicators
 * (`固定资产投资、一般公共预算收入2项指标增速…`): the words after say what is true of them, which no label holds whole.
 */
export const COUNTED_INDICATOR_NOUNS: readonly string[] = ['指标', '主要指标', '经济指标', '主要经济指标', '重要指标', '核心指标']

/**
 * Measure words a count of the items just listed takes before their common noun (`生物医药四个战略性新兴产业`,
 * `氮氧化物四项主要污染物`, `机械三大主导产业`).
 */
export const COUNTED_LIST_HEADS: readonly string[] = ['个', '大', '项', '类', '种']
