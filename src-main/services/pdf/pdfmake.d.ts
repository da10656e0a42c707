/**
 * The part of pdfmake 0.3 (server build) the export uses. pdfmake ships no types; document nodes are
 * plain objects, checked by pdfmake itself at run time.
 */
declare module 'pdfmake' {
  export type PdfmakeNode = { [key: string]: unknown }
  export interface PdfmakeFontFamily {
    normal: string
    bold: string
    italics: string
    bolditalics: string
  }
  export interface PdfmakeDocument {
    getBuffer(): Promise<Buffer>
    write(file: string): Promise<void>
  }
  export interface Pdfmake {
    setFonts(fonts: Record<string, PdfmakeFontFamily>): void
    setUrlAccessPolicy(callback: (url: string) => boolean): void
    setLocalAccessPolicy(callback: (path: string) => boolean): void
    setProgressCallback(callback: ((progress: number) => void) | undefined): void
    createPdf(docDefinition: PdfmakeNode, options?: PdfmakeNode): PdfmakeDocument
  }
  const pdfmake: Pdfmake
  export default pdfmake
}
