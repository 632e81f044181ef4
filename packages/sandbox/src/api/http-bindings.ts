/**
 * @module restJson1 HTTP bindings of an operation's input and output: which member comes from
 * the path, the query string, a header or the JSON body on the way in, and which goes to the
 * status line, a header or the body on the way out.
 */
import type { Member, StructureShape } from '@platform/smithy';

export type Binding =
  'label' | 'query' | 'queryParams' | 'header' | 'payload' | 'responseCode' | 'body';

const BINDING_TRAITS: readonly [string, Binding][] = [
  ['smithy.api#httpLabel', 'label'],
  ['smithy.api#httpQuery', 'query'],
  ['smithy.api#httpQueryParams', 'queryParams'],
  ['smithy.api#httpHeader', 'header'],
  ['smithy.api#httpPayload', 'payload'],
  ['smithy.api#httpResponseCode', 'responseCode'],
];

export interface BoundMember {
  readonly member: Member;
  readonly binding: Binding;
  /** The query parameter or header name, for `query` and `header`. */
  readonly wireName?: string;
}

export function bindingsOf(shape: StructureShape): BoundMember[] {
  return [...shape.members.values()].map((member) => {
    for (const [trait, binding] of BINDING_TRAITS) {
      if (trait in member.traits) {
        const value = member.traits[trait];
        return typeof value === 'string' && value !== ''
          ? { member, binding, wireName: value }
          : { member, binding };
      }
    }
    return { member, binding: 'body' };
  });
}
