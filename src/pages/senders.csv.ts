import type { APIRoute } from 'astro';
import { senderList } from '../data/senders.ts';
import { sendersCsv } from '../lib/allowlist/feeds.ts';

export const GET: APIRoute = async () => new Response(sendersCsv(await senderList()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
