import { expect, type APIRequestContext } from '@playwright/test';

/** The support token the browser tests' server is started with (playwright.config.ts). */
export const adminToken = 'e2e-support-token-not-a-secret';

/** The dashboard's report, read with the token, for checking what a test's votes did. */
async function feedbackSummary(request: APIRequestContext) {
  const res = await request.get('/api/feedback/summary', { headers: { authorization: `Bearer ${adminToken}` } });
  expect(res.status()).toBe(200);
  return res.json();
}

export async function articleVotes(request: APIRequestContext, article: string): Promise<{ yes: number; no: number }> {
  const summary = await feedbackSummary(request);
  return summary.articles.find((a: { id: string }) => a.id === article);
}
