/**
 * @module The properties service, resource and operation shapes declare besides traits and
 * mixins, listed once for the IDL and JSON AST readers (which accept them) and the loader (which
 * resolves the shape references they hold).
 */

/** A resource's lifecycle operations, in the order Smithy's specification lists them. */
export const RESOURCE_LIFECYCLE = ['create', 'put', 'read', 'update', 'delete', 'list'] as const;

export const SERVICE_PROPERTIES = [
  'version',
  'operations',
  'resources',
  'errors',
  'rename',
] as const;

export const RESOURCE_PROPERTIES = [
  'identifiers',
  'properties',
  ...RESOURCE_LIFECYCLE,
  'operations',
  'collectionOperations',
  'resources',
] as const;

export const OPERATION_PROPERTIES = ['input', 'output', 'errors'] as const;

/** Properties that hold one shape reference. */
export const SINGLE_REFERENCES = [...RESOURCE_LIFECYCLE, 'input', 'output'] as const;

/** Properties that hold a list of shape references. */
export const REFERENCE_LISTS = [
  'operations',
  'resources',
  'errors',
  'collectionOperations',
] as const;
