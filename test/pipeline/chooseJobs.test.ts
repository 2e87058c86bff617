import { describe, expect, it } from "vitest";
import { BUDGET_FROM_BYTES, chooseJobs, isWorthBudgeting, type JobsEvidence } from "../../src/pipeline/chooseJobs.js";

const KB = 1024;

describe("chooseJobs", () => {
  it.each<[string, JobsEvidence, number]>([
    ["a handful of returns on an idle 8-core machine", { files: 20, bytes: 200 * KB, cores: 8, load: 0 }, 1],
    [
      "the fixture corpus (219 small files) on an idle 2-core machine",
      { files: 219, bytes: 1300 * KB, cores: 2, load: 0.1 },
      1,
    ],
    ["1,000 small returns on an idle 2-core machine", { files: 1000, bytes: 5700 * KB, cores: 2, load: 0.1 }, 2],
    [
      "1,000 small returns on a 2-core machine whose other core is busy",
      { files: 1000, bytes: 5700 * KB, cores: 2, load: 1.2 },
      1,
    ],
    [
      "1,000 small returns on a 2-core machine shared by many",
      { files: 1000, bytes: 5700 * KB, cores: 2, load: 11 },
      1,
    ],
    [
      "1,000 small returns on an idle 8-core machine: as many workers as the work repays",
      { files: 1000, bytes: 5700 * KB, cores: 8, load: 0 },
      4,
    ],
    [
      "5,000 returns on an idle 8-core machine: every idle core",
      { files: 5000, bytes: 50_000 * KB, cores: 8, load: 0.2 },
      8,
    ],
    ["5,000 returns on an 8-core machine with 3 cores busy", { files: 5000, bytes: 50_000 * KB, cores: 8, load: 3 }, 5],
    ["a few large tables on an idle 4-core machine", { files: 4, bytes: 40_000 * KB, cores: 4, load: 0 }, 4],
    ["nothing to do", { files: 0, bytes: 0, cores: 4, load: 0 }, 1],
    ["a single core", { files: 5000, bytes: 50_000 * KB, cores: 1, load: 0 }, 1],
  ])("%s → %i lane(s)", (_name, evidence, lanes) => {
    expect(chooseJobs(evidence)).toBe(lanes);
  });
});

describe("isWorthBudgeting", () => {
  const { plain, packed } = BUDGET_FROM_BYTES;
  it.each<[string, number, boolean]>([
    ["Kent.csv", 130 * KB, false],
    ["Kent.csv", plain - 1, false],
    ["Kent.csv", plain, true],
    ["Kent letter.TXT", 5 * plain, true],
    ["Kent.xlsx", packed - 1, false],
    ["Kent.xlsx", packed, true],
    ["Kent.docx", packed, true],
    ["Kent.pdf", packed, true],
    ["Kent.ods", packed, true],
    ["batch.zip#Kent.xlsx", packed, true],
    ["batch.zip#Kent.csv", packed, false],
    ["no extension", plain, true],
  ])("%s of %i bytes → %s", (file, bytes, budgeted) => {
    expect(isWorthBudgeting(file, bytes)).toBe(budgeted);
  });
});
