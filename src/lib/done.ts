/**
 * How long a button shows that it did its job (a check and "Copied" or "Saved"): the islands' DoneLabel
 * and the site script's copy links and Copy buttons, so every button on the site answers alike.
 */
export const DONE_MS = 2000;
