import { describe, expect, it } from 'vitest'
import { fullWidthPunctuation, headingBullets, isLeadIn, isPageLine, isSalutation, isSaying, paragraphBullets, pointOf, stripFragmentLead } from '../../../../src-shared/briefing/bullets'
import { bulletLineCount } from '../../../../src-shared/slides/layouts/section'
import type { Section } from '../../../../src-shared/schemas/report'

const lines = bulletLineCount()
const point = (s: string) => pointOf(s, lines)

describe('what is no point', () => {
  it('salutations and the paragraphs they open', () => {
    expect(isSalutation('各位代表，回首过去的一年，我们经历了风雨洗礼')).toBe(true)
    expect(isSalutation('各位代表！')).toBe(true)
    // A web page's own line copied with the report is no point.
    expect(isPageLine('来源：某某市人民政府')).toBe(true)
    expect(isPageLine('发布时间: 2024-01-18')).toBe(true)
    expect(pointOf('来源：某某市人民政府', () => 1)).toBeNull()
    expect(isPageLine('来源广泛的社会资本投入乡村振兴')).toBe(false)
    expect(isSalutation('各位代表建议的办理')).toBe(true)
    expect(isSalutation('代表建议办理率100%')).toBe(false)
    expect(point('各位代表，回首过去的一年，我们经历了风雨洗礼，取得了沉甸甸的收获。')).toBeNull()
  })

  it('sayings, but not short points of work', () => {
    expect(isSaying('产业兴，则玉林兴；产业强，则玉林强。')).toBe(true)
    expect(isSaying('前行路上，有风有雨是常态。')).toBe(true)
    expect(isSaying('人间烟火气，最抚凡人心。')).toBe(true)
    expect(isSaying('坚持项目为王，扩大有效投资。')).toBe(false)
    expect(isSaying('新增就业3000人，再就业1500人。')).toBe(false)
    expect(isSaying('打好污染防治攻坚战。')).toBe(false)
  })

  it('exclamations, credits and problems acknowledged', () => {
    expect(point('我们要坚定不移强产业，挺起玉林高质量发展的脊梁！')).toBeNull()
    expect(point('这些成绩来之不易，是市委坚强领导的结果。')).toBeNull()
    expect(point('我们也清醒认识到，国际国内环境复杂严峻。')).toBeNull()
  })

  it('announcements of what follows', () => {
    expect(point('五年来主要做了以下工作。')).toBeNull()
    expect(point('要努力实现以下目标任务：一是高质量发展水平明显提升。')).toBe('高质量发展水平明显提升')
    expect(point('城镇登记失业率控制在4%以下。')).toBe('城镇登记失业率控制在4%以下')
  })

  it('lead-in clauses: scenes, times, subjects waiting for their predicate', () => {
    for (const c of ['面对改革发展任务', '随着改革深入', '“十五五”时期', '在看到成绩的同时', '2016年', '五年来', '过去的一年', '在区委领导下', '经济增速预期目标的设定', '需要说明的是', '综合研判形势']) {
      expect(isLeadIn(c), c).toBe(true)
    }
    for (const c of ['坚持项目为王', '华友锂电一期全部投产', '这是追赶进位、综合实力快速跃升的五年']) expect(isLeadIn(c), c).toBe(false)
  })
})

