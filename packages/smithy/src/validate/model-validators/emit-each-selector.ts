/**
 * @module `EmitEachSelector`: one DANGER event per shape the configured `selector` matches,
 * optionally only for shapes with the `bindToTrait` trait and with a `messageTemplate`.
 */
import type { NodeObject } from '../../model/node.js';
import type { ValidationEvent } from '../../model/shapes.js';
import { eventFor } from '../event.js';
import { resolveSubject } from '../relationships.js';
import { selectorContextFor } from '../selector/evaluate.js';
import { ValidatorConfig } from './config.js';
import type { ModelValidator } from './config.js';
import { parseMessageTemplate } from './message-template.js';

export function emitEachSelector(configuration: NodeObject): ModelValidator {
  const config = new ValidatorConfig(configuration, ['selector', 'bindToTrait', 'messageTemplate']);
  const { text, selector } = config.requiredSelector('selector');
  const bindTo = config.string('bindToTrait');
  const trait = bindTo === undefined || bindTo.includes('#') ? bindTo : `smithy.api#${bindTo}`;
  const templateText = config.string('messageTemplate');
  const template = templateText === undefined ? undefined : parseMessageTemplate(templateText);
  return (model) => {
    const events: ValidationEvent[] = [];
    for (const id of selectorContextFor(model).select(selector)) {
      const subject = resolveSubject(model, id);
      if (!subject || (trait !== undefined && subject.traits[trait] === undefined)) continue;
      const message = template
        ? template.expand(subject)
        : `Selector capture matched selector: ${text}`;
      events.push(eventFor(subject, 'DANGER', 'EmitEachSelector', message));
    }
    return events;
  };
}
