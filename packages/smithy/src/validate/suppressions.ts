/**
 * @module Suppressions and severity overrides, as Smithy's `ModelBasedEventDecorator` applies
 * them to every event of a validated model: the `@suppress` trait of the event's own shape, then
 * `metadata suppressions`, turn a NOTE, WARNING or DANGER event into SUPPRESSED (still reported,
 * never a failure); `metadata severityOverrides` raise an unsuppressed event to WARNING or
 * DANGER. ERROR events are never changed. Event ids match by dot segments: `Foo` matches `Foo`
 * and `Foo.Bar`, not `FooBar`.
 */
import { errorEvent, warningEvent } from '../events.js';
import { asList, asObject, asString, asStringList } from '../model/node.js';
import { shapeNamespace } from '../model/shape-ids.js';
import type { NodeValue, SemanticModel, Severity, ValidationEvent } from '../model/shapes.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

interface Rule {
  readonly id: string;
  /** A namespace, or `*` for every event (also those about no shape). */
  readonly namespace: string;
}

interface Suppression extends Rule {
  readonly reason?: string;
}

interface SeverityOverride extends Rule {
  readonly severity: 'WARNING' | 'DANGER';
}

const RANK: Readonly<Record<Severity, number>> = {
  SUPPRESSED: 0,
  NOTE: 1,
  WARNING: 2,
  DANGER: 3,
  ERROR: 4,
};

/** Smithy's hierarchical match: `Foo` matches `Foo` and `Foo.Bar`, never `FooBar`. */
export function eventIdMatches(eventId: string, suppressionId: string): boolean {
  return (
    eventId === suppressionId ||
    (eventId.startsWith(suppressionId) && eventId[suppressionId.length] === '.')
  );
}

/**
 * Applies the model's suppressions and severity overrides to `events`. Returns the events (in the
 * same order) followed by events about malformed `suppressions` / `severityOverrides` metadata.
 */
export function applySuppressions(
  model: SemanticModel,
  events: readonly ValidationEvent[],
): ValidationEvent[] {
  const problems: ValidationEvent[] = [];
  const suppressions = readRules(model, 'suppressions', problems, readSuppression);
  const overrides = readRules(model, 'severityOverrides', problems, readOverride);
  const decorate = (event: ValidationEvent): ValidationEvent =>
    decorateEvent(model, event, suppressions, overrides);
  return [...events.map(decorate), ...problems.map(decorate)];
}

function suppressTraitOf(model: SemanticModel, shapeId: string): readonly string[] | undefined {
  const subject = shapeId.includes('$') ? model.getMember(shapeId) : model.getShape(shapeId);
  return asStringList(subject?.traits[TRAIT_IDS.suppress]);
}

function decorateEvent(
  model: SemanticModel,
  event: ValidationEvent,
  suppressions: readonly Suppression[],
  overrides: readonly SeverityOverride[],
): ValidationEvent {
  if (event.severity === 'ERROR' || event.severity === 'SUPPRESSED') return event;
  // The trait suppresses events about the very shape or member it is applied to, nothing else.
  const traitIds = event.shapeId === undefined ? undefined : suppressTraitOf(model, event.shapeId);
  if (traitIds?.some((id) => eventIdMatches(event.id, id))) {
    return { ...event, severity: 'SUPPRESSED' };
  }
  const suppression = suppressions.find((s) => ruleMatches(s, event));
  if (suppression) {
    const { reason } = suppression;
    return { ...event, severity: 'SUPPRESSED', ...(reason ? { suppressionReason: reason } : {}) };
  }
  let severity = event.severity;
  for (const override of overrides) {
    if (ruleMatches(override, event) && RANK[override.severity] > RANK[severity]) {
      severity = override.severity;
    }
  }
  return severity === event.severity ? event : { ...event, severity };
}

function ruleMatches(rule: Rule, event: ValidationEvent): boolean {
  if (!eventIdMatches(event.id, rule.id)) return false;
  if (rule.namespace === '*') return true;
  return event.shapeId !== undefined && shapeNamespace(event.shapeId) === rule.namespace;
}

