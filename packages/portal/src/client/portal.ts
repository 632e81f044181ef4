/**
 * @module The portal's only browser script (bundled by esbuild at build time): the dark-mode
 * toggle, the narrow screens' menu button, live search over the prebuilt index with its keyboard
 * shortcut, the request console of operation pages, copy buttons on code blocks, and keyboard
 * scrolling of tables wider than the screen. Pages are complete without it.
 */
import { setUpRequestConsoles } from './console.js';
import { setUpCopyButtons } from './copy.js';
import { setUpMenu } from './menu.js';
import { setUpSearch } from './search.js';
import { setUpWideTables } from './tables.js';
import { setUpThemeToggle } from './theme.js';

setUpThemeToggle();
setUpMenu();
setUpSearch();
setUpRequestConsoles();
setUpCopyButtons();
setUpWideTables();
