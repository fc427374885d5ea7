/**
 * One mail system's texts as the allowlist page fetches them (`/allowlist/formats/<system>.json`),
 * so the page carries only the first system's texts. The file is checked here before use: a file
 * from another build (another sender list version) or a broken one is refused, never half shown.
 * A plain check rather than a Zod schema: it runs in the allowlist panel, whose whole budget
 * (12 kB gzipped) a schema library would nearly fill.
 */
import type { PanelCopy, PanelSystem } from './panel.ts';

/** What `/allowlist/formats/<system>.json` holds. */
export interface SystemFile {
  version: string;
  system: PanelSystem;
}

type Check = (value: unknown) => boolean;
const isText: Check = (v) => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const listOf = (item: Check): Check => (v) => Array.isArray(v) && v.every(item);
const optional = (check: Check): Check => (v) => v === undefined || check(v);
/** An object with at least these fields, each passing its check. */
const shape = (fields: Record<string, Check>): Check => (v) => isRecord(v) && Object.entries(fields).every(([key, check]) => check(v[key]));
const valuesOf = (check: Check): Check => (v) => isRecord(v) && Object.values(v).every(check);
const either = (a: Check, b: Check): Check => (v) => a(v) || b(v);

const isCopy = shape({
  text: isText, count: (v) => typeof v === 'number', noun: isText, examples: listOf(isText), warning: optional(isText),
  skipped: listOf(shape({ id: isText, value: isText, reason: isText })), copied: isText,
} satisfies Record<keyof PanelCopy, Check>);
const isSystem = shape({
  id: isText, name: isText,
  // The vendor's page is a link on screen: only ever an https address.
  docs: optional(shape({ title: isText, url: (v) => isText(v) && (v as string).startsWith('https://') })),
  instructions: listOf(isText), caveats: listOf(isText), all: isCopy, groups: valuesOf(isCopy),
  values: valuesOf(either(shape({ text: isText, copied: isText }), shape({ skip: isText }))),
} satisfies Record<keyof PanelSystem, Check>);

/**
 * The system in a fetched file, or why it cannot be used: not the expected shape, another system,
 * or another version of the sender list than the page shows.
 */
export function readSystemFile(value: unknown, expected: { id: string; version: string }): { system: PanelSystem } | { problem: string } {
  if (!isRecord(value) || !isText(value.version) || !isSystem(value.system)) return { problem: 'the file is not in the expected form' };
  const file = value as unknown as SystemFile;
  if (file.system.id !== expected.id) return { problem: 'the file is for another mail system' };
  if (file.version !== expected.version) return { problem: `the file is for sender list version ${file.version}, and this page shows version ${expected.version}` };
  return { system: file.system };
}
