/** @module The portal's front page: where to start, and a way into each API version. */
import { html } from '../site/html.js';
import type { NavLink, VersionNav } from '../site/nav.js';
import type { Page } from '../site/page.js';
import { formatDate } from '../site/layout.js';
import { relativeHref } from '../site/paths.js';

const PATH = 'index.html';

function versionCard(version: VersionNav): ReturnType<typeof html> {
  const { state, sunsetAt } = version.status;
  const note =
    state === 'deprecated'
      ? `Deprecated${sunsetAt ? `; retired on ${formatDate(sunsetAt)}` : ''}.`
      : state === 'current'
        ? 'Current version: start here.'
        : 'Supported.';
  return html`<li>
    <a href="${relativeHref(PATH, version.index)}"><strong>API ${version.name}</strong>${note}</a>
  </li>`;
}

export function homePage(guides: readonly NavLink[], versions: readonly VersionNav[]): Page {
  const [first, ...rest] = guides;
  const body = html`<h1>Platform API for partners</h1>
    <p>
      Build on the Platform API with the typed TypeScript SDK <code>@platform/api-client</code>:
      OAuth client credentials, retries, pagination, typed errors and webhook verification are built
      in. Every page here is generated from the same Smithy model as the SDK and the sandbox, so
      what you read is what the API does.
    </p>
    ${
      first
        ? html`<p><a class="cta" href="${relativeHref(PATH, first.path)}">${first.title} →</a></p>`
        : ''
    }
    ${
      versions.length > 0
        ? html`<h2 id="api-reference">API reference</h2>
            <ul class="card-grid">
              ${[...versions].reverse().map(versionCard)}
            </ul>`
        : ''
    }
    <h2 id="guides">Guides</h2>
    <ul class="card-grid">
      ${[first, ...rest]
        .filter((g): g is NavLink => g !== undefined)
        .map(
          (g) =>
            html`<li>
              <a href="${relativeHref(PATH, g.path)}"><strong>${g.title}</strong></a>
            </li>`,
        )}
    </ul>`;
  return {
    path: PATH,
    title: 'Home',
    description: 'Guides, API reference and SDK reference for partners of the Platform API.',
    section: 'home',
    body,
    toc: [],
    search: [],
  };
}
