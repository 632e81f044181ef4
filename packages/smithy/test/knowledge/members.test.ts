import { describe, expect, it } from 'vitest';
import { loadModel, memberTargets, membersOf, shapeClosure, shapeName } from '../../src/index.js';

const { model } = loadModel({
  sources: [
    {
      filename: 'closure.smithy',
      text: `$version: "2.0"
namespace ns

service Shop { version: "1", operations: [GetOrder], resources: [Cart] }
resource Cart { identifiers: { cartId: String }, read: GetCart }
@readonly @http(method: "GET", uri: "/orders/{id}")
operation GetOrder { input := { @required @httpLabel id: String }, output := { order: Order }, errors: [Oops] }
@readonly @http(method: "GET", uri: "/carts/{cartId}")
operation GetCart { input := { @required @httpLabel cartId: String }, output := { items: Items } }
@error("client") structure Oops {}
@mixin structure Stamped { at: Timestamp }
structure Order with [Stamped] { tags: Tags }
list Items { member: Order }
map Tags { key: String, value: String }
structure Unused {}
`,
    },
  ],
});

describe('membersOf', () => {
  it('lists structure, list and map members in declaration order', () => {
    expect(membersOf(model.expectShape('ns#Order')).map((m) => m.name)).toEqual(['at', 'tags']);
    expect(membersOf(model.expectShape('ns#Items')).map((m) => m.name)).toEqual(['member']);
    expect(memberTargets(model.expectShape('ns#Tags'))).toEqual([
      'smithy.api#String',
      'smithy.api#String',
    ]);
    expect(membersOf(model.expectShape('ns#Shop'))).toEqual([]);
  });
});

describe('shapeClosure', () => {
  it('follows bindings, members, errors and mixins, and nothing else', () => {
    const reached = shapeClosure(['ns#Shop'], (id) => model.getShape(id));
    const names = [...reached].filter((id) => id.startsWith('ns#')).map(shapeName);
    expect(names.sort()).toEqual(
      ['Cart', 'GetCart', 'GetOrder', 'Items', 'Oops', 'Order', 'Shop', 'Stamped', 'Tags']
        .concat(['GetCartInput', 'GetCartOutput', 'GetOrderInput', 'GetOrderOutput'])
        .sort(),
    );
  });

  it('lets the caller hide shapes and choose the edges', () => {
    const dataOnly = shapeClosure(
      ['ns#Order'],
      (id) => (id.startsWith('smithy.api#') ? undefined : model.getShape(id)),
      memberTargets,
    );
    expect([...dataOnly]).toEqual(['ns#Order', 'ns#Tags']);
  });

  it('is what the model reports as a service closure', () => {
    const closure = model.serviceClosure('ns#Shop');
    const walked = [...shapeClosure(['ns#Shop'], (id) => model.getShape(id))].sort();
    expect(closure.shapeIds).toEqual(walked);
    expect(closure.operations.map((o) => o.id)).toEqual(['ns#GetCart', 'ns#GetOrder']);
  });
});
