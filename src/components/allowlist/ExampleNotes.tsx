/**
 * How the allowlist says a value is an example, not a real sender: the notice above the list and the
 * warning beside a text that holds examples. Shared by the panel island and each mail system's own
 * page (rendered there at build time, with no JavaScript), so both say it in the same words.
 */
import type { PanelCopy, PanelData } from '../../lib/allowlist/panel.ts';
import { site } from '../../site.config.ts';

/** Above the list, while any entry is an example: which values are real, and whom to ask for the rest. */
export function ExamplesNotice({ groups }: { groups: PanelData['groups'] }) {
  const real = groups.flatMap((g) => g.entries.filter((e) => !e.example).map((e) => e.value));
  return (
    <p className="notice notice--warning allowlist__examples" role="note">
      <strong>Example values.</strong> Entries marked “example” are placeholders from documentation-reserved ranges, not real senders.
      {real.length > 0 && ` Only ${real.join(' and ')} ${real.length === 1 ? 'is' : 'are'} real.`} Get the current hosts and addresses from your {site.productName} point of contact before you change your allowlist.
    </p>
  );
}

/** Beside a text that holds example values the format cannot mark itself. */
export function ExampleWarning({ copy }: { copy: PanelCopy }) {
  return copy.warning ? (
    <p className="notice notice--warning allowlist__copy-warning" role="note">
      {copy.warning}
    </p>
  ) : null;
}
