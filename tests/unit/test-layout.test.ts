// The unit tests mirror src/lib: a rule's test is found where its module is, under the same name.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const modules = readdirSync(join(root, 'src', 'lib'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
/** Modules with no code to run: types only. */
const typesOnly = new Set(['directory/state.ts']);

it('has a test file at tests/unit/<path>.test.ts for every module src/lib/<path>.ts', () => {
  const untested = modules.filter((m) => !typesOnly.has(m) && !existsSync(join(root, 'tests', 'unit', m.replace(/\.ts$/, '.test.ts'))));
  expect(untested).toEqual([]);
});

it('exempts only modules that export nothing but types', async () => {
  for (const module of typesOnly) expect(Object.keys(await import(join(root, 'src', 'lib', module)))).toEqual([]);
});
