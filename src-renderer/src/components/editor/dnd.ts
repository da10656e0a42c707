/** Drag-and-drop payload types between the report panel and the slide rail. */
export const DND_SLIDE = 'application/x-huibao-slide-index'
export const DND_SECTION = 'application/x-huibao-section'

export interface SectionDragPayload {
  reportId: string
  sectionId: string
}
