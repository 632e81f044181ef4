/**
 * @module The site map every page's navigation is drawn from: guides in reading order, and for
 * each API version its status and its reference pages.
 */
import type { SitePath } from './page.js';

export interface NavLink {
  readonly title: string;
  readonly path: SitePath;
  /** Shown before the title in a badge (an HTTP method for operations). */
  readonly badge?: string;
}

export interface NavGroup {
  readonly title: string;
  readonly links: readonly NavLink[];
}

/** Where a version stands in its lifecycle, from the model's `@lifecycle` trait. */
export interface VersionStatus {
  /** `current` is the newest released major; older ones are `supported` or `deprecated`. */
  readonly state: 'current' | 'supported' | 'deprecated';
  readonly releasedAt?: string;
  readonly deprecatedAt?: string;
  readonly sunsetAt?: string;
  /** The version partners should move to (`v2`). */
  readonly successor?: string;
  readonly policyUrl?: string;
}

export interface VersionNav {
  /** `v1`, `v2`: also the folder of the version's pages. */
  readonly name: string;
  readonly status: VersionStatus;
  /** The version's overview page. */
  readonly index: SitePath;
  readonly groups: readonly NavGroup[];
}

export interface SiteNav {
  readonly guides: readonly NavLink[];
  readonly versions: readonly VersionNav[];
  /** Pages outside guides and versions (changelog, SDK reference), in order. */
  readonly more: readonly NavLink[];
}
