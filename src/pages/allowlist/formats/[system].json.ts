/** `/allowlist/formats/<system>.json`: one mail system's texts, fetched by the allowlist panel when chosen. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { senderList } from '../../../data/senders.ts';
import { mailSystems } from '../../../lib/allowlist/formats.ts';
import { panelData } from '../../../lib/allowlist/panel.ts';
import type { SystemFile } from '../../../lib/allowlist/system-file.ts';

// The paths need no content: the sender list is read when a file is written, like every page reads it.
export const getStaticPaths = (() => mailSystems.map((system) => ({ params: { system: system.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = panelData(await senderList());
  const system = data.systems.find((s) => s.id === params.system);
  if (!system) throw new Error(`No mail system "${params.system}" in src/lib/allowlist/formats.ts`);
  const file: SystemFile = { version: data.version, system };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
