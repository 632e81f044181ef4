import { describe, expect, it } from 'vitest';
import { summarize, validateIdl } from './idl.js';

const service = (paginated: string) => `
namespace ns
${paginated}
service Svc { version: "1", operations: [List] }
`;

describe('PaginatedTrait', () => {
  it('accepts a well-formed paginated operation', () => {
    const events = validateIdl(`${service('')}
@readonly
@paginated(inputToken: "nextToken", outputToken: "page.nextToken", pageSize: "maxResults", items: "items")
operation List {
  input := { nextToken: String, maxResults: Integer }
  output := { page: Page, items: Items }
}
structure Page { nextToken: String }
list Items { member: String }
`);
    expect(summarize(events)).toEqual([]);
  });

  it('reports missing members, wrong types and required tokens', () => {
    const events = validateIdl(`${service('')}
@paginated(inputToken: "token", outputToken: "next", pageSize: "size", items: "missing")
operation List {
  input := { @required token: String, size: String }
  output := { next: Integer }
}
`);
    expect(summarize(events)).toEqual([
      'ERROR PaginatedTrait ns#List: paginated trait `inputToken` member `token` must not be required',
      'ERROR PaginatedTrait ns#List: paginated trait `pageSize` member `size` targets a string shape, but must target one of the following: [`byte`, `integer`, `long`, `short`]',
      'ERROR PaginatedTrait ns#List: paginated trait `outputToken` member `next` targets a integer shape, but must target one of the following: [`map`, `string`]',
      'ERROR PaginatedTrait ns#List: paginated trait `items` targets a member `missing` that does not exist',
    ]);
    expect(events[0]?.hint).toContain('Remove `@required`');
    expect(events[0]?.sourceLocation?.filename).toBe('test.smithy');
  });

  it('merges the service defaults and requires both tokens once merged', () => {
    const merged =
      validateIdl(`${service('@paginated(inputToken: "nextToken", outputToken: "nextToken")')}
@paginated(items: "items")
operation List {
  input := { nextToken: String }
  output := { nextToken: String, items: Items }
}
list Items { member: String }
`);
    expect(summarize(merged)).toEqual([]);
    const unmerged = validateIdl(`${service('')}
@paginated(items: "items")
operation List {
  input := { nextToken: String }
  output := { items: Items }
}
list Items { member: String }
`);
    expect(summarize(unmerged)).toEqual([
      'ERROR PaginatedTrait ns#List: When bound within the `ns#Svc` service, paginated trait `inputToken` is not configured',
      'ERROR PaginatedTrait ns#List: When bound within the `ns#Svc` service, paginated trait `outputToken` is not configured',
    ]);
  });
});
