import { describe, expect, it } from 'vitest'
import { checkZip, IMPORT_LIMITS } from '../../../../../src-main/services/import/guards'
import { readReportFile } from '../../../../../src-main/services/import/read-report'
import { deflated, docx, docxFrame, stored, zeroBomb, zip } from '../../../../helpers/zip'
import { refusal } from './refusal'

describe('the zip check before a .docx is inflated', () => {
  it('passes a real document, deflated or stored', async () => {
    await expect(checkZip(docx(['一、总体要求', '增长5%']), 'Word 文件')).resolves.toBeUndefined()
    const body = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>报告</w:t></w:r></w:p></w:body></w:document>'
    await expect(checkZip(zip([...docxFrame(), deflated('word/document.xml', body)]), 'Word 文件')).resolves.toBeUndefined()
  })

  it('refuses a document part that declares 1 GB, before inflating anything', async () => {
    const bomb = zip([...docxFrame(), zeroBomb('word/document.xml', 1024)])
    console.log(`zip bomb: ${(bomb.length / 1024 / 1024).toFixed(2)} MB declaring 1024 MB`)
    expect(bomb.length).toBeLessThan(1.5 * 1024 * 1024)
    expect((await refusal(checkZip(bomb, 'Word 文件'))).code).toBe('expands-too-much')
  })

  it('refuses a part that lies about its size, while inflating it into a counter', async () => {
    // The directory says 1 MB (ratio 1:1, nothing to see); the data inflates to 200 MB.
    const liar = zip([...docxFrame(), zeroBomb('word/document.xml', 200, 1024 * 1024)])
    expect((await refusal(checkZip(liar, 'Word 文件'))).code).toBe('expands-too-much')
    // A lie under the declared limits but past a tighter one is caught by the counter as well.
    const tight = { ...IMPORT_LIMITS, zipXmlEntryBytes: 512 * 1024 }
    const small = zip([...docxFrame(), zeroBomb('word/document.xml', 4, 256 * 1024)])
    expect((await refusal(checkZip(small, 'Word 文件', tight))).code).toBe('expands-too-much')
  })

  it('refuses too many entries, too much in total and extreme ratios', async () => {
    const many = zip(Array.from({ length: 30 }, (_, i) => stored(`word/media/${i}.bin`, 'x')))
    expect((await refusal(checkZip(many, 'Word 文件', { ...IMPORT_LIMITS, zipEntries: 20 }))).code).toBe('expands-too-much')
    const images = zip([...docxFrame(), zeroBomb('word/media/image1.png', 8)])
    expect((await refusal(checkZip(images, 'Word 文件'))).code).toBe('expands-too-much')
    expect((await refusal(checkZip(images, 'Word 文件', { ...IMPORT_LIMITS, zipTotalBytes: 1024 }))).code).toBe('expands-too-much')
  })

  it('calls a broken zip damaged', async () => {
    expect((await refusal(checkZip(Buffer.from('PK\u0003\u0004 and then nothing'), 'Word 文件'))).code).toBe('damaged')
    const truncated = docx(['报告']).subarray(0, 120)
    expect((await refusal(checkZip(truncated, 'Word 文件'))).code).toBe('damaged')
  })

  it('is what the .docx reader runs first', async () => {
    const bomb = zip([...docxFrame(), zeroBomb('word/document.xml', 1024)])
    expect((await refusal(readReportFile(bomb, '报告.docx'))).code).toBe('expands-too-much')
  })

  it('refuses text past the character cap, whatever the format', async () => {
    const limits = { ...IMPORT_LIMITS, textChars: 1000 }
    expect((await refusal(readReportFile(Buffer.from('增长5%。'.repeat(400)), 'a.txt', limits))).code).toBe('too-much-text')
  })
})
