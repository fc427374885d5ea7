/** Copying text with the async Clipboard API, reporting failure instead of throwing. */
export type CopyResult = 'copied' | 'refused' | 'unavailable';

/** Why nothing was copied, in words: a browser that refused, or one where copying cannot work at all. */
export const whyNotCopied = (result: Exclude<CopyResult, 'copied'>) => (result === 'unavailable' ? 'Copying is not available here.' : 'Your browser did not allow copying.');

export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard): Promise<CopyResult> {
  if (!clipboard?.writeText) return 'unavailable';
  try {
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'refused';
  }
}
