/** Strings of the chart-honesty hint in the properties panel (components/editor/ChartFitnessHint.vue). */
export default {
  'zh-CN': {
    chartFitness: {
      refused: '这种图表不能如实显示这些数据，幻灯片上只显示原因：',
      note: '请注意：',
      separator: '、',
      mixedUnits: '这些指标单位不同（{units}），画在同一张图上无法比较大小。',
      mixedUnitsAdvice: '不同单位的指标，建议改用“指标卡片”或“表格”页展示。',
      gaugeExtraFigures: '仪表盘只能显示一项指标：显示“{shown}”，其余 {hidden} 项没有显示。',
      gaugeNoScale: '“{label}”既不是占比也没有目标值，仪表盘的满格没有意义。请填写目标值。',
      radarTooFew: '雷达图至少需要 3 项指标，现在只有 {count} 项。',
      pieNegative: '饼图不能表示负数：{labels}。',
      pieOverWhole: '这些百分数合计 {total}，不是同一整体的各部分，不能画成饼图。',
      targetMissing: '{labels} 没有目标值，未画入对比图。',
      useType: '改为{type}',
    },
  },
  en: {
    chartFitness: {
      refused: 'This chart type cannot show these figures honestly; the slide shows why instead:',
      note: 'Note:',
      separator: ', ',
      mixedUnits: 'These figures are in different units ({units}); on one chart their sizes cannot be compared.',
      mixedUnitsAdvice: 'For figures in different units, use a KPI-cards or a table slide.',
      gaugeExtraFigures: 'A gauge shows one figure: “{shown}” is shown, the other {hidden} are not.',
      gaugeNoScale: '“{label}” is neither a share nor has a target, so a full gauge means nothing. Enter a target.',
      radarTooFew: 'A radar chart needs at least 3 figures; it has {count}.',
      pieNegative: 'A pie cannot show negative parts: {labels}.',
      pieOverWhole: 'These percentages add up to {total}: they are not parts of one whole and cannot make a pie.',
      targetMissing: '{labels}: no target, left out of the comparison.',
      useType: 'Change to {type}',
    },
  },
}
