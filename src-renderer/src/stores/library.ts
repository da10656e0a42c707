import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { DocKind, ItemSummary, Library } from '@shared/api'
import { MAX_IMPORT_BYTES } from '@shared/api'
import { ApiError, errorMessage } from '@shared/errors'
import { useApi } from '../bridge'
import { useReportCacheStore } from './report-cache'
import { useReportStore } from './report'
import { useSaveStatusStore } from './save-status'

/** The library: what the workspace holds, and the actions on whole files. */
export const useLibraryStore = defineStore('library', () => {
  const reportCache = useReportCacheStore()
  const library = ref<Library>({ reports: [], briefings: [], damaged: [], foreign: [], trash: [], openElsewhere: [] })
  const loaded = ref(false)
  const loadError = ref<string | null>(null)
  /** Set while a file is being read and sent; 0..1. */
  const importProgress = ref<{ name: string; fraction: number } | null>(null)

  const isEmpty = computed(() => library.value.reports.length === 0 && library.value.briefings.length === 0)

  async function refresh(): Promise<void> {
    try {
      library.value = await useApi().listLibrary({})
      reportCache.reconcile(library.value.reports)
      loadError.value = null
    } catch (error) {
      loadError.value = errorMessage(error)
    } finally {
      loaded.value = true
    }
  }

  async function importFile(file: File): Promise<ItemSummary> {
    if (file.size > MAX_IMPORT_BYTES) throw new ApiError('import-failed', `文件“${file.name}”超过 50 MB，无法导入。`)
    importProgress.value = { name: file.name, fraction: 0 }
    try {
      const dataBase64 = await readAsBase64(file, (fraction) => (importProgress.value = { name: file.name, fraction: fraction * 0.8 }))
      importProgress.value = { name: file.name, fraction: 0.85 }
      const summary = await useApi().importReportFile({ fileName: file.name, dataBase64 })
      await refresh()
      return summary
    } finally {
      importProgress.value = null
    }
  }

  async function importText(text: string, title?: string): Promise<ItemSummary> {
    const summary = await useApi().importReportText({ text, ...(title ? { title } : {}) })
    await refresh()
    return summary
  }

  async function createBriefing(title: string, reportIds: string[] = []): Promise<ItemSummary> {
    const summary = await useApi().createBriefing({ title, reportIds })
    await refresh()
    return summary
  }

  /**
   * 生成汇报初稿: drafts a briefing from a report — the one draft flow, from the library and from the
   * report view alike. Pending edits of that report are saved first, so the draft uses them.
   */
  async function draft(reportId: string): Promise<ItemSummary> {
    const open = useReportStore()
    if (open.report?.id === reportId) await open.flush()
    const briefing = await useSaveStatusStore().track(() => useApi().draftBriefing({ reportId }))
    await refresh()
    return briefing
  }

  async function rename(kind: DocKind, id: string, title: string): Promise<void> {
    await useApi().renameItem({ kind, id, title })
    await refresh()
  }

  async function duplicate(kind: DocKind, id: string): Promise<ItemSummary> {
    const copy = await useApi().duplicateItem({ kind, id })
    await refresh()
    return copy
  }

  async function remove(kind: DocKind, id: string): Promise<void> {
    await useApi().deleteItem({ kind, id })
    await refresh()
  }

  async function restoreFromTrash(kind: DocKind, id: string): Promise<ItemSummary> {
    const item = await useApi().restoreFromTrash({ kind, id })
    await refresh()
    return item
  }

  async function restoreBackup(kind: DocKind, id: string): Promise<ItemSummary> {
    const item = await useApi().restoreBackup({ kind, id })
    await refresh()
    return item
  }

  return {
    library,
    loaded,
    loadError,
    importProgress,
    isEmpty,
    refresh,
    importFile,
    importText,
    createBriefing,
    draft,
    rename,
    duplicate,
    remove,
    restoreFromTrash,
    restoreBackup,
  }
})

/** Reads a file in slices so the progress bar moves on large files, and returns its bytes as base64. */
async function readAsBase64(file: File, onProgress: (fraction: number) => void): Promise<string> {
  const SLICE = 3 * 1024 * 1024 // a multiple of 3, so slices encode to base64 without padding in between
  const parts: string[] = []
  for (let offset = 0; offset < file.size; offset += SLICE) {
    const bytes = new Uint8Array(await file.slice(offset, offset + SLICE).arrayBuffer())
    let binary = ''
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    parts.push(btoa(binary))
    onProgress(Math.min(1, (offset + SLICE) / file.size))
  }
  return parts.join('')
}
