import { describe, expect, it } from 'vitest';
import { SelectorContext } from '../../src/validate/selector/evaluate.js';
import { parseSelector, SelectorError } from '../../src/validate/selector/parse.js';
import { astModel } from './ast-model.js';

const model = astModel({
  'ns#Color': { type: 'enum', members: { RED: { target: 'smithy.api#Unit' } } },
  'ns#In': {
    type: 'structure',
    traits: { 'smithy.api#input': {} },
    members: {
      id: { target: 'smithy.api#String', traits: { 'smithy.api#required': {} } },
      size: { target: 'smithy.api#Integer' },
      tags: { target: 'ns#Tags' },
    },
  },
  'ns#Tags': { type: 'list', member: { target: 'smithy.api#String' } },
  'ns#Op': { type: 'operation', input: 'ns#In', traits: { 'smithy.api#http': { code: 200 } } },
  'ns#Svc': { type: 'service', version: '2024', operations: ['ns#Op'] },
});
const context = new SelectorContext(model);
const select = (text: string) =>
  [...context.select(parseSelector(text))].filter((id) => !id.startsWith('smithy.api#')).sort();

describe('selectors', () => {
  it.each([
    ['service', ['ns#Svc']],
    ['string', ['ns#Color']],
    ['string :not(enum)', []],
    ['structure > member', ['ns#In$id', 'ns#In$size', 'ns#In$tags']],
    ['structure > member [trait|required]', ['ns#In$id']],
    ['structure > :test(member > string)', ['ns#In$id']],
    [':test(number, member > number)', ['ns#In$size']],
    ['operation -[input, output]-> structure > member :test(> list)', ['ns#In$tags']],
    [':is(list, map)', ['ns#Tags']],
    ['structure :not([trait|input]) > member', []],
    ['[id=ns#Op]', ['ns#Op']],
    ['[id|name^=T]', ['ns#Tags', 'ns#Tags$member']],
    ['[trait|http|code=200]', ['ns#Op']],
    ['[service|version=2024]', ['ns#Svc']],
    ['service ~> list', ['ns#Tags']],
    ['list < member', ['ns#In$tags']],
    ['dataType :not([trait|input])', ['ns#Color', 'ns#Tags']],
    ['[trait|http|code$=0]', ['ns#Op']],
    ['[id|name$=s]', ['ns#Tags', 'ns#Tags$member']],
    ['[var|anything]', []],
  ])('%s', (text, want) => {
    expect(select(text)).toEqual(want);
  });

  it.each(['$x(string)', ':root(string)', 'bogus', '[id', 'string ]'])(
    'rejects %s with a SelectorError',
    (text) => {
      expect(() => context.select(parseSelector(text))).toThrow(SelectorError);
    },
  );
});
