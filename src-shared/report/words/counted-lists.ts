/**
 * Nouns a count of the items just listed can stand before when those items are indicators
 * (`固定资产投资、一般公共预算收入2项指标增速…`): the words after say what is true of them, which no label holds whole.
 */
export const COUNTED_INDICATOR_NOUNS: readonly string[] = ['指标', '主要指标', '经济指标', '主要经济指标', '重要指标', '核心指标']
