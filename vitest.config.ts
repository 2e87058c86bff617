import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Vitest's default in a run is one worker fewer than the CPUs: one worker on the 2-core machines we and CI
    // run on, so the suite ran file by file. Many tests wait on child processes (the CLI, LibreOffice,
    // Chromium), so two workers keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
