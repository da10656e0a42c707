import { defineStore } from 'pinia'
import type { PdfOptionsInput } from '@shared/pdf-options'
import { bridgeMode, useApi } from '../bridge'
import { useDeckStore } from './deck'

/** Where an export went. */
export type PdfExportResult =
  | { kind: 'unsaved' }
  | { kind: 'saved'; path: string; warnings: string[] }
  | { kind: 'not-saved'; warnings: string[] }
  | { kind: 'downloaded'; fileName: string; warnings: string[] }

/**
 * PDF export. The exporter reads the briefing's file, so the open deck is saved first; the desktop app
 * then saves the PDF through the system dialog, the browser downloads it.
 */
export const usePdfExportStore = defineStore('pdfExport', () => {
  async function exportBriefing(briefingId: string, options: PdfOptionsInput): Promise<PdfExportResult> {
    const deck = useDeckStore()
    if (deck.briefing?.id === briefingId && !(await deck.save())) return { kind: 'unsaved' }
    const result = await useApi().exportPdf({ briefingId, options })
    if (bridgeMode() === 'web') {
      download(result.fileName, result.dataBase64)
      return { kind: 'downloaded', fileName: result.fileName, warnings: result.warnings }
    }
    const { path } = await useApi().savePdfFile({ fileName: result.fileName, dataBase64: result.dataBase64 })
    return path ? { kind: 'saved', path, warnings: result.warnings } : { kind: 'not-saved', warnings: result.warnings }
  }

  /** Starts the export worker (pdfmake, fonts, ECharts) while the person chooses the options. */
  function prepare(): void {
    void useApi().prepareExport({}).catch(() => {})
  }

  async function showInFolder(path: string): Promise<void> {
    await useApi().showInFolder({ path })
  }

  return { exportBriefing, prepare, showInFolder }
})

function download(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.dataset.testid = 'pdf-download'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
