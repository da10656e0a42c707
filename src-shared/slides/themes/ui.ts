/**
 * The app's own colours (toolbars, panels, dialogs, the dark show and presenter views), as CSS custom
 * properties on the document root: `--red`, `--paper`, … Components use only these variables; this file
 * and the slide themes beside it are the only places a colour is written.
 */
import { STATUS_COLORS } from './status'

export const UI_COLORS = {
  red: '#a31d24',
  'red-2': '#c62828',
  navy: '#1f3a5f',
  'navy-2': '#2c4f7c',
  gold: '#b8860b',
  ink: '#1d232b',
  'ink-2': '#3d4652',
  'ink-3': '#6b7480',
  line: '#e2e5ea',
  paper: '#f6f7f9',
  'paper-2': '#eef0f3',
  white: '#ffffff',
  black: '#000000',
  ok: '#2e7d32',
  warn: '#c77700',
  /** Notices and banners. */
  'warn-bg': '#fff8e1',
  'error-bg': '#fdecec',
  'note-bg': '#fff6e0',
  'selected-bg': '#fbeaea',
  'info-bg': '#e8f0fa',
  'hint-bg': '#fbf3e0',
  'hint-ink': '#7a5a00',
  /** 待核对: a figure the parser is not sure of. */
  'check-ink': '#8a5300',
  'check-bg': '#fff6e5',
  /** “Also open elsewhere”: a warm notice with a gold edge. */
  'elsewhere-bg': '#fff8e6',
  'elsewhere-line': '#e8c46a',
  'elsewhere-edge': '#d9a21b',
  /** Highlights in the report text. */
  mark: 'rgba(184, 134, 11, 0.25)',
  'mark-soft': 'rgba(184, 134, 11, 0.22)',
  'mark-red': 'rgba(163, 29, 36, 0.16)',
  'mark-red-strong': 'rgba(163, 29, 36, 0.45)',
  'mark-flash': '#ffe58f',
  'mark-current': '#ffb300',
  'drop-bg': 'rgba(183, 28, 28, 0.03)',
  /** Shadows and veils. */
  shadow: 'rgba(0, 0, 0, 0.15)',
  'shadow-2': 'rgba(0, 0, 0, 0.2)',
  'shadow-4': 'rgba(0, 0, 0, 0.4)',
  'shadow-strong': 'rgba(0, 0, 0, 0.25)',
  veil: 'rgba(20, 30, 45, 0.45)',
  'veil-dark': 'rgba(0, 0, 0, 0.55)',
  'glass-white': 'rgba(255, 255, 255, 0.95)',
  'white-line': 'rgba(255, 255, 255, 0.4)',
  'focus-ring': 'rgba(31, 58, 95, 0.25)',
  'edit-ring': 'rgba(184, 134, 11, 0.7)',
  placeholder: '#9aa2ab',
  /** The show and the presenter view: dark, so the slide stands out. */
  'show-bg': '#1b1f27',
  'show-bg-2': '#12151b',
  'show-bg-3': '#14181f',
  'show-panel': '#232833',
  'show-button': '#2b313d',
  'show-button-hover': '#363e4d',
  'show-border': '#3a4252',
  'show-ink': '#e8ebf0',
  'show-ink-2': '#d5dae3',
  'show-muted': '#9aa3b2',
  'show-faint': '#6b7588',
  'show-accent': '#c8102e',
  'show-gold': '#f2c14e',
  'show-gold-bg': '#3a2f12',
  'help-ink': '#1d2433',
  'help-line': '#eceff4',
  'help-key-border': '#c8ced8',
  'help-key-bg': '#f7f8fa',
  /** Completion statuses (目标完成情况), as the slides colour them. */
  'status-exceeded': STATUS_COLORS.超额完成.fill,
  'status-exceeded-ink': STATUS_COLORS.超额完成.text,
  'status-done': STATUS_COLORS.完成.fill,
  'status-done-ink': STATUS_COLORS.完成.text,
  'status-missed': STATUS_COLORS.未完成.fill,
  'status-missed-ink': STATUS_COLORS.未完成.text,
  'status-unreported': STATUS_COLORS.未报告.fill,
  'status-unreported-ink': STATUS_COLORS.未报告.text,
} as const

export type UiColor = keyof typeof UI_COLORS

/** `{ '--red': '#a31d24', … }` for the document root. */
export function uiCssVariables(): Record<string, string> {
  return Object.fromEntries(Object.entries(UI_COLORS).map(([k, v]) => [`--${k}`, v]))
}
