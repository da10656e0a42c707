import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { useLibraryStore } from '../stores/library'
import { useNoticesStore } from '../stores/notices'

/** 生成汇报初稿 from the library or the report view: draft (the library store's one flow), say so, open it. */
export function useDraftBriefing(): (reportId: string) => Promise<void> {
  const library = useLibraryStore()
  const notices = useNoticesStore()
  const router = useRouter()
  const { t } = useI18n()
  return async (reportId) => {
    try {
      const briefing = await library.draft(reportId)
      notices.info(t('editor.drafted', { title: briefing.title }))
      await router.push(`/briefing/${briefing.id}`)
    } catch (error) {
      notices.error(error)
    }
  }
}
