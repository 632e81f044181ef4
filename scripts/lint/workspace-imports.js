// @ts-check
/**
 * @module scripts/lint/workspace-imports
 *
 * ESLint rule `platform/workspace-imports`: an import of a workspace package (`@platform/x` or
 * `@platform/x/sub`) names an entry that package declares in its `exports` map, and the
 * importing package declares the dependency in its own `package.json`. Without it, a package
 * could reach into another's internals through a subpath that happens to resolve, or lean on a
 * sibling only because npm workspaces link every package into `node_modules`, and the package
 * would break once installed on its own. Relative paths into another package and import cycles
 * are left to `import-x/no-relative-packages` and `import-x/no-cycle`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const SCOPE = '@platform/';
const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
];

/**
 * @typedef {{ name?: string, exports?: unknown, workspaces?: string[],
 *   [field: string]: unknown }} Manifest
 * @typedef {{ dir: string, manifest: Manifest }} Package
 */

/** @type {Map<string, Manifest | undefined>} */
const manifests = new Map();

/** @param {string} dir */
function manifestIn(dir) {
  if (!manifests.has(dir)) {
    const file = join(dir, 'package.json');
    manifests.set(dir, existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
  }
  return manifests.get(dir);
}

/**
 * The nearest package around `file`, and the workspace root above it.
 * @param {string} file
 * @returns {{ owner?: Package, root?: Package }}
 */
function packagesAround(file) {
  /** @type {Package | undefined} */
  let owner;
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const manifest = manifestIn(dir);
    if (manifest) {
      owner ??= { dir, manifest };
      if (manifest.workspaces) return { owner, root: { dir, manifest } };
    }
    if (dirname(dir) === dir) return { owner };
  }
}

/** @type {Map<string, Map<string, Package>>} */
const workspaceCache = new Map();

/**
 * Workspace packages by name (`workspaces` entries of the form `dir/*` or `dir`).
 * @param {Package} root
 */
function workspacePackages(root) {
  let found = workspaceCache.get(root.dir);
  if (found) return found;
  found = new Map();
  for (const pattern of root.manifest.workspaces ?? []) {
    const dirs = pattern.endsWith('/*')
      ? readdirSync(join(root.dir, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => join(root.dir, pattern.slice(0, -2), entry.name))
      : [join(root.dir, pattern)];
    for (const dir of dirs) {
      const manifest = manifestIn(dir);
      if (manifest?.name) found.set(manifest.name, { dir, manifest });
    }
  }
  workspaceCache.set(root.dir, found);
  return found;
}

/**
 * Subpaths a package offers (`.`, `./webhooks`, …).
 * @param {Manifest} manifest
 */
function entriesOf(manifest) {
  const { exports } = manifest;
  if (exports === undefined || typeof exports === 'string' || Array.isArray(exports)) {
    return ['.'];
  }
  const keys = Object.keys(/** @type {object} */ (exports));
  return keys.every((key) => key.startsWith('.')) ? keys : ['.'];
}

/** @param {Manifest} manifest @param {string} name */
function declares(manifest, name) {
  return DEPENDENCY_FIELDS.some((field) => {
    const deps = manifest[field];
    return typeof deps === 'object' && deps !== null && Object.hasOwn(deps, name);
  });
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Workspace packages are imported only through declared entries, and only when declared as dependencies',
    },
    schema: [],
    messages: {
      unknownPackage: '{{name}} is not a package of this workspace.',
      undeclaredEntry:
        "'{{specifier}}' is not an entry of {{name}}: import one its package.json `exports` declares ({{entries}}).",
      undeclaredDependency:
        '{{name}} is imported but not declared in {{manifest}}: add it to dependencies (or devDependencies for tests and tools).',
    },
  },
  create(context) {
    const { owner, root } = packagesAround(context.physicalFilename);
    if (!owner || !root) return {};
    const workspace = workspacePackages(root);

    /** @param {import('estree').Node | null | undefined} source */
    function check(source) {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      const specifier = source.value;
      if (!specifier.startsWith(SCOPE)) return;
      const name = specifier.split('/').slice(0, 2).join('/');
      const target = workspace.get(name);
      if (!target) {
        context.report({ node: source, messageId: 'unknownPackage', data: { name } });
        return;
      }
      const entries = entriesOf(target.manifest);
      const subpath = `.${specifier.slice(name.length)}`;
      if (!entries.includes(subpath)) {
        const data = { specifier, name, entries: entries.join(', ') };
        context.report({ node: source, messageId: 'undeclaredEntry', data });
      }
      if (owner.manifest.name !== name && !declares(owner.manifest, name)) {
        const manifest = join(relative(root.dir, owner.dir) || '.', 'package.json');
        context.report({
          node: source,
          messageId: 'undeclaredDependency',
          data: { name, manifest },
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default rule;
