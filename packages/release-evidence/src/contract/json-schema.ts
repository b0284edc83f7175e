import {
  type ConversionConfig,
  type JsonSchema,
  type OverrideSchemaContext,
  toJsonSchema,
} from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { CONTRACT, type Kind } from './kinds.js';
import { policy } from './policy-schema.js';
import { REGISTRY } from './registry.js';
import { scalarJsonSchema } from './scalar-schema.js';

const CONVERSION: ConversionConfig = {
  target: 'draft-2020-12',
  errorMode: 'throw',
  // A closed shape's rawCheck refuses what JSON Schema already excludes (an array, the keys valibot skips are not
  // properties) and the free values' check is I-JSON, which JSON text is: neither adds a keyword.
  overrideAction: (context) => (context.valibotAction.type === 'raw_check' ? context.jsonSchema : undefined),
  // A record keyed by a picklist (policy.maxAge) converts to propertyNames with an enum, which is exactly right.
  // A closed object's rest is `never`, which converts to `{ not: {} }`; `false` says the same, as strict objects do.
  // A closed shape is a `lazy` only to see its input (closed.ts): it converts to a `$ref` and a definition, which is
  // put back in place, so the schemas stay self-contained and `$defs` is dropped below.
  overrideSchema: (context) => {
    const schema = context.valibotSchema as { type: string; key?: { type: string }; rest?: { type: string } };
    if (schema.type === 'lazy') return inlined(context);
    // A scalar is a `custom` schema made from a table of its rules, which also gives its JSON Schema.
    if (schema.type === 'custom') return scalarJson(schema);
    if (schema.type === 'object_with_rest' && schema.rest?.type === 'never') {
      return { ...context.jsonSchema, additionalProperties: false };
    }
    return schema.type === 'record' && schema.key?.type === 'picklist' ? context.jsonSchema : undefined;
  },
};

function scalarJson(schema: object): JsonSchema {
  const json = scalarJsonSchema(schema);
  if (json === undefined) throw new Error('a custom schema that is not a contract scalar');
  return { ...json } as JsonSchema;
}

/** The definition a `lazy` schema's `$ref` points to. */
function inlined(context: OverrideSchemaContext): JsonSchema {
  const wrapped = context.getterMap.get((context.valibotSchema as v.LazySchema<v.GenericSchema>).getter);
  const id = wrapped === undefined ? undefined : context.referenceMap.get(wrapped);
  const definition = id === undefined ? undefined : context.definitions[id];
  if (definition === undefined) throw new Error('a lazy schema has no definition');
  return definition;
}

/** Converts `schema`; every `$ref` was inlined, so the definitions are not part of the result. */
function convert(schema: v.GenericSchema): Record<string, unknown> {
  const { $defs, ...converted } = toJsonSchema(schema, CONVERSION) as Record<string, unknown>;
  return converted;
}

const cache = new Map<Kind, JsonSchema>();

/**
 * The JSON Schema (draft 2020-12) of a kind, converted from the same valibot schema the validator runs. It checks
 * shape only: the consistency rules of spec §4–§5 are enforced in code.
 */
export function jsonSchemaFor(kind: Kind): JsonSchema {
  let schema = cache.get(kind);
  if (!schema) {
    const converted = convert(REGISTRY[kind].schema);
    const { $schema, ...rest } = converted;
    schema = {
      $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
      $id: `urn:cloudflare-saas-core:release-evidence:v1:${kind}`,
      title: `${CONTRACT} ${kind}`,
      description: `Shape of the ${kind} document (contract ${CONTRACT}). Consistency rules (counts, time order, verdicts, uniqueness) and a few format checks (calendar dates, the port range, lone surrogates) are enforced in code only, by validateDocument.`,
      ...rest,
    } as JsonSchema;
    cache.set(kind, schema);
  }
  return structuredClone(schema);
}

let policyCache: JsonSchema | undefined;

/**
 * The JSON Schema of a policy on its own (§5): the shape of `--policy FILE`, the same as a candidate's `policy`
 * member. Shape only, like every kind's schema.
 */
export function policyJsonSchema(): JsonSchema {
  if (!policyCache) {
    const { $schema, ...rest } = convert(policy);
    policyCache = {
      $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
      $id: `urn:cloudflare-saas-core:release-evidence:v1:policy`,
      title: `${CONTRACT} policy`,
      description: `Shape of a readiness policy (contract ${CONTRACT}): the --policy FILE of readiness and packet, and the policy member of release-candidate. Floors are threshold by threshold; unknown gates are refused.`,
      ...rest,
    } as JsonSchema;
  }
  return structuredClone(policyCache);
}
