/**
 * Support staff's access to the dashboard and exports: one token. Only its SHA-256 hash is stored;
 * a login turns it into a signed, expiring value in an HttpOnly, SameSite=Strict cookie.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FeedbackStore } from './store/store.ts';

const TOKEN_SETTING = 'admin_token_sha256';
export const SESSION_COOKIE = 'feedback_admin';
export const SESSION_HOURS = 8;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const equal = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The stored token hash, set from FEEDBACK_ADMIN_TOKEN when given. Without it, the first start
 * generates a token and returns it (once) so the caller can print it; later starts reuse the hash.
 */
export async function ensureAdminToken(store: FeedbackStore, fromEnv: string | undefined): Promise<{ hash: string; generated?: string }> {
  if (fromEnv) {
    const hash = hashToken(fromEnv);
    await store.setSetting(TOKEN_SETTING, hash);
    return { hash };
  }
  const stored = await store.getSetting(TOKEN_SETTING);
  if (stored) return { hash: stored };
  const generated = randomBytes(24).toString('base64url');
  const hash = hashToken(generated);
  await store.setSetting(TOKEN_SETTING, hash);
  return { hash, generated };
}

export class AdminAuth {
  private readonly tokenHash: string;

  constructor(tokenHash: string) {
    this.tokenHash = tokenHash;
  }

  checkToken(token: string): boolean {
    return equal(hashToken(token), this.tokenHash);
  }

  private sign(expires: number) {
    return createHmac('sha256', this.tokenHash).update(`session:${expires}`).digest('base64url');
  }

  newSession(now: Date): string {
    const expires = now.getTime() + SESSION_HOURS * 3600_000;
    return `${expires}.${this.sign(expires)}`;
  }

  checkSession(value: string | undefined, now: Date): boolean {
    if (!value) return false;
    const [expires, signature] = value.split('.');
    const at = Number(expires);
    return Number.isFinite(at) && at > now.getTime() && signature !== undefined && equal(signature, this.sign(at));
  }
}
