import { describe, expect, it } from 'vitest';
import { labelTableCells } from '../../../src/lib/markdown/tables.ts';

const table =
  '<thead><tr><th>What you notice</th><th><strong>Cause</strong> &amp; fix</th></tr></thead>' +
  '<tbody><tr><td>Nothing arrives</td><td>A setting</td></tr><tr><td>Late</td><td>Night</td></tr></tbody>';

describe('labelTableCells', () => {
  it('labels every body cell with its column header, row after row', () => {
    const out = labelTableCells(table)!;
    expect(out.match(/data-label="[^"]*"/g)).toEqual([
      'data-label="What you notice"',
      'data-label="Cause &amp; fix"',
      'data-label="What you notice"',
      'data-label="Cause &amp; fix"',
    ]);
    expect(out).toContain('<td data-label="What you notice">Nothing arrives</td>');
    expect(out).toContain('<thead><tr><th>What you notice</th>');
  });

  it('leaves a table without a header row alone', () => {
    expect(labelTableCells('<tbody><tr><td>x</td></tr></tbody>')).toBeUndefined();
  });

  it('puts quotes in a header safely into the attribute', () => {
    expect(labelTableCells('<thead><tr><th>Say "hi"</th></tr></thead><tbody><tr><td>x</td></tr></tbody>')).toContain('data-label="Say &quot;hi&quot;"');
  });
});
