import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import iconv from 'iconv-lite'
import { decodeText } from '../../../../src-main/services/decode-text'
import { ImportError } from '../../../../src-main/services/import'

const seed = readFileSync(fileURLToPath(new URL('../../../../resources/sample/yulin-2024-government-work-report.txt', import.meta.url)), 'utf8')
const sample = '一、2023年工作回顾\n全市地区生产总值增长３．３％，城镇新增就业4.7万人。\n'

describe('decodeText', () => {
  it('UTF-8 with and without BOM', () => {
    const utf8 = new TextEncoder().encode(sample)
    expect(decodeText(utf8)).toEqual({ text: sample, encoding: 'UTF-8' })
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])
    expect(decodeText(bom)).toEqual({ text: sample, encoding: 'UTF-8' })
  })
  it('UTF-16 LE and BE, with BOM and without (by the zero-byte pattern)', () => {
    const le = Buffer.from(sample, 'utf16le')
    const be = Buffer.from(le).swap16()
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toEqual({ text: sample, encoding: 'UTF-16LE' })
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: sample, encoding: 'UTF-16BE' })
    expect(decodeText(le)).toEqual({ text: sample, encoding: 'UTF-16LE' })
    expect(decodeText(be)).toEqual({ text: sample, encoding: 'UTF-16BE' })
  })
  it('GB18030 and GBK, never mojibake', () => {
    const gb = iconv.encode(sample + '𠀀', 'gb18030')
    expect(decodeText(gb)).toEqual({ text: sample + '𠀀', encoding: 'GB18030' })
    const gbkSeed = iconv.encode(seed, 'gbk')
    const decoded = decodeText(gbkSeed)
    expect(decoded.encoding).toBe('GB18030')
    expect(decoded.text).toBe(seed)
  })
  it('refuses binary data with a typed error and a Chinese message', () => {
    const withNul = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x00, 0x08, 0x01, 0x02, 0x03, 0x99, 0x98])
    expect(() => decodeText(withNul)).toThrow(ImportError)
    const controls = new Uint8Array(400).map((_, k) => (k % 3 === 0 ? 0x01 + (k % 20) : 0x41))
    try {
      decodeText(controls)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError)
      expect((error as ImportError).code).toBe('binary')
      expect((error as Error).message).toMatch(/二进制/)
    }
  })
  it('empty input is empty text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'UTF-8' })
  })
})

describe('UTF-16 without a byte order mark', () => {
  // Chinese prose with hardly any ASCII: the only zero bytes are the newlines', or there are none at all.
  const prose = '全面贯彻党的二十大精神，坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。'
  const twoParagraphs = `${prose.repeat(3)}\n${prose.repeat(2)}`
  it('is read by the zero-byte pattern even when zeros are rare', () => {
    const le = Buffer.from(twoParagraphs, 'utf16le')
    const be = Buffer.from(le).swap16()
    expect(decodeText(le)).toEqual({ text: twoParagraphs, encoding: 'UTF-16LE' })
    expect(decodeText(be)).toEqual({ text: twoParagraphs, encoding: 'UTF-16BE' })
  })
  it('is read when there is no zero byte at all', () => {
    const le = Buffer.from(prose, 'utf16le')
    expect(le.indexOf(0)).toBe(-1)
    expect(decodeText(le)).toEqual({ text: prose, encoding: 'UTF-16LE' })
    expect(decodeText(Buffer.from(le).swap16())).toEqual({ text: prose, encoding: 'UTF-16BE' })
  })
  it('does not mistake English, GBK or UTF-8 text for UTF-16', () => {
    const english = 'the quick brown fox jumps over the lazy dog, again and again'
    expect(decodeText(Buffer.from(english))).toEqual({ text: english, encoding: 'UTF-8' })
    expect(decodeText(iconv.encode(prose, 'gbk'))).toEqual({ text: prose, encoding: 'GB18030' })
    expect(decodeText(Buffer.from(prose, 'utf8'))).toEqual({ text: prose, encoding: 'UTF-8' })
  })
})
