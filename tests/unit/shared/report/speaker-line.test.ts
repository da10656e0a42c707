import { describe, expect, it } from 'vitest'
import { headPlace, isHeadNoteLine, isSpeakerLine, parseSpeakerLine, speakerLineYear, unnamedLevel } from '../../../../src-shared/report/speaker-line'

describe('the speaker line and the opening sentence', () => {
  it('reads date, meeting, organisation and speaker', () => {
    expect(parseSpeakerLine('2023年政府工作报告\n——2023年1月12日在某某市第九届人民代表大会第三次会议上 市长 王某某\n')).toEqual({
      date: '2023年1月12日',
      meeting: '某某市第九届人民代表大会第三次会议',
      organization: '某某市人民政府',
      speaker: '市长 王某某',
    })
    expect(speakerLineYear('——２０２２年１月１２日在某县第十八届人民代表大会第一次会议上')).toBe(2022)
    // A date in Chinese numerals, the year digit by digit (〇 or ○ or 零); a session in December plans the next year.
    expect(speakerLineYear('——二〇一六年一月二十五日在某省第十二届人民代表大会第五次会议上')).toBe(2016)
    expect(speakerLineYear('——二○○九年二月十日在某市人民代表大会上')).toBe(2009)
    expect(speakerLineYear('——二零二一年十二月二十八日在某县人民代表大会上')).toBe(2022)
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
    // The date lost and the meeting alone, as some sites print it.
    expect(isSpeakerLine('第十七届人民代表大会第五次会议上')).toBe(true)
    // Dated and naming the meeting that adopted it, with neither dash nor 在…上.
    expect(isSpeakerLine('2020年1月9日某某市第十六届人民代表大会第五次会议通过')).toBe(true)
    expect(isSpeakerLine('2020年1月9日某某市人大常委会审议通过的决定')).toBe(false)
    expect(isSpeakerLine('2020年全市地区生产总值增长5%，人民代表大会会议顺利召开')).toBe(false)
  })
  it('tells the speaker alone and a document number from a title', () => {
    expect(isHeadNoteLine('某某市市长 王某某')).toBe(true)
    expect(isHeadNoteLine('市委副书记、市长 王某某')).toBe(true)
    // A two-character name spaced by the typesetter, after the office and its place.
    expect(isHeadNoteLine('某某市市长 王 某')).toBe(true)
    expect(isHeadNoteLine('某某自治区主席　王　某')).toBe(true)
    expect(isHeadNoteLine('市十六届人大五次会议文件（三）')).toBe(true)
    expect(isHeadNoteLine('市长王某某作政府工作报告')).toBe(true)
    // The speaker's name alone under the title, as a web page prints it.
    expect(isHeadNoteLine('王某某')).toBe(true)
    expect(isHeadNoteLine('王  某')).toBe(true)
    expect(isHeadNoteLine('工作报告')).toBe(false)
    expect(isHeadNoteLine('政府工作报告')).toBe(false)
    expect(isHeadNoteLine('2024年某某市政府工作报告')).toBe(false)
  })
  it('reads a meeting that runs on to the next line, and no place from a level word alone', () => {
    const split = parseSpeakerLine('政府工作报告\n——2025年1月11日在某某市第十七届人民代表大会\n第五次会议上\n某某市市长 王某某\n各位代表:\n现在，我代表市人民政府向大会作工作报告')
    expect(split.organization).toBe('某某市人民政府')
    const early = parseSpeakerLine('政府工作报告\n2022年4月9日在某某市\n第十六届人民代表大会第一次会议上\n王某某\n各位代表：')
    expect([early.meeting, early.organization]).toEqual(['某某市第十六届人民代表大会第一次会议', '某某市人民政府'])
    // Spaces a page pasted flat left inside the meeting's name are no part of it.
    expect(parseSpeakerLine('政府工作报告  ——2019年1月27日在某某省第六届  人民代表大会第二次会议上\n某某省省长 王某某\n各位代表：').meeting).toBe('某某省第六届人民代表大会第二次会议')
    // Not across a blank line: a paragraph further down is no part of the head.
    expect(parseSpeakerLine('政府工作报告\n2022年4月9日在\n\n某某市第十六届人民代表大会第一次会议上').meeting).toBeNull()
    const bare = '——2002年1月25日在自治区第八届人民代表大会第五次会议上\n各位代表:\n现在，我代表自治区人民政府，向大会作政府工作报告'
    expect(parseSpeakerLine(bare).organization).toBeNull()
    expect(headPlace(bare)).toBeNull()
    expect(unnamedLevel(bare)).toBe('自治区')
  })
  it('reads a meeting written right after the date without 在, and a place from the speaker who heads it', () => {
    const noZai = parseSpeakerLine('——2021年1月13日某某市第十六届人民代表大会第五次会议\n某某市人民政府市长 王某\n各位代表：')
    expect([noZai.meeting, noZai.organization]).toEqual(['某某市第十六届人民代表大会第五次会议', '某某市人民政府'])
    // The speaker alone names the place when the meeting does not (`某某市市长`, `某某市人民政府代理市长`).
    expect(headPlace('某某市市长 王某\n（2003年1月8日）\n各位代表：')).toBe('某某市')
    expect(headPlace('2020年1月7日在市四届人大五次会议上\n某某市人民政府代理市长 王某\n各位代表：')).toBe('某某市')
    // Not a bare level, and not across a comma into the text.
    expect(headPlace('2020年1月7日在市四届人大五次会议上\n市人民政府代理市长 王某\n各位代表：')).toBeNull()
    expect(parseSpeakerLine('（2013年1月5日），自治区第十届人民代表大会第一次会议').organization).toBeNull()
  })
})
