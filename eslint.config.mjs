import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const RULES_ARE_PURE =
  'hooks/rules holds pure rules: import only other rules and src/lib (no Payload, collections, dashboards or the rest of src).'
const SRC_IS_BELOW =
  'src/ is the shared layer below collections/ and dashboards/: move the code you need into src/ instead.'
const COLLECTIONS_BESIDE_DASHBOARDS =
  'collections/ must not import dashboards/: move the shared code into src/.'

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // Layers (issue 16, item 7): the pure rules know nothing of Payload or the app; src/ is the
  // shared library of collections/ and dashboards/, never the other way round; collections/ do
  // not reach into dashboards/. Each block names what its folder may not import.
  {
    files: ['hooks/rules/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(payload|@payloadcms/.*)$', message: RULES_ARE_PURE },
            { regex: '(^|/)collections(/|$)', message: RULES_ARE_PURE },
            { regex: '(^|/)dashboards(/|$)', message: RULES_ARE_PURE },
            { regex: '(^|/)src/(?!lib(/|$))', message: RULES_ARE_PURE },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)collections(/|$)', message: SRC_IS_BELOW },
            { regex: '(^|/)dashboards(/|$)', message: SRC_IS_BELOW },
          ],
        },
      ],
    },
  },
  {
    files: ['collections/**'],
    // collections/index.ts adds the dashboard's drill-down caption to every list
    // (dashboards/view/drillDown): the one place collections meet the dashboard.
    ignores: ['collections/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)dashboards(/|$)', message: COLLECTIONS_BESIDE_DASHBOARDS }] },
      ],
    },
  },
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'data/**',
      'test-results/**',
      '.scratch/**',
      'migrations/**',
      'payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'next-env.d.ts',
    ],
  },
]

export default config
