/**
 * @module Entry point of the validators: runs every rule group over a loaded model and returns
 * the events sorted by location, so output is stable whatever order the rules ran in.
 */
import { sortEvents } from '../events.js';
import type { SemanticModel, ValidationEvent } from '../model/shapes.js';
import type { ValidationRule } from './event.js';
import { validateAuth } from './auth.js';
import { validateConstraintTraits } from './constraints.js';
import { validateDefaults } from './defaults.js';
import { validateEnums } from './enums.js';
import { validateExclusiveMembers } from './exclusive-members.js';
import { validateHeadersAndQuery } from './http/headers-query.js';
import { validateIgnoredBindings } from './http/ignored-bindings.js';
import { validateHttpLabels } from './http/labels.js';
import { validateHttpPayloads } from './http/payload.js';
import { validateHttpSemantics } from './http/semantics.js';
import { validateUriConflicts } from './http/uri-conflicts.js';
import { validateHttpUris } from './http/uri-rules.js';
import { MODEL_VALIDATOR_IDS, validateMetadataValidators } from './model-validators/index.js';
import { validateTraitValidators } from './model-validators/trait-validators.js';
import { validatePaginated } from './paginated.js';
import { validateReferences } from './references.js';
import { validateEnvironments } from './platform/environments.js';
import { validateLifecycle } from './platform/lifecycle.js';
import { validateRequiredScopes } from './platform/scopes.js';
import { validateWebhooks } from './platform/webhooks.js';
import { validateTargets } from './targets.js';
import { validateTraitConflicts } from './trait-conflicts.js';
import { validateTraitTargets } from './trait-targets.js';
import { validateTraitValues } from './trait-values.js';
import { validateUnions } from './unions.js';
import { validateDefaultsInUpdates } from './update-defaults.js';

interface RuleGroup {
  /** The event ids (Smithy's validator names) the group emits, before any `.Detail` suffix. */
  readonly ids: readonly string[];
  readonly run: ValidationRule;
}

/**
 * As in Smithy: `correctness` rules (targets resolve) run first, then `critical` ones (traits are
 * valid where applied); a later stage runs only when the earlier ones found no ERROR, so one
 * broken reference does not cascade into dozens of follow-on events.
 */
type Stage = 'correctness' | 'critical' | 'other';

/** The rule groups of each stage, in the order they run. */
const RULES: Readonly<Record<Stage, readonly RuleGroup[]>> = {
  correctness: [{ ids: ['Target'], run: validateTargets }],
  critical: [
    { ids: ['TraitTarget'], run: validateTraitTargets },
    { ids: ['TraitConflict'], run: validateTraitConflicts },
    { ids: ['ExclusiveStructureMemberTrait'], run: validateExclusiveMembers },
    { ids: ['EnumShape'], run: validateEnums },
    { ids: ['TraitValue'], run: validateTraitValues },
    { ids: ['DefaultTrait'], run: validateDefaults },
  ],
  other: [
    { ids: ['HttpUriFormat', 'HttpUriGreedyLabel'], run: validateHttpUris },
    { ids: ['HttpLabelTrait'], run: validateHttpLabels },
    {
      ids: ['HttpHeaderTrait', 'HttpPrefixHeadersTrait', 'HttpQueryTrait', 'HttpQueryParamsTrait'],
      run: validateHeadersAndQuery,
    },
    { ids: ['HttpPayload'], run: validateHttpPayloads },
    { ids: ['HttpBindingTraitIgnored'], run: validateIgnoredBindings },
    { ids: ['HttpUriConflict'], run: validateUriConflicts },
    {
      ids: ['HttpResponseCodeSemantics', 'HttpMethodSemantics', 'HttpBindingsMissing'],
      run: validateHttpSemantics,
    },
    { ids: ['PaginatedTrait'], run: validatePaginated },
    { ids: ['DefaultValueInUpdate'], run: validateDefaultsInUpdates },
    { ids: ['Union'], run: validateUnions },
    { ids: ['RangeTrait', 'LengthTrait', 'PatternTrait'], run: validateConstraintTraits },
    { ids: ['ReferencesTrait'], run: validateReferences },
    { ids: ['AuthTrait', 'ServiceAuthDefinitions', 'HttpApiKeyAuthTrait'], run: validateAuth },
    { ids: ['PlatformRequiredScopes'], run: validateRequiredScopes },
    { ids: ['PlatformEnvironments'], run: validateEnvironments },
    { ids: ['PlatformLifecycle'], run: validateLifecycle },
    { ids: ['PlatformWebhooks'], run: validateWebhooks },
    { ids: ['TraitValidators'], run: validateTraitValidators },
    { ids: MODEL_VALIDATOR_IDS, run: validateMetadataValidators },
  ],
};

/** Event ids of Smithy's critical validators (ours and those we do not implement). */
export const CRITICAL_EVENT_IDS: ReadonlySet<string> = new Set([
  'Target',
  'ResourceCycle',
  'EnumShape',
  'ExclusiveStructureMemberTrait',
  'TraitTarget',
  'TraitValue',
  'TraitConflict',
  'DefaultTrait',
  'ShapeIdConflict',
  'SingleOperationBinding',
  'SingleResourceBinding',
]);

/** Every event id the validators can emit (without `.Detail` suffixes), sorted. */
export function validatorEventIds(): string[] {
  return Object.values(RULES)
    .flat()
    .flatMap((r) => r.ids)
    .sort();
}

export interface ValidateOptions {
  /**
   * Run the `other` rules even when `critical` ones found errors (Smithy's legacy validation mode,
   * which its own test suite uses for `.errors` files that mix both kinds). Default false.
   */
  readonly continueAfterCriticalErrors?: boolean;
}

/** Runs every validator over `model`. Never throws on a bad model: problems become events. */
export function validateModel(
  model: SemanticModel,
  options: ValidateOptions = {},
): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const stage of ['correctness', 'critical', 'other'] as const) {
    const hasErrors = events.some((e) => e.severity === 'ERROR');
    if (hasErrors && (stage === 'critical' || !options.continueAfterCriticalErrors)) break;
    for (const rule of RULES[stage]) events.push(...runRule(rule, model));
  }
  return sortEvents(events);
}

function runRule(rule: RuleGroup, model: SemanticModel): ValidationEvent[] {
  try {
    return rule.run(model);
  } catch (cause) {
    // A validator bug must not hide the other rules' findings; report it as an event instead.
    const reason = cause instanceof Error ? cause.message : String(cause);
    return [
      {
        id: 'ValidatorError',
        severity: 'ERROR',
        message: `The ${rule.ids.join('/')} validator failed: ${reason}`,
        hint: 'This is a bug in the validator, not necessarily in the model; please report it.',
      },
    ];
  }
}
