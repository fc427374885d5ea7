import type { APIRoute } from 'astro';
import { senderList } from '../data/senders.ts';
import { sendersJson } from '../lib/allowlist/feeds.ts';

export const GET: APIRoute = async () => new Response(sendersJson(await senderList()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
