/**
 * The decks the benches time, built the same way every run:
 * - `textDeck(n)`: n plain text slides (a title and four bullets each), and the same deck as Marp markdown,
 *   for the CLI-versus-Marp comparison;
 * - `sampleDeck(n)`: the briefing drafted from the sample report, its KPI, chart and section slides
 *   repeated with their figures varied (so no chart comes from a cache) up to n slides.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { draftBriefing } from '../src-shared/briefing/draft'
import { BriefingContentSchema, type BriefingContent, type Slide } from '../src-shared/schemas/briefing'
import { importReportFile } from '../src-main/services/import'

const BULLETS = [
  '全市地区生产总值增长5.2%，规模以上工业增加值增长6.1%',
  '一般公共预算收入完成120.5亿元，同比增长8.3%',
  '城镇新增就业3.1万人，城镇调查失业率控制在5.5%以内',
  '粮食总产量稳定在150万吨以上',
]

const textTitle = (i: number) => `第${i + 1}部分 推动经济高质量发展取得新成效`

export function textDeck(count: number): BriefingContent {
  return BriefingContentSchema.parse({
    id: 'bench-text',
    title: '基准测试汇报',
    organization: '某市人民政府',
    slides: Array.from({ length: count }, (_, i) => ({ id: `s-${i}`, layout: 'section', title: textTitle(i), bullets: BULLETS })),
  })
}

/** The text deck as Marp markdown: one `---`-separated slide per section slide, same title and bullets. */
export function textDeckMarkdown(count: number): string {
  const slides = Array.from({ length: count }, (_, i) => `# ${textTitle(i)}\n\n${BULLETS.map((b) => `- ${b}`).join('\n')}\n`)
  return `---\nmarp: true\nsize: 16:9\n---\n\n${slides.join('\n---\n\n')}`
}

export const samplePath = fileURLToPath(new URL('../resources/sample/yulin-2024-government-work-report.txt', import.meta.url))

export async function sampleDeck(count: number): Promise<BriefingContent> {
  const report = await importReportFile(readFileSync(samplePath), 'yulin-2024.txt')
  const draft = draftBriefing(report)
  const first = draft.slides.slice(0, 2)
  const closing = draft.slides.at(-1) as Slide
  const body = draft.slides.slice(2, -1)
  const slides: Slide[] = [...first]
  for (let k = 0; slides.length < count - 1; k++) {
    const s = structuredClone(body[k % body.length] as Slide)
    const round = Math.floor(k / body.length)
    s.id = `${s.id}-r${round}`
    if (round > 0) {
      s.title = `${s.title}（${round + 1}）`
      const vary = (f: { value: number }) => (f.value = Number.parseFloat((f.value * (1 + round * 0.013)).toPrecision(4)))
      if (s.layout === 'chart') s.chart.figures.forEach(vary)
      if (s.layout === 'kpi') s.figures.forEach(vary)
    }
    slides.push(s)
  }
  slides.push(closing)
  return { ...draft, classification: '内部资料 注意保存', slides }
}
