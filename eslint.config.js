import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const forbidden = (names, message) => names.map((name) => ({ name, message }));
const forbiddenPatterns = (group, message) => [{ group, message }];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        // Benchmarks pass callbacks that run in the browser page.
        performance: 'readonly',
      },
    },
  },
  {
    // electron-builder loads its hooks (build/*.cjs) with require.
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Architecture A2: shared/ is pure domain code.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbidden(
            [
              'react',
              'react-dom',
              'electron',
              'dexie',
              'dexie-react-hooks',
              'exceljs',
              'docx',
              'recharts',
            ],
            'shared/ is pure: no UI, desktop, database or file-format libraries (architecture A2).',
          ),
          patterns: forbiddenPatterns(
            [
              'node:*',
              'react/*',
              'react-dom/*',
              '@mantine/*',
              '../renderer/*',
              '../electron/*',
              '../../renderer/*',
              '../../electron/*',
            ],
            'shared/ is pure (architecture A2).',
          ),
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'indexedDB',
          'process',
          'require',
        ].map((name) => ({
          name,
          message: 'shared/ runs everywhere: no DOM or Node globals (architecture A2).',
        })),
      ],
    },
  },
  {
    // Architecture A7: the renderer reaches the desktop only through renderer/platform/.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: forbidden(
            ['electron'],
            'The renderer reaches the desktop only through renderer/platform/.',
          ),
          patterns: forbiddenPatterns(
            ['../electron/*', '../../electron/*', '../../../electron/*'],
            'No main-process code in the renderer.',
          ),
        },
      ],
    },
  },
  {
    // UI text lives in the catalogues (architecture A10): no literal text in JSX.
    files: ['renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/[A-Za-zА-Яа-яЁёҢңӨөҮү]{2,}/]',
          message: 'UI text goes through i18next (t()), not literal JSX text.',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(label|placeholder|title|description|aria-label|alt)$/] > Literal[value=/[A-Za-zА-Яа-яЁёҢңӨөҮү]{2,}/]',
          message: 'UI text goes through i18next (t()), not literal attribute text.',
        },
      ],
    },
  },
);
