import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as path from 'path';
import { isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Alias, type Document } from 'yaml';
import { nodeFileSystem, packageRoot } from '../host';
import type { Range } from '../types';
import type { ConfigProblem } from './problems';
import { validators as precompiled } from './schema-validators.generated';
import { unreadableText } from './text';

/** A parsed YAML file that can point at the source of any value in it. */
export interface YamlFile {
  file: string;
  value: unknown;
  problems: ConfigProblem[];
  /** Range of the value at a JSON pointer-like path ('' is the whole document). */
  locate(pointer: string | readonly (string | number)[]): Range | undefined;
  /** Range of the key of the mapping entry at a pointer (as `locate` when the entry is not in a mapping). */
  locateKey(pointer: string): Range | undefined;
}

/** Parses YAML text, turning syntax errors into problems with exact ranges. */
export function parseYaml(text: string, file: string, lineOffset = 0): YamlFile {
  const refused = unreadableText(text, file, lineOffset);
  if (refused) return { file, value: undefined, problems: [refused], locate: () => refused.range, locateKey: () => refused.range };
  const counter = new LineCounter();
  // logLevel 'error': the yaml package would otherwise print its warnings about a file (process.emitWarning) on stderr.
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const at = (offset: number) => {
    const p = counter.linePos(Math.min(offset, text.length));
    return { line: p.line - 1 + lineOffset, character: p.col - 1 };
  };
  const toRange = (span: [number, number] | readonly number[]): Range => ({ start: at(span[0]), end: at(Math.max(span[0], span[1])) });
  const problems: ConfigProblem[] = [...doc.errors, ...doc.warnings].map((e) => ({
    file, message: e.message.split('\n')[0], range: toRange(e.pos), severity: doc.errors.includes(e as never) ? 'error' : 'warning',
  }));
  let value: unknown;
  if (!doc.errors.length) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const message = `aliases expand to too much data, so the file is not read (${(e as Error).message})`;
      problems.push({ file, message, range: toRange(firstAlias(doc)?.range ?? [0, 0]), severity: 'error' });
    }
  }
  return {
    file, value, problems,
    locate(pointer) {
      const keys = typeof pointer === 'string' ? pointerKeys(pointer) : pointer;
      return locateNode(doc, keys, toRange);
    },
    locateKey(pointer) {
      const keys = pointerKeys(pointer);
      const parent = doc.getIn(keys.slice(0, -1), true);
      const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(keys[keys.length - 1])) : undefined;
      return isScalar(pair?.key) && pair.key.range ? toRange(pair.key.range) : locateNode(doc, keys, toRange);
    },
  };
}

/**
 * A YAML file whose value is known already (parsed at build time from this very text, see template/load.ts): the
 * text is parsed only if a range in it is asked for, which a valid file is not asked for.
 */
export function knownYaml(text: string, file: string, value: unknown): YamlFile {
  let parsed: YamlFile | undefined;
  const full = () => (parsed ??= parseYaml(text, file));
  return { file, value, problems: [], locate: (pointer) => full().locate(pointer), locateKey: (pointer) => full().locateKey(pointer) };
}

/** How far aliases may expand (the `yaml` package's measure): a "billion laughs" file is refused. */
const MAX_ALIAS_COUNT = 100;

function firstAlias(doc: Document): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

function pointerKeys(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~')).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

/**
 * The node at `keys`, or its nearest ancestor that exists; for a key, the key and its value. The start
 * of the text when the document is empty, so every problem has a place.
 */
function locateNode(doc: Document, keys: readonly (string | number)[], toRange: (span: readonly number[]) => Range): Range {
  for (let n = keys.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true);
    if (isNode(node) && node.range) return toRange(node.range);
  }
  return toRange([0, 0]);
}

const validators = new Map<string, ValidateFunction>();
let ajv: Ajv | undefined;

/** Names of the JSON Schemas shipped in `schemas/`. */
export type SchemaName = 'template' | 'config' | 'figures';

/**
 * The validator of a shipped schema: precompiled at build time (scripts/compile-schemas.mjs), else compiled
 * here from schemas/ with Ajv, loaded only then. Schemas are read from the package, not through the
 * injected file system.
 */
function validator(name: SchemaName): ValidateFunction {
  let v = validators.get(name) ?? precompiled[name];
  if (!v) {
    ajv ??= new (require('ajv') as typeof import('ajv')).default({ allErrors: true, strict: false });
    const text = nodeFileSystem.readFile(path.join(packageRoot(), 'schemas', `${name}.schema.json`));
    if (!text) throw new Error(`reportlint: schema ${name} is missing from the package`);
    v = ajv.compile(JSON.parse(text));
    validators.set(name, v);
  }
  return v;
}

/** Validates a parsed YAML file against a shipped schema; each error becomes a problem at its source. */
export function validateYaml(yaml: YamlFile, schema: SchemaName): ConfigProblem[] {
  const validate = validator(schema);
  if (validate(yaml.value)) return [];
  return simplify(validate.errors ?? []).map((e) => ({
    file: yaml.file,
    message: describe(e),
    range: e.keyword === 'additionalProperties' ? yaml.locateKey(`${e.instancePath}/${String(e.params.additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1')}`) : yaml.locate(e.instancePath),
    severity: 'error' as const,
  }));
}

/**
 * Drops the noise of `anyOf`/`oneOf` alternatives: the combinator's own error when a more precise one
 * exists, and all but the first alternative's error for one value (a rule setting that is neither a
 * severity nor an object would otherwise be reported twice at the same place).
 */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const precise = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'if');
  const alternatives = new Map<string, ErrorObject[]>();
  const kept = precise.filter((e) => {
    if (!/\/(oneOf|anyOf)\//.test(e.schemaPath) || (e.keyword !== 'type' && e.keyword !== 'enum')) return true;
    const same = alternatives.get(e.instancePath);
    if (same) same.push(e);
    else alternatives.set(e.instancePath, [e]);
    return !same;
  });
  // One error per value that matches none of its alternatives: "must be string or array".
  for (const e of kept) {
    const same = alternatives.get(e.instancePath);
    if (same && same.length > 1 && same[0] === e) e.message = 'must be ' + same.map(expected).join(' or ');
  }
  return kept.length ? kept : errors;
}

/** What one alternative asks for: a type, or one of some values. */
function expected(e: ErrorObject): string {
  return e.keyword === 'enum' ? `one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` : String(e.params.type);
}

function describe(e: ErrorObject): string {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : 'top level';
  if (e.keyword === 'additionalProperties') return `${where}: unknown property "${String(e.params.additionalProperty)}"`;
  if (e.keyword === 'enum' && !e.message?.includes(' or ')) return `${where}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where}: ${e.message}`;
}
