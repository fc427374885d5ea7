import { otherTheme, parseTheme, themeToRemember } from '../../src/lib/theme.ts';

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

  it("remembers a choice that differs from the system's, and nothing for the system's own", () => {
    expect(themeToRemember('dark', 'light')).toBe('dark');
    expect(themeToRemember('light', 'dark')).toBe('light');
    expect(themeToRemember('dark', 'dark')).toBeUndefined();
    expect(themeToRemember('light', 'light')).toBeUndefined();
  });
});
