import { createStore } from './store.ts';

/** "auto" follows the system (prefers-color-scheme); the toggle pins light or dark, remembered on this device. */
export type Theme = 'auto' | 'light' | 'dark';
const KEY = 'dupligraph.theme';

function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

export const theme = createStore<Theme>(storedTheme());
/** Bumped when the colours change (the toggle, or the system's scheme): canvases redraw with them. */
export const colorsVersion = createStore(0);

export function watchSystemScheme(): void {
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => colorsVersion.set(colorsVersion.get() + 1));
}

export function applyTheme(value: Theme): void {
  if (value === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = value;
}

export function nextTheme(): void {
  const order: Theme[] = ['auto', 'light', 'dark'];
  const next = order[(order.indexOf(theme.get()) + 1) % order.length]!;
  try {
    if (next === 'auto') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, next);
  } catch {
    // Not remembered; still applied.
  }
  theme.set(next);
  applyTheme(next);
  colorsVersion.set(colorsVersion.get() + 1);
}
