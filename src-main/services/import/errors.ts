/**
 * Every import failure: a code for programs and one complete Chinese sentence for people. The codes cross the
 * worker boundary as strings, so the list is a const tuple that both sides check against.
 */
export const IMPORT_ERROR_CODES = [
  'empty',
  'binary',
  'too-large',
  'unsupported',
  'wps',
  'damaged',
  'encrypted',
  'scanned-pdf',
  'garbled-pdf',
  'expands-too-much',
  'too-much-text',
  'out-of-memory',
  'timeout',
  'bad-transfer',
] as const
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number]

export class ImportError extends Error {
  readonly code: ImportErrorCode
  constructor(code: ImportErrorCode, message: string) {
    super(message)
    this.name = 'ImportError'
    this.code = code
  }
}

export function isImportErrorCode(value: unknown): value is ImportErrorCode {
  return typeof value === 'string' && (IMPORT_ERROR_CODES as readonly string[]).includes(value)
}

const SUPPORTED = '.txt、.md、.docx、.doc、.pdf 或网页（.html、.mhtml）'

/** The words users see. Format-specific variants take the kind of file they are about. */
export const IMPORT_MESSAGES = {
  empty: '文件是空的，没有可导入的文字。',
  binary: `这不是文本文件（看起来是二进制数据），请选择 ${SUPPORTED} 格式的报告。`,
  tooLarge: '文件太大（超过 50 MB），无法导入。',
  unsupported: (ext: string): string => `不支持“${ext}”格式的文件，请使用 ${SUPPORTED}。`,
  rtf: '这是 RTF 格式的文件，暂不支持。请在 Word 或 WPS 中“另存为” .docx 格式后再导入。',
  wps: '暂不支持 WPS 文字（.wps）文件，请在 WPS 中“另存为” .docx 格式后再导入。',
  damaged: (kind: string): string => `${kind}已损坏或格式不对，无法读取。请用原来的软件打开后另存一份再导入。`,
  encrypted: (kind: string): string => `${kind}设有密码保护，无法读取文字。请先取消密码后再导入。`,
  scannedPdf: '这个 PDF 是扫描的图片，没有可读取的文字，无法导入。请找文字版的 PDF 或 Word 文件，或先用文字识别（OCR）软件转换。',
  garbledPdf: '这个 PDF 里的文字无法识别（它的字体没有带文字编码），无法导入。请找同一报告的 Word 版或网页版。',
  expandsTooMuch: (kind: string): string => `${kind}解压后体积异常（远超正常报告），为安全起见已拒绝导入。`,
  tooMuchText: '文件里的文字超过 1000 万字，远超正常的报告，无法导入。',
  outOfMemory: '文件内容过于庞大复杂，读取时超出了内存限制，已停止导入。请检查文件，或另存为 .docx 或 .txt 后再试。',
  timeout: '读取文件用时过长，已停止导入。请检查文件，或另存为 .docx 或 .txt 后再试。',
  badTransfer: '文件数据在传送中损坏了，无法导入。请重新选择文件导入。',
  unreadable: '读取文件时出错，无法导入。请用原来的软件打开后另存一份再导入。',
  noArticle: '网页里没有找到正文文字，无法导入。请打开报告全文所在的网页后再保存，或复制正文粘贴导入。',
} as const

/** A file kind as the messages name it: “Word 文件”, “PDF 文件”. */
export const KIND_NAMES = {
  docx: 'Word 文件（.docx）',
  doc: 'Word 文件（.doc）',
  pdf: 'PDF 文件',
  html: '网页文件',
  mhtml: '网页文件（.mhtml）',
} as const
