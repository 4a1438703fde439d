// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports a layer may not make (ARCHITECTURE.md: imports flow one way). */
const restrict = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});
const FRAMEWORKS = [
  'react',
  'react-dom',
  'react-dom/*',
  'maplibre-gl',
  'react-map-gl/*',
  '@deck.gl/*',
  'recharts',
];
const layer = (...dirs) => dirs.map((d) => `**/${d}/**`).concat(dirs.map((d) => `../${d}/*`));

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // domain/ is pure: no framework, nothing above it. Type-only imports of the data schemas are
    // allowed so that domain types stay the validated shapes.
    files: ['src/domain/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: FRAMEWORKS, message: 'domain/ is pure TypeScript' },
            {
              group: layer('ui', 'map', 'charts', 'app', 'state', 'i18n'),
              message: 'domain/ imports nothing above it',
            },
            {
              group: ['../data/*'],
              allowTypeImports: true,
              message: 'domain/ may only import types from data/',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**'],
    rules: restrict([
      { group: [...FRAMEWORKS, ...layer('ui', 'map', 'charts', 'app')], message: 'state/ is pure' },
    ]),
  },
  {
    files: ['src/data/**'],
    rules: restrict([
      {
        group: [...FRAMEWORKS, ...layer('ui', 'map', 'charts', 'app', 'state')],
        message: 'data/ loads and validates only',
      },
    ]),
  },
  {
    files: ['src/map/**', 'src/charts/**'],
    rules: restrict([
      {
        group: layer('ui', 'app', 'state'),
        message: 'map/ and charts/ take props, not panels or the store',
      },
    ]),
  },
  {
    files: ['src/ui/**'],
    rules: restrict([{ group: layer('app'), message: 'ui/ does not import the composition root' }]),
  },
  {
    files: ['scripts/**'],
    rules: restrict([
      {
        group: [...FRAMEWORKS, ...layer('ui', 'map', 'charts', 'app')],
        message: 'the pipeline never imports UI code',
      },
    ]),
  },
);
