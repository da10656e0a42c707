import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { installFonts } from './fonts'
import './styles/base.css'
import { uiCssVariables } from '@shared/slides/themes/ui'

for (const [name, value] of Object.entries(uiCssVariables())) document.documentElement.style.setProperty(name, value)
installFonts()
createApp(App).use(createPinia()).use(i18n).use(router).mount('#app')
