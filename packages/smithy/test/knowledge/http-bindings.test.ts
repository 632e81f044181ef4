import { describe, expect, it } from 'vitest';
import { httpBindingsOf, httpErrorStatus, httpTraitOf } from '../../src/index.js';
import { astModel } from '../validate/ast-model.js';

const model = astModel({
  'ns#GetThing': {
    type: 'operation',
    input: 'ns#GetThingInput',
    output: 'ns#GetThingOutput',
    traits: { 'smithy.api#http': { method: 'GET', uri: '/things/{id}' } },
  },
  'ns#GetThingInput': {
    type: 'structure',
    members: {
      body: { target: 'smithy.api#String' },
      id: { target: 'smithy.api#String', traits: { 'smithy.api#httpLabel': {} } },
      page: { target: 'smithy.api#String', traits: { 'smithy.api#httpQuery': 'p' } },
      all: { target: 'ns#Params', traits: { 'smithy.api#httpQueryParams': {} } },
      token: { target: 'smithy.api#String', traits: { 'smithy.api#httpHeader': 'X-Token' } },
      meta: { target: 'ns#Params', traits: { 'smithy.api#httpPrefixHeaders': 'X-Meta-' } },
    },
  },
  'ns#GetThingOutput': {
    type: 'structure',
    members: {
      status: { target: 'smithy.api#Integer', traits: { 'smithy.api#httpResponseCode': {} } },
      data: { target: 'smithy.api#String', traits: { 'smithy.api#httpPayload': {} } },
      // Labels mean nothing in a response: the member is left without a place.
      id: { target: 'smithy.api#String', traits: { 'smithy.api#httpLabel': {} } },
    },
  },
  'ns#Params': {
    type: 'map',
    key: { target: 'smithy.api#String' },
    value: { target: 'smithy.api#String' },
  },
  'ns#Missing': {
    type: 'structure',
    traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 404 },
  },
  'ns#Broken': { type: 'structure', traits: { 'smithy.api#error': 'server' } },
});

const summary = (id: string, message: 'request' | 'response') =>
  httpBindingsOf(model.getShape(id), message).map(
    (b) => `${b.member.name} ${b.location} ${b.locationName}`,
  );

describe('httpBindingsOf', () => {
  it('places request members in declaration order, unbound ones in the document', () => {
    expect(summary('ns#GetThingInput', 'request')).toEqual([
      'body document body',
      'id label id',
      'page query p',
      'all queryParams all',
      'token header X-Token',
      'meta prefixHeaders X-Meta-',
    ]);
  });

  it('leaves the other members unbound when a response has a payload', () => {
    expect(summary('ns#GetThingOutput', 'response')).toEqual([
      'status responseCode status',
      'data payload data',
      'id unbound id',
    ]);
  });

  it('reads no bindings from anything but a structure', () => {
    expect(httpBindingsOf(model.getShape('ns#Params'), 'request')).toEqual([]);
    expect(httpBindingsOf(undefined, 'request')).toEqual([]);
  });
});

describe('httpTraitOf and httpErrorStatus', () => {
  it('defaults the success code to 200', () => {
    expect(httpTraitOf(model.expectShape('ns#GetThing'))).toEqual({
      method: 'GET',
      uri: '/things/{id}',
      code: 200,
    });
    expect(httpTraitOf(model.expectShape('ns#GetThingInput'))).toBeUndefined();
  });

  it('answers @httpError, else 400 or 500 by error kind, else nothing', () => {
    expect(httpErrorStatus(model.expectShape('ns#Missing'))).toBe(404);
    expect(httpErrorStatus(model.expectShape('ns#Broken'))).toBe(500);
    expect(httpErrorStatus(model.expectShape('ns#GetThingInput'))).toBeUndefined();
  });
});
