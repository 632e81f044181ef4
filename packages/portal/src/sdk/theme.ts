/**
 * @module typedoc's default theme, made to pass axe. The page layout typedoc builds is a JSX tree
 * of plain elements; before it is rendered, {@link accessibleLayout} gives it landmarks (the content
 * in `<main>`, the page menu in `<aside>`, a name for each `<nav>`), takes the permalink out of
 * every `<summary>` (a link inside the toggle is two controls in one), and sets `aria-level` where a
 * heading skips a level (typedoc picks heading tags for their look: an `<h4>` for a comment's
 * `@deprecated` right under the page's `<h1>`). Tags and classes stay as they are, so typedoc's CSS
 * and scripts keep working. The sidebar tree, which typedoc's script renders, is given to it with
 * no link inside a folder's toggle: a module's own page becomes the first entry of its folder.
 */
import type { JSX } from 'typedoc';
import { DefaultTheme, type NavigationElement, type Renderer } from 'typedoc';

type Children = JSX.Children;

function propsOf(element: JSX.Element): Record<string, unknown> {
  return (element.props ?? {}) as Record<string, unknown>;
}

function classesOf(element: JSX.Element): string[] {
  const value = propsOf(element).class;
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

function isElement(child: Children): child is JSX.Element {
  return typeof child === 'object' && child !== null && !Array.isArray(child);
}

/** Labels of typedoc's `<nav>` landmarks, by id or class, so a screen reader can tell them apart. */
const NAV_LABELS: readonly [test: (element: JSX.Element) => boolean, label: string][] = [
  [(e) => propsOf(e).id === 'tsd-sidebar-links', 'Developer portal'],
  [(e) => classesOf(e).includes('tsd-navigation'), 'SDK reference'],
];

/** The landmark element a layout `<div>` becomes, by its class. */
function landmarkTag(element: JSX.Element): string | undefined {
  if (element.tag !== 'div') return undefined;
  const classes = classesOf(element);
  if (classes.includes('col-content')) return 'main';
  if (classes.includes('col-sidebar')) return 'aside';
  return undefined;
}

interface Walk {
  /** Level of the last heading seen in document order (0 before the first). */
  lastLevel: number;
  insideSummary: boolean;
}

function rewrite(child: Children, walk: Walk): Children {
  if (Array.isArray(child)) return child.map((c) => rewrite(c, walk));
  if (!isElement(child) || typeof child.tag !== 'string') {
    return isElement(child)
      ? { ...child, children: child.children.map((c) => rewrite(c, walk)) }
      : child;
  }
  const props = { ...propsOf(child) };
  const tag = landmarkTag(child) ?? child.tag;
  if (tag === 'a' && walk.insideSummary && classesOf(child).includes('tsd-anchor-icon'))
    return null;
  if (tag === 'nav' && props['aria-label'] === undefined) {
    props['aria-label'] = NAV_LABELS.find(([test]) => test(child))?.[1];
  }
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    const level = Math.min(Number(heading[1]), walk.lastLevel + 1);
    if (level !== Number(heading[1])) props['aria-level'] = String(level);
    walk.lastLevel = level;
  }
  const insideSummary = walk.insideSummary;
  if (tag === 'summary') walk.insideSummary = true;
  const children = child.children.map((c) => rewrite(c, walk));
  walk.insideSummary = insideSummary;
  return { tag, props, children };
}

/** The page typedoc laid out, with the landmarks, controls and heading levels axe asks for. */
export function accessibleLayout(page: JSX.Element): JSX.Element {
  return rewrite(page, { lastLevel: 0, insideSummary: false }) as JSX.Element;
}

/**
 * The sidebar tree without a link in any folder's toggle: a node with both a page and children
 * becomes a folder whose first entry is that page.
 */
export function navigationWithoutLinkedFolders(
  elements: readonly NavigationElement[],
): NavigationElement[] {
  return elements.map((element) => {
    if (!element.children?.length) return element;
    const children = navigationWithoutLinkedFolders(element.children);
    if (element.path === undefined) return { ...element, children };
    const { path, kind, ...folder } = element;
    return { ...folder, children: [{ text: element.text, path, kind }, ...children] };
  });
}

export class AccessibleTheme extends DefaultTheme {
  constructor(renderer: Renderer) {
    super(renderer);
    const layout = this.defaultLayoutTemplate;
    this.defaultLayoutTemplate = (page, template) => accessibleLayout(layout(page, template));
  }

  override buildNavigation(
    ...args: Parameters<DefaultTheme['buildNavigation']>
  ): NavigationElement[] {
    return navigationWithoutLinkedFolders(super.buildNavigation(...args));
  }
}
