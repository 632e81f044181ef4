/**
 * @module What a model difference is made of: each change has a stable code, a severity for
 * partners (breaking or additive) and the place it happened. The changelog and the
 * breaking-change gate both read these.
 */

/** `breaking`: a working integration can fail. `additive`: new things only. */
export type Severity = 'breaking' | 'additive';

export type ChangeCode =
  | 'OperationRemoved'
  | 'OperationAdded'
  | 'OperationRenamed'
  | 'HttpBindingChanged'
  | 'SuccessStatusChanged'
  | 'ScopeAdded'
  | 'ScopeRemoved'
  | 'PaginationChanged'
  | 'MemberRemoved'
  | 'MemberAdded'
  | 'MemberRenamed'
  | 'RequiredMemberAdded'
  | 'MemberBecameRequired'
  | 'MemberBecameOptional'
  | 'MemberBindingChanged'
  | 'TypeChanged'
  | 'EnumValueRemoved'
  | 'EnumValueAdded'
  | 'ConstraintNarrowed'
  | 'ErrorAdded'
  | 'WebhookEventRemoved'
  | 'WebhookEventAdded';

export interface ModelChange {
  readonly severity: Severity;
  readonly code: ChangeCode;
  /** Where: `Commercial.ListOrders`, `ListOrders input.pageSize`, `Order.totalCents`. */
  readonly subject: string;
  /** One sentence for partners. */
  readonly message: string;
  /** What a partner changes in their code to follow, when the change says it (renames). */
  readonly migration?: string;
}

/** Breaking changes first, then by subject, then by code: a stable order for reports. */
export function sortChanges(changes: readonly ModelChange[]): ModelChange[] {
  const rank = (s: Severity): number => (s === 'breaking' ? 0 : 1);
  return [...changes].sort(
    (a, b) =>
      rank(a.severity) - rank(b.severity) ||
      a.subject.localeCompare(b.subject) ||
      a.code.localeCompare(b.code),
  );
}
