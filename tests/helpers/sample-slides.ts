import { SlideSchema, type Slide } from '../../src-shared/schemas/briefing'

const figure = (label: string, value: number, unit: string, target?: number) => ({
  metricId: `m-${label}`,
  label,
  value,
  unit,
  qualifier: null,
  period: '2023',
  target: target === undefined ? null : { value: target, unit, qualifier: '以上', period: '2024 target' },
})

const PHOTO = { asset: `${'a'.repeat(64)}.jpg`, width: 480, height: 320 }

/** One slide of every layout, with texts to look for on screen and on paper. */
export const SAMPLE_SLIDES: Slide[] = [
  SlideSchema.parse({ id: 's1', layout: 'cover', title: '2024年政府工作报告', subtitle: '汇报提纲', organization: '玉林市人民政府', date: '2024年1月' }),
  SlideSchema.parse({ id: 's2', layout: 'agenda', title: '目录', items: ['2023年工作回顾', '2024年工作安排', '全面加强政府自身建设'] }),
  SlideSchema.parse({
    id: 's3',
    layout: 'section',
    title: '大力打造工业强市，加快建设现代化产业体系，推动制造业高端化、智能化、绿色化发展',
    bullets: ['能源产业高端化', '新兴产业集群化：新能源材料、新能源汽车、新型储能三大产业链加快成形，产值突破200亿元', '数字经济加速发展'],
  }),
  SlideSchema.parse({ id: 's4', layout: 'kpi', title: '主要指标', figures: [figure('地区生产总值', 3.3, '%', 5.5), figure('城镇新增就业', 3.1, '万人'), figure('一般公共预算收入', 152.6, '亿元')] }),
  SlideSchema.parse({ id: 's5', layout: 'chart', title: '增长速度', chart: { type: 'bar', title: '', figures: [figure('规上工业增加值', 3.5, '%'), figure('固定资产投资', 2.1, '%')] }, caption: '数据来源：政府工作报告' }),
  SlideSchema.parse({ id: 's6', layout: 'table', title: '指标对比', columns: ['2023年', '2024年目标'], rows: [{ label: '地区生产总值', cells: ['3.3%', '5.5%以上'] }, { label: '居民人均可支配收入', cells: ['4.6%', '与经济增长同步'] }] }),
  SlideSchema.parse({
    id: 's11',
    layout: 'targets',
    title: '2016年目标完成情况',
    targetHeading: '2016年目标',
    resultHeading: '2016年完成',
    rows: [
      { label: '地区生产总值', target: '增长7.5%', result: '增长7.2%', status: '未完成' },
      { label: '一般公共预算收入', target: '15.8亿元', result: '17亿元', status: '超额完成' },
      { label: '社会消费品零售总额', target: '增长9%', result: '增长9.5%', status: '完成' },
      { label: '城镇登记失业率', target: '4%以内', result: '—', status: '未报告' },
    ],
  }),
  SlideSchema.parse({ id: 's7', layout: 'picture', title: '重点项目建设现场', picture: { image: PHOTO, fit: 'cover', caption: '华友锂电一期项目' } }),
  SlideSchema.parse({ id: 's8', layout: 'picture-pair', title: '城市面貌对比', left: { image: PHOTO, fit: 'contain', caption: '改造前' }, right: { image: null, fit: 'cover', caption: '改造后' } }),
  SlideSchema.parse({ id: 's9', layout: 'quote', title: '总体要求', quote: '坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念', attribution: '政府工作报告' }),
  SlideSchema.parse({ id: 's10', layout: 'closing', title: '谢谢！', message: '请各位领导批评指正' }),
]

/** Texts each sample shows (as the fitting rule breaks them, lines are joined without breaks). */
export const SAMPLE_TEXTS: Record<string, string[]> = {
  cover: ['2024年政府工作报告', '汇报提纲', '玉林市人民政府', '2024年1月'],
  agenda: ['目录', '2023年工作回顾', '2024年工作安排', '01', '02', '03'],
  section: ['大力打造工业强市', '能源产业高端化', '数字经济加速发展'],
  kpi: ['主要指标', '地区生产总值', '3.3', '城镇新增就业', '万人', '目标 5.5%以上', '2023年'],
  chart: ['增长速度', '数据来源：政府工作报告'],
  table: ['指标对比', '2024年目标', '地区生产总值', '5.5%以上'],
  targets: ['2016年目标完成情况', '2016年目标', '完成情况', '地区生产总值', '增长7.5%', '未完成', '超额完成', '4%以内', '未报告'],
  picture: ['重点项目建设现场', '华友锂电一期项目'],
  'picture-pair': ['城市面貌对比', '改造前', '改造后'],
  quote: ['坚持稳中求进工作总基调', '—— 政府工作报告'],
  closing: ['谢谢！', '请各位领导批评指正'],
}
