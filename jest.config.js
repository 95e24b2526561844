/** Jest runs every test of the project: the pure core, the shells and the documents. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/setup/global-setup.js',
};