type ReadRule<T> = (entry: NodeValue, report: (message: string) => void) => T | undefined;

/** Reads one metadata list of rules; each malformed entry becomes an ERROR and is skipped. */
function readRules<T>(
  model: SemanticModel,
  key: 'suppressions' | 'severityOverrides',
  problems: ValidationEvent[],
  read: ReadRule<T>,
): T[] {
  const value = model.metadata[key];
  if (value === undefined) return [];
  const location = model.metadataLocation?.(key);
  const example =
    key === 'suppressions'
      ? '`metadata suppressions = [{ id: "EventId", namespace: "*", reason: "why" }]`'
      : '`metadata severityOverrides = [{ id: "EventId", namespace: "*", severity: "DANGER" }]`';
  // Smithy's own wording first (so messages compare with its test data), then where it is.
  const error = (message: string, index?: number) =>
    problems.push(
      errorEvent(
        'Model',
        `${message} (metadata \`${key}\`${index === undefined ? '' : `, element ${index}`})`,
        location,
        `Write it as ${example}.`,
      ),
    );
  const list = asList(value);
  if (!list) {
    error(`Expected array, but found ${nodeKind(value)}.`);
    return [];
  }
  const rules: T[] = [];
  list.forEach((entry, index) => {
    if (!asObject(entry)) {
      error(`Expected array element ${index} to be a object but found ${nodeKind(entry)}.`, index);
      return;
    }
    const rule = read(entry, (message) => error(message, index));
    if (rule) rules.push(rule);
    const extra = Object.keys(asObject(entry)!).filter((k) => !RULE_KEYS[key].includes(k));
    if (extra.length > 0) {
      problems.push(
        warningEvent(
          'Model',
          `Metadata \`${key}\` element ${index} has unknown properties: ${extra.join(', ')}`,
          location,
          `Use only ${RULE_KEYS[key].join(', ')}; the others are ignored.`,
        ),
      );
    }
  });
  return rules;
}

const RULE_KEYS: Readonly<Record<'suppressions' | 'severityOverrides', readonly string[]>> = {
  suppressions: ['id', 'namespace', 'reason'],
  severityOverrides: ['id', 'namespace', 'severity'],
};

function readRule(entry: NodeValue, report: (message: string) => void): Rule | undefined {
  const object = asObject(entry)!;
  for (const key of ['id', 'namespace']) {
    if (object[key] === undefined) {
      report(`Missing expected member \`${key}\`.`);
      return undefined;
    }
    if (asString(object[key]) === undefined) {
      report(`Expected \`${key}\` to be a string but found ${nodeKind(object[key]!)}.`);
      return undefined;
    }
  }
  return { id: asString(object['id'])!, namespace: asString(object['namespace'])! };
}

function readSuppression(entry: NodeValue, report: (message: string) => void) {
  const rule = readRule(entry, report);
  if (!rule) return undefined;
  const reason = asObject(entry)!['reason'];
  if (reason !== undefined && asString(reason) === undefined) {
    report(`Expected \`reason\` to be a string but found ${nodeKind(reason)}.`);
    return undefined;
  }
  return { ...rule, ...(reason === undefined ? {} : { reason: asString(reason)! }) };
}

function readOverride(
  entry: NodeValue,
  report: (message: string) => void,
): SeverityOverride | undefined {
  const rule = readRule(entry, report);
  if (!rule) return undefined;
  const severity = asObject(entry)!['severity'];
  if (severity === undefined) {
    report('Missing expected member `severity`.');
    return undefined;
  }
  if (severity !== 'WARNING' && severity !== 'DANGER') {
    const got = typeof severity === 'string' ? `\`${severity}\`` : nodeKind(severity);
    report(`Expected one of \`DANGER\`, \`WARNING\`; got ${got}.`);
    return undefined;
  }
  return { ...rule, severity };
}

/** Smithy's names for node kinds, as its messages use them. */
function nodeKind(value: NodeValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return asObject(value) ? 'object' : 'number';
  return typeof value;
}
