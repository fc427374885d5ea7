/** The sender list from its content collection (one YAML file in src/content/senders/). */
import { getCollection } from 'astro:content';
import type { SenderList } from '../lib/allowlist/senders.ts';

let loaded: Promise<SenderList> | undefined;

export function senderList(): Promise<SenderList> {
  loaded ??= getCollection('senders').then((entries) => {
    if (entries.length !== 1) throw new Error(`src/content/senders/ must hold exactly one sender list; found ${entries.length}`);
    return entries[0]!.data;
  });
  return loaded;
}
