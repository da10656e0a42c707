import { defineStore } from 'pinia'
import type { ExportFormat } from '@shared/api'
import type { PdfOptionsInput } from '@shared/pdf-options'
import { bridgeMode, useApi } from '../bridge'
import { useDeckStore } from './deck'

/** Where an export went. */
export type ExportResult =
  | { kind: 'unsaved' }
  | { kind: 'saved'; path: string; warnings: string[] }
  | { kind: 'not-saved'; warnings: string[] }
  | { kind: 'downloaded'; fileName: string; warnings: string[] }

const MIME: { readonly [F in ExportFormat]: string } = {
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
}

/**
 * Exports (PDF, PowerPoint), one save flow. The exporter reads the briefing's file, so the open deck is
 * saved first; the desktop app then saves the file through the system dialog, the browser downloads it.
 */
export const useExportStore = defineStore('exportFile', () => {
  async function deliver(format: ExportFormat, file: { fileName: string; dataBase64: string; warnings: string[] }): Promise<ExportResult> {
    if (bridgeMode() === 'web') {
      download(file.fileName, file.dataBase64, format)
      return { kind: 'downloaded', fileName: file.fileName, warnings: file.warnings }
    }
    const { path } = await useApi().saveExportFile({ fileName: file.fileName, dataBase64: file.dataBase64, format })
    return path ? { kind: 'saved', path, warnings: file.warnings } : { kind: 'not-saved', warnings: file.warnings }
  }

  /** Saves the open deck first when it is the one exported; false when that save failed. */
  async function savedFirst(briefingId: string): Promise<boolean> {
    const deck = useDeckStore()
    return deck.briefing?.id !== briefingId || (await deck.save())
  }

  async function exportPdf(briefingId: string, options: PdfOptionsInput): Promise<ExportResult> {
    if (!(await savedFirst(briefingId))) return { kind: 'unsaved' }
    return deliver('pdf', await useApi().exportPdf({ briefingId, options }))
  }

  async function exportPptx(briefingId: string): Promise<ExportResult> {
    if (!(await savedFirst(briefingId))) return { kind: 'unsaved' }
    return deliver('pptx', await useApi().exportPptx({ briefingId }))
  }

  /** Starts the export worker (pdfmake, pptxgenjs, fonts, ECharts) while the person chooses the options. */
  function prepare(): void {
    void useApi().prepareExport({}).catch(() => {})
  }

  async function showInFolder(path: string): Promise<void> {
    await useApi().showInFolder({ path })
  }

  return { exportPdf, exportPptx, prepare, showInFolder }
})

function download(fileName: string, base64: string, format: ExportFormat): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: MIME[format] }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.dataset.testid = `${format}-download`
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
