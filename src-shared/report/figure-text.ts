import type { Metric } from '../schemas/report'
import { formatFigure, formatNumber } from '../charts/format'

/**
 * A figure as the metric table writes it: `超50%`, a range with both ends (`4.5%—5%`), an average (`年均5%以上`),
 * and the words it was written in when they were converted (`2倍（翻一番）`); a rank from the bottom only as written (`倒数第2位`);
 * a gap with what it is to (`高于全国0.2个百分点`).
 */
export function figureText(m: Pick<Metric, 'value' | 'unit' | 'qualifier' | 'high' | 'written' | 'average' | 'gap'>): string {
  // 倒数第2位: a rank counted from the bottom is shown only as written; `2位` beside it would read as second place.
  if (m.unit === '位' && m.written?.startsWith('倒数')) return m.written
  // 高于全国0.2个百分点: a gap says what it is counted from, its comparison carrying the direction.
  if (m.gap) return `${m.gap}${formatFigure(Math.abs(m.value), m.unit, m.qualifier)}`
  const base = m.high !== null ? `${formatNumber(m.value)}—${formatFigure(m.high, m.unit, m.qualifier)}` : formatFigure(m.value, m.unit, m.qualifier)
  const average = m.average && m.qualifier !== '年均' ? '年均' : ''
  return m.written && m.high === null ? `${average}${base}（${m.written}）` : average + base
}
