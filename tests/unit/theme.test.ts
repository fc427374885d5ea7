import { otherTheme, parseTheme } from '../../src/lib/theme.ts';

describe('theme', () => {
  it('reads back only "light" or "dark"; anything else means follow the system', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme(null)).toBeUndefined();
    expect(parseTheme('Dark')).toBeUndefined();
    expect(parseTheme('{"x":1}')).toBeUndefined();
  });

  it('the toggle switches to the other theme', () => {
    expect(otherTheme('dark')).toBe('light');
    expect(otherTheme('light')).toBe('dark');
  });
});
