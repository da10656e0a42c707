import { INCREMENTS_OF_A_LEVEL } from '../words/labels'
import type { Rule } from './types'

/**
 * An increment written after a level of the same sentence with nothing but its verb before it
 * (`粮食总产量达到775.6亿斤，增产49亿斤`, `养老保险费收入465亿元，增收83.3亿元`): the increment measures the level's
 * thing, so it takes its label. Only after a subject that is an output or a revenue (`带动脱贫人口…、增收4.56亿元`
 * says who gained, not of what level) does it; otherwise the label stays the verb, vague.
 */
export const incrementOfLevel: Rule = {
  name: 'increment-of-level',
  apply(st, ctx) {
    if (st.dropped) return
    // The level right before (`产量250.2亿斤、增产20.1亿斤`), else the sentence's subject.
    const levels = [ctx.sentence.previous[ctx.sentence.previous.length - 1]?.label, ctx.sentence.subject]
    for (const d of st.drafts) {
      if (d.labelSource !== 'subject') continue
      const measures = INCREMENTS_OF_A_LEVEL.find(([w]) => w === d.label)?.[1]
      const level = levels.find((l) => l && measures?.some((m) => l.endsWith(m) && l.length > m.length))
      if (!level) continue
      d.label = level
      d.labelSource = 'context'
      // What the sentence goes on to say (`占全省15.6%`) is of that level's thing too.
      ctx.sentence.subject = level
    }
  },
}
