/**
 * `@references`, as Smithy's `ReferencesTraitValidator`: a resource outside the model is accepted
 * (it belongs to another service); a resource inside it is checked.
 */
import { describe, expect, it } from 'vitest';
import { summarize, validateIdl } from './idl.js';

describe('ReferencesTrait', () => {
  it('accepts a reference to a resource the model does not hold', () => {
    const events = validateIdl(`
namespace ns
@references([{resource: "other.ns#Thing"}, {resource: "other.ns#Other", service: "other.ns#Svc"}])
string ThingId
@references([{resource: "other.ns#Pair", ids: {a: "a", b: "b"}}])
structure PairRef {
    @required
    a: String
    @required
    b: String
}
`);
    expect(summarize(events)).toEqual([]);
  });

  it('accepts implicit and explicit bindings of a resource in the model', () => {
    const events = validateIdl(`
namespace ns
resource Order { identifiers: { orderId: String } }
resource Line { identifiers: { orderId: String, lineId: String } }
@references([{resource: Order}])
string OrderId
@references([{resource: Order}, {resource: Line, ids: {orderId: "order", lineId: "line"}}])
structure LineRef {
    @required
    orderId: String
    @required
    order: String
    @required
    line: String
}
`);
    expect(summarize(events)).toEqual([]);
  });

  it('checks references to a resource in the model', () => {
    const events = validateIdl(`
namespace ns
resource Line { identifiers: { orderId: String, lineId: String } }
@references([{resource: Line}, {resource: Name}])
string LineId
@references([
    {resource: Line, ids: {orderId: "orderId"}},
    {resource: Line, ids: {orderId: "orderId", lineId: "count", extra: "orderId"}},
    {resource: Line}
])
structure LineRef {
    @required
    orderId: String
    count: Integer
}
string Name
`);
    expect(summarize(events)).toEqual([
      'ERROR ReferencesTrait ns#LineId: This string shape contains an invalid reference to ns#Line: Reference{"resource":"ns#Line"}. References on a string shape can only refer to resource shapes with exactly one entry in its identifiers property, but this shape has the following identifiers: [`lineId`, `orderId`]',
      'ERROR ReferencesTrait ns#LineId: `references` trait reference targets a string shape not a resource: Reference{"resource":"ns#Name"}',
      'ERROR ReferencesTrait ns#LineRef: Not enough identifiers were provided in the `ids` properties of Reference{"resource":"ns#Line","ids":{"orderId":"orderId"}}. Expected 2 identifiers(s), but found 1. This resource requires bindings for the following identifiers: [`lineId`, `orderId`].',
      'ERROR ReferencesTrait ns#LineRef: Too many identifiers were provided in the `ids` properties of Reference{"resource":"ns#Line","ids":{"extra":"orderId","lineId":"count","orderId":"orderId"}}. Expected 2 identifiers(s), but found 3. This resource requires bindings for the following identifiers: [`lineId`, `orderId`].',
      'ERROR ReferencesTrait ns#LineRef: `references` trait Reference{"resource":"ns#Line","ids":{"extra":"orderId","lineId":"count","orderId":"orderId"}} contains extraneous resource identifier bindings, [`extra`], that are not actually identifier names of the resource, `ns#Line`. This resource has the following identifier names: [`lineId`, `orderId`]',
      'ERROR ReferencesTrait ns#LineRef: `references` trait Reference{"resource":"ns#Line","ids":{"extra":"orderId","lineId":"count","orderId":"orderId"}} is invalid for the following reasons: `count` refers to a member that does not target a string shape',
      'ERROR ReferencesTrait ns#LineRef: `references` trait Reference{"resource":"ns#Line"} is invalid for the following reasons: implicit binding of `lineId` is not part of the structure (set "rel" to "collection" to create a collection binding)',
    ]);
  });
});
