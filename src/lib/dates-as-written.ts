/**
 * YAML turns an unquoted `2026-02-30` into a Date (March 2) before any schema sees it, so a schema
 * cannot tell a writer's impossible date from a real one. `datesAsWritten` puts back, in place of each
 * Date, the text the writer typed, so the schema can check it.
 *
 * Most entries hold a date or two as top-level keys (`updated: 2026-11-28`). Those are read straight
 * from their line of the source; only a date anywhere else (in a list, in a nested object, written
 * over two lines) costs a second YAML reading of the whole source. An entry without a Date reads
 * nothing.
 */
import yaml from 'js-yaml';

/** What YAML reads as a timestamp: a day, maybe with a time. */
const timestamp = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt ]\S.*)?$/;

/** The YAML of a source: an MDX or Markdown file's front matter, or a whole YAML file. */
export function yamlOf(source: string, isMarkdown: boolean): string {
  return isMarkdown ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '') : source;
}

/** The text written for top-level `key` on its own line (`key: value  # comment`), if it is a timestamp. */
function writtenOnItsLine(text: string, key: string): string | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const lines = [...text.matchAll(new RegExp(`^${escaped}:[ \\t]*([^\\n]*?)[ \\t]*(?:[ \\t]#[^\\n]*)?\\r?$`, 'gm'))];
  const value = lines.length === 1 ? lines[0]![1] : undefined;
  return value !== undefined && timestamp.test(value) ? value : undefined;
}

/** The source read as YAML with no date type (each date stays the string written), or undefined if it does not parse. */
function readWithoutDates(text: string): unknown {
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch {
    return undefined; // The loader reports the YAML error itself.
  }
}

function replaceDates<T>(data: T, raw: unknown): T {
  if (data instanceof Date) return (typeof raw === 'string' ? raw : data) as T;
  if (Array.isArray(data)) return data.map((item, i) => replaceDates(item, Array.isArray(raw) ? raw[i] : undefined)) as T;
  if (data && typeof data === 'object') {
    const rawObject = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, replaceDates(value, rawObject[key])])) as T;
  }
  return data;
}

function holdsDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (Array.isArray(value)) return value.some(holdsDate);
  return !!value && typeof value === 'object' && Object.values(value).some(holdsDate);
}

/**
 * `data` (as a YAML reader gave it) with each Date replaced by the text written for it in `readYaml()`,
 * the same YAML. `readYaml` is called only when `data` holds a Date.
 */
export function datesAsWritten<T>(data: T, readYaml: () => string): T {
  if (!holdsDate(data)) return data;
  const text = readYaml();
  if (data && typeof data === 'object' && !Array.isArray(data) && !(data instanceof Date)) {
    const record = data as Record<string, unknown>;
    const keys = Object.keys(record);
    // Dates only as top-level values: each read from its own line, when it is written on one.
    if (keys.every((key) => record[key] instanceof Date || !holdsDate(record[key]))) {
      const written = new Map(keys.filter((key) => record[key] instanceof Date).map((key) => [key, writtenOnItsLine(text, key)]));
      if ([...written.values()].every((value) => value !== undefined)) {
        return Object.fromEntries(keys.map((key) => [key, written.get(key) ?? record[key]])) as T;
      }
    }
  }
  return replaceDates(data, readWithoutDates(text));
}
