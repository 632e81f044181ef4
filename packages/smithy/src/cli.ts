/**
 * @module The `smithy` command line: `validate <paths...>` prints every event and a summary of the
 * services; `ast <paths...>` prints the model as Smithy JSON AST. Both exit non-zero when the
 * model has ERROR or DANGER events (1) or the command line is wrong (2).
 */
import { pathToFileURL } from 'node:url';
import { formatEvent, loadModel, stringifyNode } from './index.js';
import type { LoadResult, Severity } from './index.js';

const USAGE = `Usage: smithy <command> [options] <paths...>

Commands:
  validate   load and validate the model, print its events and a summary of its services
  ast        load the model and print it as Smithy JSON AST (events go to stderr)

Paths are .smithy / .json files or directories (searched recursively).

Built in: the Smithy prelude (smithy.api) and the AWS core traits (aws.api, aws.auth,
aws.protocols, aws.customizations: what Smithy's smithy-aws-traits package defines). Traits
of other packages (aws.iam, aws.cloudformation, smithy.rules, smithy.waiters, ...) come from
their definition files, passed as paths with the model, e.g.
  smithy validate traits/*.smithy model/service.json
A shape defined in those files replaces the built-in one of the same id.

ERROR and DANGER events make the model invalid. Events matched by the model's
\`metadata suppressions\` or \`@suppress\` trait become SUPPRESSED: counted, never a failure.

Options:
  --no-validate   skip the validators (syntax and load errors are still reported)
  --verbose       also print NOTE and SUPPRESSED events
  -h, --help      show this help`;

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const stdio: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Runs the CLI and returns its exit code. */
export function runCli(args: readonly string[], io: CliIo = stdio): number {
  const flags = new Set(args.filter((a) => a.startsWith('-')));
  const [command, ...paths] = args.filter((a) => !a.startsWith('-'));
  if (flags.has('-h') || flags.has('--help')) {
    io.out(USAGE);
    return 0;
  }
  const unknown = [...flags].filter((f) => !['--no-validate', '--verbose'].includes(f));
  if (unknown.length > 0 || (command !== 'validate' && command !== 'ast') || paths.length === 0) {
    const why =
      unknown.length > 0
        ? `Unknown option ${unknown.join(', ')}`
        : command === undefined
          ? 'Missing command'
          : command !== 'validate' && command !== 'ast'
            ? `Unknown command "${command}"`
            : 'Missing model paths';
    io.err(`${why}.\n\n${USAGE}`);
    return 2;
  }
  const result = loadModel({ files: paths, validate: !flags.has('--no-validate') });
  const quiet = new Set<Severity>(['NOTE', 'SUPPRESSED']);
  const shown = result.events.filter((e) => flags.has('--verbose') || !quiet.has(e.severity));
  const print = command === 'ast' ? io.err : io.out;
  for (const event of shown) print(formatEvent(event));
  if (command === 'ast') {
    if (result.ok) io.out(stringifyNode(result.model.toJsonAst()));
  } else {
    for (const line of summary(result)) io.out(line);
  }
  const counts = countBySeverity(result);
  const tally = (['ERROR', 'DANGER', 'WARNING', 'SUPPRESSED'] as const).map(
    (s) => `${counts[s]} ${s}`,
  );
  print(`${result.ok ? 'Model is valid' : 'Model is invalid'}: ${tally.join(', ')}.`);
  return result.ok ? 0 : 1;
}

/** One line per service: its version, operations, resources and reachable shapes. */
function summary(result: LoadResult): string[] {
  const { model } = result;
  const own = model.shapes().filter((s) => !model.isBuiltIn(s.id));
  const lines = [`${own.length} shapes (built-ins excluded), ${countServices(result)} services.`];
  const byNamespace = new Map<string, { services: number; operations: number }>();
  for (const service of model.shapesOfType('service')) {
    const ns = service.id.slice(0, service.id.indexOf('#'));
    const entry = byNamespace.get(ns) ?? { services: 0, operations: 0 };
    entry.services++;
    entry.operations += model.serviceClosure(service.id).operations.length;
    byNamespace.set(ns, entry);
  }
  for (const [ns, { services, operations }] of byNamespace) {
    lines.push(`${ns}: ${services} services, ${operations} operations`);
  }
  for (const service of model.shapesOfType('service')) {
    const closure = model.serviceClosure(service.id);
    lines.push(
      `  ${service.id}${service.version ? ` (version ${service.version})` : ''}: ` +
        `${closure.operations.length} operations, ${closure.resources.length} resources, ` +
        `${closure.shapeIds.filter((id) => !model.isBuiltIn(id)).length} shapes`,
    );
  }
  return lines;
}

function countServices(result: LoadResult): number {
  return result.model.shapesOfType('service').length;
}

function countBySeverity(result: LoadResult): Record<Severity, number> {
  const counts: Record<Severity, number> = {
    ERROR: 0,
    DANGER: 0,
    WARNING: 0,
    NOTE: 0,
    SUPPRESSED: 0,
  };
  for (const event of result.events) counts[event.severity]++;
  return counts;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = runCli(process.argv.slice(2));
}
