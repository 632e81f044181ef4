/**
 * @module Dark-mode toggle. Without a saved choice the page follows `prefers-color-scheme`; a
 * click saves the opposite of what is shown. The head of each page applies the saved choice
 * before first paint.
 */
const STORAGE_KEY = 'portal-theme';

function shownTheme(): 'dark' | 'light' {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'dark' || chosen === 'light') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function setUpThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
  if (!button) return;
  const sync = (): void => button.setAttribute('aria-pressed', String(shownTheme() === 'dark'));
  button.hidden = false;
  sync();
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
  button.addEventListener('click', () => {
    const next = shownTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage can be disabled; the choice then lasts for this page only.
    }
    sync();
  });
}