describe('the point of a sentence', () => {
  it('is its opening clause, after lead-ins and openers', () => {
    expect(point('华友锂电一期全部投产，总投资846亿元二期项目加快建设。')).toBe('华友锂电一期全部投产')
    expect(point('面对改革发展任务，我们始终牢记初心使命，不断提高政府现代化治理能力。')).toBe('始终牢记初心使命')
    expect(point('2016年，地区生产总值完成303.6亿元，同比增长7.2%。')).toBe('地区生产总值完成303.6亿元')
    expect(point('一是高质量发展水平明显提升；')).toBe('高质量发展水平明显提升')
    expect(point('同时，积极推进政务公开。')).toBe('积极推进政务公开')
    expect(point('要坚持政府过紧日子，严控一般性支出。')).toBe('坚持政府过紧日子')
    expect(point('要素市场化配置改革稳步推进。')).toBe('要素市场化配置改革稳步推进')
    expect(point('以提升城市软实力为突破,着力建设国际化的草原音乐名城。')).toBe('着力建设国际化的草原音乐名城')
  })

  it('joins a clause too short to stand, or one that completes it', () => {
    expect(point('困难挑战越大，越要深化改革，破除体制机制障碍。')).toBe('困难挑战越大，越要深化改革')
    expect(point('坚持创新，推动产业转型升级。')).toBe('坚持创新，推动产业转型升级')
  })

  it('drops dashes and writes punctuation full-width', () => {
    expect(stripFragmentLead('——这是追赶进位的五年')).toBe('这是追赶进位的五年')
    expect(point('——这是追赶进位、综合实力快速跃升的五年。')).toBe('这是追赶进位、综合实力快速跃升的五年')
    expect(fullWidthPunctuation('完成1,000万元,增长5%;')).toBe('完成1,000万元，增长5%；')
    expect(point('实施棚改,完成1,200户。')).toBe('实施棚改，完成1,200户')
  })

  it('is never more than two lines at the body size, and never cut', () => {
    const long = `${'外事、侨务、海关、邮政、防震、人防、气象、水文、信访、档案、'.repeat(4)}等工作取得新进展。`
    expect(lines(long)).toBeGreaterThan(2)
    expect(point(long)).toBeNull()
    expect(point('同时，外事、侨务等工作取得新进展。')).toBe('外事、侨务等工作取得新进展')
  })
})

describe('bullets of a part', () => {
  const section = (paragraphs: { text: string; lead?: string }[], title = '政府自身建设取得新成效'): Section => ({
    id: 's1-8',
    number: '（八）',
    title,
    level: 2,
    start: 0,
    end: 1,
    paragraphs: paragraphs.map((p, i) => ({ id: `p${i}`, start: 0, end: 1, ...p })),
    children: [],
  })

  it('takes leads, enumerated items and opening clauses; leaves transition and exclaiming paragraphs', () => {
    const s = section([
      { lead: '开展主题教育。', text: '开展主题教育。深入学习贯彻习近平新时代中国特色社会主义思想。' },
      { text: '加强法治政府建设，办理人大代表建议。主要抓了三件事：一是深化行政审批改革；二是优化营商环境；三是强化审计监督。' },
      { text: '各位代表，回首过去的一年，我们经历了风雨洗礼。成绩来之不易。' },
      { text: '前行路上，有风有雨是常态。在看到成绩的同时，我们也清醒认识到，经济下行压力仍然较大。' },
      { text: '产业兴，则玉林兴。我们要坚定不移强产业，挺起玉林高质量发展的脊梁！' },
    ])
    expect(paragraphBullets(s, lines)).toEqual(['开展主题教育', '加强法治政府建设', '深化行政审批改革', '优化营商环境', '强化审计监督'])
  })

  it('never repeats the title, and stops at six', () => {
    const s = section(Array.from({ length: 9 }, (_, i) => ({ text: `推进第${i + 1}项重点工作落地见效。` })), '推进第1项重点工作落地见效')
    const bullets = paragraphBullets(s, lines)
    expect(bullets).toHaveLength(6)
    expect(bullets[0]).toBe('推进第2项重点工作落地见效')
  })

  it('takes the clauses of work of a part written as one long sentence', () => {
    const s = section([{ text: '全面落实海南自由贸易港建设总体方案，深入实施海南自由贸易港法，稳步扩大制度型开放，在推进高水平对外开放中发挥牵引作用。' }], '聚焦对外开放')
    expect(paragraphBullets(s, lines)).toEqual(['全面落实海南自由贸易港建设总体方案', '深入实施海南自由贸易港法', '稳步扩大制度型开放'])
  })

  it('lists the points of headings when a part has no paragraphs', () => {
    expect(headingBullets(['全力做好强产业文章，构建现代化产业体系', '各位代表', '短'], lines)).toEqual(['全力做好强产业文章'])
  })
})
