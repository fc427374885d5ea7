// ESLint flat config. `npm run lint` runs it with --max-warnings 0 as part of `npm test`.
// Syntax-only rules (no type-aware linting): the type checker already runs in `npm run typecheck`,
// and type-aware lint would double the time on a 2-core machine.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', '**/.astro/', '.bench/', 'node_modules/', 'test-results/', 'playwright-report/', '.test-builds/'],
  },
  js.configs.recommended,
  tseslint.configs.strict,
  {
    files: ['**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  // eslint-plugin-astro's a11y config registers the jsx-a11y plugin for every file; the islands
  // (.tsx) get the same recommended rules.
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-recommended'],
  {
    files: ['**/*.tsx'],
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
  {
    rules: {
      // noUncheckedIndexedAccess makes every lookup optional; `!` marks the lookups the schemas and
      // tree checks have already proven (a seed id, a known step), where a throw would be dead code.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Scrollable regions (a long <pre>, a wide table) must be reachable by keyboard (axe's
      // scrollable-region-focusable), so tabIndex={0} is allowed on them.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['pre'], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['pre'], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
    },
  },
  {
    files: ['**/*.tsx'],
    rules: {
      // The islands read the URL and browser storage once after hydration (the server render cannot
      // know them), which is exactly one setState per mount; that is the intended pattern here.
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    // Build scripts, configs and tests run on Node.
    files: ['scripts/**', 'bench/**', 'tests/**', '*.config.*', 'src/integrations/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // The inline scripts and the search client run in the browser.
    files: ['src/scripts/**', 'src/components/search/search-client.ts'],
    languageOptions: { globals: globals.browser },
  },
);
