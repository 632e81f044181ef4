import { loadModel, formatEvent } from '@platform/smithy';
const t0 = performance.now();
const { model, events, ok } = loadModel({ files: ['model'] });
console.log(
  'ms',
  performance.now() - t0,
  'ok',
  ok,
  events
    .filter((e) => e.severity === 'ERROR')
    .slice(0, 5)
    .map(formatEvent),
);
for (const s of model.shapesOfType('service')) {
  const c = model.serviceClosure(s.id);
  console.log(s.id, c.operations.map((o) => o.id).join(' '));
}
const op = model.expectShape('example.platform.v1#ListOrders', 'operation');
console.log(JSON.stringify(op.traits, null, 1).slice(0, 1500));
const inp = model.expectShape(op.input, 'structure');
for (const m of inp.members.values()) console.log(m.name, m.target, Object.keys(m.traits));
