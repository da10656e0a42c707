import { createRouter, createWebHashHistory } from 'vue-router'
import LibraryView from './views/LibraryView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** Full-window views without the app bar (audience, presenter). */
    bare?: boolean
  }
}

/** Hash history: works the same from file:// in Electron and from the local web host. */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'library', component: LibraryView },
    { path: '/report/:id', name: 'report', component: () => import('./views/ReportView.vue'), props: true },
    { path: '/report/:id/compare', name: 'compare', component: () => import('./views/CompareView.vue'), props: true },
    { path: '/briefing/:id', name: 'briefing', component: () => import('./views/BriefingView.vue'), props: true },
    { path: '/show/:id', name: 'show', component: () => import('./views/ShowView.vue'), props: true, meta: { bare: true } },
    { path: '/presenter/:id', name: 'presenter', component: () => import('./views/PresenterView.vue'), props: true, meta: { bare: true } },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
})
