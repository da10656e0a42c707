import { describe, expect, it } from 'vitest'
import { figures, planFigures } from './figures'

const labels = (...body: string[]) => figures(...body).map((m) => m.label)

describe('the tail a list shares, when a later item runs on past the first one’s last character', () => {
  it('gives each item the shared rate, not the rest of the last item’s own word (案件 / 件破案率)', () => {
    expect(labels('命案、八类暴力案件、入室盗窃案件破案率均为100%。')).toEqual(['命案破案率', '八类暴力案件破案率', '入室盗窃案件破案率'])
  })

  it('still reads two items whose parts end alike as before (铁路、高速公路通车里程)', () => {
    expect(labels('铁路、高速公路通车里程分别达到1200公里和800公里。')).toEqual(['铁路通车里程', '高速公路通车里程'])
  })
})

describe('a crop’s total after its yield per mu', () => {
  it('is the crop’s output, not the yield’s (粮食平均亩产…，总产量…)', () => {
    expect(planFigures('力争正常年景下粮食平均亩产达到1200斤，总产量突破100亿斤。')).toEqual([
      ['粮食平均亩产', 1200, '2025 target'],
      ['粮食总产量', 100, '2025 target'],
    ])
    expect(labels('粮食单产达到420公斤，总产量达到60万吨。')).toEqual(['粮食单产', '粮食总产量'])
  })
})
