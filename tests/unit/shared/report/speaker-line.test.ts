import { describe, expect, it } from 'vitest'
import { headPlace, isSpeakerLine, parseSpeakerLine, speakerLineYear, unnamedLevel } from '../../../../src-shared/report/speaker-line'

describe('the speaker line and the opening sentence', () => {
  it('reads date, meeting, organisation and speaker', () => {
    expect(parseSpeakerLine('2023年政府工作报告\n——2023年1月12日在某某市第九届人民代表大会第三次会议上 市长 王某某\n')).toEqual({
      date: '2023年1月12日',
      meeting: '某某市第九届人民代表大会第三次会议',
      organization: '某某市人民政府',
      speaker: '市长 王某某',
    })
    expect(speakerLineYear('——２０２２年１月１２日在某县第十八届人民代表大会第一次会议上')).toBe(2022)
  })
  it('names the body from the opening sentence when there is no speaker line', () => {
    expect(parseSpeakerLine('各位代表：\n现在，我代表某某区人民政府，向大会报告工作。').organization).toBe('某某区人民政府')
    expect(headPlace('各位代表：\n现在，我代表某某区人民政府，向大会报告工作。')).toBe('某某区')
    expect(headPlace('各位代表：\n现在，我代表国务院，向大会报告政府工作。')).toBe('全国')
    expect(unnamedLevel('各位代表：\n我代表省人民政府，向大会报告工作。')).toBe('省')
    expect(headPlace('各位代表：')).toBeNull()
  })
  it('tells a speaker line from a body line', () => {
    expect(isSpeakerLine('——2024年2月29日在某某市第六届人民代表大会第六次会议上')).toBe(true)
    expect(isSpeakerLine('一、2023年工作回顾')).toBe(false)
  })
})
