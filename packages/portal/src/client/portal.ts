/**
 * @module The portal's only browser script (bundled by esbuild at build time): the dark-mode
 * toggle, live search over the prebuilt index, the request console of operation pages, and copy
 * buttons on code blocks. Pages are complete without it.
 */
import { setUpRequestConsoles } from './console.js';
import { setUpCopyButtons } from './copy.js';
import { setUpSearch } from './search.js';
import { setUpThemeToggle } from './theme.js';

setUpThemeToggle();
setUpSearch();
setUpRequestConsoles();
setUpCopyButtons();
