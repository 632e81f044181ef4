/**
 * @module Tables wider than the screen scroll sideways (phones); such a table becomes a tab stop,
 * so a keyboard reader can scroll it too. Tables that fit stay out of the tab order.
 */
export function setUpWideTables(): void {
  const tables = [...document.querySelectorAll<HTMLTableElement>('.content table')];
  const update = (): void => {
    for (const table of tables) {
      if (table.scrollWidth > table.clientWidth) table.tabIndex = 0;
      else table.removeAttribute('tabindex');
    }
  };
  update();
  addEventListener('resize', update);
}
