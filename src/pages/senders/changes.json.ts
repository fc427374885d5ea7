import type { APIRoute } from 'astro';
import { senderList } from '../../data/senders.ts';
import { changesJson } from '../../lib/allowlist/feeds.ts';

export const GET: APIRoute = async () => new Response(changesJson(await senderList()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
