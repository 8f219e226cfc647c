import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Every TechbrokerError made in a test file must carry a code from ERROR_CODES (test/errors.codes.test.ts).
    setupFiles: ["test/support/errorCodeWatch.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
