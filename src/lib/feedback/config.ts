/**
 * Where the browser sends feedback, fixed at build time from FEEDBACK_URL:
 * unset or empty → the site's own origin (`npm start` serves both); "off" → no service (the
 * controls say feedback is not collected here); an http(s) URL → a service hosted elsewhere.
 */
const API_PATH = '/api/feedback';

/** The API's base URL ('' + API_PATH for the same origin), or null when feedback is off. */
export function feedbackApiBase(raw: string | undefined): string | null {
  const value = (raw ?? '').trim();
  if (value === '') return API_PATH;
  if (value === 'off') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`FEEDBACK_URL "${value}" is not a URL: use the service's origin, e.g. https://feedback.example (an example), or "off"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`FEEDBACK_URL "${value}" must start with https:// or http://`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}${API_PATH}`;
}

/** Origins besides the site's own that pages may send data to: the feedback service's, when it is hosted elsewhere. */
export function connectOrigins(apiBase: string | null): string[] {
  const source = feedbackConnectSource(apiBase);
  return source && source !== "'self'" ? [source] : [];
}

/** What the Content-Security-Policy's connect-src must allow for the feedback calls. */
export function feedbackConnectSource(apiBase: string | null): string | null {
  if (apiBase === null) return null;
  return apiBase.startsWith('/') ? "'self'" : new URL(apiBase).origin;
}
