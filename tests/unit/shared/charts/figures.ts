import type { ChartSpec, ChartType, SlideFigure } from '../../../../src-shared/schemas/briefing'

/** Figures in mixed units, one with a target and one negative, as a report gives them. */
export const FIGURES: SlideFigure[] = [
  { metricId: 'm1', label: '地区生产总值', value: 3.3, unit: '%', qualifier: null, period: '2023', target: { value: 5.5, unit: '%', qualifier: '以上', period: '2024 target' } },
  { metricId: 'm2', label: '城镇居民人均可支配收入', value: 3.9, unit: '%', qualifier: null, period: '2023', target: null },
  { metricId: 'm4', label: '工业投资总量', value: 921, unit: '亿元', qualifier: null, period: '2023', target: null },
  { metricId: 'm11', label: '“三公两费”压减', value: -11.6, unit: '%', qualifier: null, period: '2023', target: null },
]

/** The figures of FIGURES in one unit (a line or a radar needs one scale). */
export const PERCENT_FIGURES: SlideFigure[] = FIGURES.filter((f) => f.unit === '%')

/** A spec per chart type with figures that suit it. */
export function specFor(type: ChartType): ChartSpec {
  switch (type) {
    case 'line':
    case 'radar':
      return { type, title: '主要指标', figures: PERCENT_FIGURES }
    case 'pie':
      return { type, title: '', figures: [{ label: '主导产业占规上工业比重', value: 69, unit: '%', qualifier: null, period: '2023', target: null }] }
    case 'gauge':
      return { type, title: '', figures: [FIGURES[0]!] }
    case 'target':
      return {
        type,
        title: '',
        figures: [
          FIGURES[0]!,
          { label: '新增规上工业企业', value: 108, unit: '家', qualifier: null, period: '2023', target: { value: 140, unit: '家', qualifier: null, period: '2024 target' } },
        ],
      }
    default:
      return { type, title: '主要指标', figures: FIGURES }
  }
}
