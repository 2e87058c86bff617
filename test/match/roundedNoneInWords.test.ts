import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A letter whose figures are rounded to the nearest 5 may still say in
 * words that a count is none: that 0 is exact. A bare 0 stays a range.
 */
async function notFound(answer: string, note = "Please note that all figures have been rounded to the nearest 5.") {
  const letter = [
    "Anytown Council",
    "",
    "Unaccompanied asylum seeking children",
    "- Looked after during the period: 15",
    "- Went missing at least once: 5",
    `- Not found: ${answer}`,
    "",
    note,
  ];
  const r = await processFile(
    { file: "Anytown reply.txt", bytes: text(letter.join("\n")), manifestCode: null },
    knowledge(),
  );
  const f = r.facts.find((x) => x.measure === "uasc_not_found");
  const went = r.facts.find((x) => x.measure === "uasc_went_missing");
  return { notFound: f && [f.status, f.lower, f.upper], went: went && [went.status, went.lower, went.upper] };
}

describe("a zero stated in words under a rounding note", () => {
  it.each([
    ["no young person remains missing (0)", ["reported", 0, 0]],
    ["none (0)", ["reported", 0, 0]],
    ["0 - no children are still missing", ["reported", 0, 0]],
    ["0", ["suppressed", 0, 2]],
  ])("%s → %j", async (answer, want) => {
    const r = await notFound(answer);
    expect(r.notFound).toEqual(want);
    // The note still covers every other figure.
    expect(r.went).toEqual(["suppressed", 3, 7]);
  });
});

describe("a bare zero under a rounding note that exempts zeros", () => {
  // Councils say it in several ways; each leaves a 0 as exactly none, and every other figure a range.
  it.each([
    "Data has been rounded to the nearest 5 for disclosure reasons. * = fewer than 5. 0 = nil (not rounded).",
    "All figures are rounded to the nearest 5. Zeros are not rounded.",
    "Figures are rounded to the nearest five, except zeros.",
    "Counts rounded to the nearest 5; 0 is a true zero.",
  ])("%s", async (note) => {
    const r = await notFound("0", note);
    expect(r.notFound).toEqual(["reported", 0, 0]);
    expect(r.went).toEqual(["suppressed", 3, 7]);
  });

  // The dash the note defines as nil is the zero it exempts ("-" reads as 0).
  it.each([
    'Figures have been rounded to the nearest 5 to prevent the identification of individuals. "-" means nil (a true zero, not rounded).',
    "All numbers are rounded to the nearest 5; a dash (-) denotes a true zero.",
    "Rounded to nearest 5. '-' = nil.",
  ])("a dash defined as nil: %s", async (note) => {
    const r = await notFound("-", note);
    expect(r.notFound).toEqual(["reported", 0, 0]);
    expect(r.went).toEqual(["suppressed", 3, 7]);
  });

  it("keeps a dash a range when the note says nothing of it", async () => {
    const r = await notFound("-", "Figures rounded to the nearest 5 - this is to protect the children.");
    expect(r.notFound).toEqual(["suppressed", 0, 2]);
  });

  it("keeps a bare zero a range when the note only explains a symbol", async () => {
    const r = await notFound("0", "Figures rounded to the nearest 5. * = fewer than 5. 0 = 0 to 2.");
    expect(r.notFound).toEqual(["suppressed", 0, 2]);
  });
});
