import { onBeforeUnmount, onMounted, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useExportStore, type ExportResult } from '../stores/export-file'
import { useNoticesStore } from '../stores/notices'

/**
 * What an export dialog does once the person presses 导出, whatever the format: the busy state with the
 * seconds elapsed, the result said in a notice (saved where, or downloaded), the warnings kept in view,
 * and the dialog closed when there is nothing more to read. The export worker starts when the dialog opens.
 */
export function useExportRun(close: () => void) {
  const { t } = useI18n()
  const notices = useNoticesStore()
  const exporter = useExportStore()
  const busy = ref(false)
  const elapsed = ref(0)
  const warnings = ref<string[]>([])
  const savedPath = ref<string | null>(null)
  let ticker: ReturnType<typeof setInterval> | undefined

  async function run(start: () => Promise<ExportResult>): Promise<void> {
    if (busy.value) return
    busy.value = true
    warnings.value = []
    savedPath.value = null
    elapsed.value = 0
    const started = performance.now()
    ticker = setInterval(() => (elapsed.value = (performance.now() - started) / 1000), 100)
    try {
      const result = await start()
      if (result.kind === 'unsaved') return notices.error(new Error(t('exportFile.saveFirst')))
      warnings.value = result.warnings
      if (result.kind === 'saved') {
        savedPath.value = result.path
        notices.info(t('exportFile.saved', { path: result.path }))
      }
      if (result.kind === 'downloaded') notices.info(t('exportFile.downloaded', { name: result.fileName }))
      if (!result.warnings.length && result.kind !== 'not-saved') close()
    } catch (error) {
      notices.error(error)
    } finally {
      clearInterval(ticker)
      busy.value = false
    }
  }

  async function openFolder(): Promise<void> {
    if (savedPath.value) await exporter.showInFolder(savedPath.value).catch((e: unknown) => notices.error(e))
  }

  // While the person reads the dialog, the export worker loads its libraries, the fonts and ECharts.
  onMounted(() => exporter.prepare())
  onBeforeUnmount(() => clearInterval(ticker))
  return { exporter, busy, elapsed, warnings, savedPath, run, openFolder }
}
