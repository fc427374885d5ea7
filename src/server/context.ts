/** What every route of the feedback API is given: the store, the manifest, the admin check and the clock. */
import type { ManifestIndex } from '../lib/feedback/manifest.ts';
import type { AdminAuth } from './admin.ts';
import type { FeedbackStore } from './store/store.ts';

export interface ApiContext {
  store: FeedbackStore;
  index: ManifestIndex;
  auth: AdminAuth;
  now: () => Date;
}

/** A 4xx answer: thrown from a handler, sent as `{ error, field }` by the app's error handler. */
export class ApiError extends Error {
  readonly statusCode: number;
  readonly field: string | undefined;

  constructor(statusCode: number, message: string, field?: string) {
    super(message);
    this.statusCode = statusCode;
    this.field = field;
  }
}
