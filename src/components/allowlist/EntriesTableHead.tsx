/** The head of a group's table of entries: the same columns in the panel island and on each system's own page. */
export function EntriesTableHead({ caption, copyColumn = false }: { caption: string; copyColumn?: boolean }) {
  return (
    <>
      <caption className="sr-only">{caption}</caption>
      <colgroup>
        <col className="allowlist__col-value" />
        <col className="allowlist__col-kind" />
        <col />
        {copyColumn && <col className="allowlist__col-copy" />}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Value</th>
          <th scope="col">Kind</th>
          <th scope="col">What it is</th>
          {copyColumn && (
            <th scope="col">
              <span className="sr-only">Copy</span>
            </th>
          )}
        </tr>
      </thead>
    </>
  );
}
