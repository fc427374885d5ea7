import { isolate } from '../text.ts';

/** Which mail system the panel shows: from the link first, then the reader's remembered choice. */
export const SYSTEM_PARAM = 'system';
export const SYSTEM_STORAGE_KEY = 'allowlist-system';

export interface SystemChoice {
  id: string;
  /** Set when the link named a system that does not exist. */
  notice?: string;
}

export function chooseSystem(options: { fromUrl: string | null; remembered: string | null; known: readonly { id: string; name: string }[]; fallback: string }): SystemChoice {
  const known = (id: string | null) => id !== null && options.known.some((s) => s.id === id);
  if (known(options.fromUrl)) return { id: options.fromUrl! };
  const id = known(options.remembered) ? options.remembered! : options.fallback;
  if (options.fromUrl === null || options.fromUrl === '') return { id };
  const name = options.known.find((s) => s.id === id)?.name ?? id;
  return { id, notice: `This link asks for a mail system called “${isolate(options.fromUrl.slice(0, 60))}”, which this page does not know, so it shows ${name} instead. Pick yours below.` };
}
