import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/pipeline/runIngest.js";
import { buildZip } from "../containers/zipBytes.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A covering letter in the same zip as a council's figures says what they
 * count ("the figures for question 6 include children who moved out of the
 * area"): the warning reaches the figures of the other file, and only the
 * same council's figures. Run end to end, as a researcher's folder is.
 */
const table = (title: string) =>
  [title, "Question,Answer", "UASC looked after,31", "UASC who went missing at least once,7", ""].join("\n");
const letter = (council: string, note: string) =>
  [
    council,
    "Dear Requester",
    "Please find our figures in the attached spreadsheet.",
    note,
    "Yours sincerely",
    council,
  ].join("\n");

let scratch: string;
let quality: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-covering-"));
  const folder = join(scratch, "returns");
  await mkdir(folder);
  await writeFile(
    join(folder, "herts.zip"),
    await buildZip({
      "Hertfordshire figures.csv": table("Hertfordshire County Council FOI response"),
      "Hertfordshire covering letter.txt": letter(
        "Hertfordshire County Council",
        "Please note: the figures for question 6 include all children removed from the register, including those who moved out of the area.",
      ),
    }),
  );
  // A zip of two councils' replies: Kent's letter says nothing about Devon's figures.
  await writeFile(
    join(folder, "batch.zip"),
    await buildZip({
      "Devon figures.csv": table("Devon County Council FOI response"),
      "Kent letter.txt": letter(
        "Kent County Council",
        "The figures above are for our shared service as a whole and cover both councils.",
      ),
    }),
  );
  await runIngest({ folder, out: join(scratch, "out"), strict: false, jobs: 1 });
  quality = await readFile(join(scratch, "out", "quality.csv"), "utf8");
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("a covering letter in the same zip", () => {
  it("warns on the measures its note names in the council's spreadsheet", () => {
    const q6 = knowledge().request.questions.find((q) => q.number === "6")?.measures ?? [];
    const warned = quality
      .split("\n")
      .filter((l) => l.includes("Hertfordshire figures.csv") && l.includes(",warning,label_outside_request,"));
    expect(warned.length).toBeGreaterThan(0);
    for (const l of warned) expect(q6.some((m) => l.includes(`,${m},`))).toBe(true);
    expect(warned[0]).toContain("a note in the letter it came with");
  });

  it("never lends one council's note to another council's figures", () => {
    expect(
      quality.split("\n").filter((l) => l.includes("Devon figures.csv") && l.includes("label_outside_request")),
    ).toEqual([]);
  });
});
