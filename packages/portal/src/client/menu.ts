/**
 * @module The header's menu button for narrow screens. Without this script the navigation opens
 * from its `<details>` summary; with it the summary gives way to a button in the sticky header
 * that opens the navigation over the page, says so with `aria-expanded`, moves focus into the
 * navigation, and closes on Escape (focus back on the button) or when focus leaves it. Wide
 * screens show the navigation as a column and never see the button.
 */
const NARROW = '(max-width: 48rem)';

export function setUpMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('.menu-button');
  const drawer = document.querySelector<HTMLDetailsElement>('.nav-drawer');
  const header = document.querySelector<HTMLElement>('.site-header');
  const nav = drawer?.querySelector<HTMLElement>('#site-nav');
  if (!button || !drawer || !header || !nav) return;
  const narrow = matchMedia(NARROW);
  drawer.classList.add('has-menu-button');
  button.hidden = false;

  const setOpen = (open: boolean): void => {
    // Wide screens show the navigation open, whatever the button said last.
    drawer.open = open || !narrow.matches;
    drawer.classList.toggle('menu-open', open && narrow.matches);
    button.setAttribute('aria-expanded', String(open && narrow.matches));
    document.documentElement.style.setProperty(
      '--menu-top',
      `${Math.round(header.getBoundingClientRect().bottom)}px`,
    );
  };
  setOpen(false);
  narrow.addEventListener('change', () => setOpen(false));

  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
    if (open) {
      const target =
        nav.querySelector<HTMLElement>('a[aria-current="page"]') ?? nav.querySelector('a');
      target?.focus();
    }
  });
  // Tabbing out of the open navigation closes it, so focus never lands on content it hides.
  nav.addEventListener('focusout', (event) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !nav.contains(next) && next !== button) setOpen(false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
    setOpen(false);
    button.focus();
  });
}
