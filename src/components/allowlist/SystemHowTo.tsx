/**
 * Where a mail system's text goes: its steps, the vendor's own page for the setting and the limits to
 * know. Shared by the panel island (for the chosen system) and each system's own page (rendered at
 * build time, with no JavaScript), so both give the same instructions.
 */
import type { PanelSystem } from '../../lib/allowlist/panel.ts';

export function SystemHowTo({ system }: { system: PanelSystem }) {
  return (
    <>
      {/* Steps are numbered; a single instruction is just a sentence, not a list numbered "1." alone. */}
      {system.instructions.length === 1 ? (
        <p>{system.instructions[0]}</p>
      ) : (
        <ol>
          {system.instructions.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ol>
      )}
      {system.docs && (
        <p className="allowlist__docs">
          From the mail system’s own documentation: <a href={system.docs.url}>{system.docs.title}</a>. Check it before you save: menus and limits change between versions.
        </p>
      )}
      {system.caveats.length > 0 && (
        <ul className="allowlist__caveats" aria-label={`Limits of ${system.name}`}>
          {system.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </>
  );
}
