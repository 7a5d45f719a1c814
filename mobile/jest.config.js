/** @type {import('jest').Config} */
module.exports = {
  // the product is an Android app: modules resolve as on Android (.android.ts, Platform.OS)
  preset: 'jest-expo/android',
  testMatch: ['<rootDir>/tests/**/*.test.ts?(x)'],
  setupFiles: ['<rootDir>/tests/setup.ts'],
  // the first render of the whole router in a file is slow on a 2-core machine
  testTimeout: 15_000,
};
