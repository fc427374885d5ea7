/** Copying text with the async Clipboard API, reporting failure instead of throwing. */
export type CopyResult = 'copied' | 'refused' | 'unavailable';

export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard): Promise<CopyResult> {
  if (!clipboard?.writeText) return 'unavailable';
  try {
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'refused';
  }
}
