import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { ExpectedFiguresSchema } from "../../src/verify/expected.js";
import { ROOT } from "../support/cli.js";

/** A bundled round's request, through the same schema and loader as `--request`. */
const loadRound = (file: string) => loadKnowledge({ request: join(KNOWLEDGE_DIR, file) }).request;

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

describe("the later rounds' request definitions", () => {
  it.each([
    { file: "request-still-in-harms-way-2017.json", periods: ["2017"], groups: 5 },
    { file: "request-when-harm-remains-2018-2020.json", periods: ["2018", "2019", "2020"], groups: 5 },
    {
      file: "request-until-harm-ends-2021-2024.json",
      periods: ["2021", "2022", "2023", "2024-01-01_2024-04-30"],
      groups: 6,
    },
  ])("$file has the request shape and periods $periods", ({ file, periods, groups }) => {
    const parsed = loadRound(file);
    expect(parsed.periods.map((p) => p.id)).toEqual(periods);
    expect(parsed.groups).toHaveLength(groups);
    // Questions asked once per period say so, for every period of the round.
    if (periods.length > 1) for (const q of parsed.questions ?? []) expect(q.periods).toEqual(periods);
  });

  it("the 2021-2024 round adds UASC also trafficked, a subset of UASC, and asks for 1 January to 30 April 2024", () => {
    const r = loadRound("request-until-harm-ends-2021-2024.json");
    expect(r.relations).toContainEqual({ kind: "subset", group: "uasc_trafficked", of: "uasc" });
    expect(r.questions.find((q) => q.number === "1d")?.measures).toEqual(["uasc_trafficked_looked_after"]);
    expect(r.periods.at(-1)).toEqual({
      id: "2024-01-01_2024-04-30",
      start: "2024-01-01",
      end: "2024-04-30",
      label: "1 January 2024 to 30 April 2024",
    });
    // The new group's phrasings find the published wording of question 1d.
    const phrasings = r.groups.find((g) => g.id === "uasc_trafficked")?.phrasings ?? [];
    const q1d = (r.questions.find((q) => q.number === "1d")?.text ?? "").toLowerCase();
    expect(phrasings.some((p) => new RegExp(p, "iu").test(q1d))).toBe(true);
    const q1c = (r.questions.find((q) => q.number === "1c")?.text ?? "").toLowerCase();
    expect(phrasings.some((p) => new RegExp(p, "iu").test(q1c))).toBe(false);
  });
});

describe("the later rounds' published figures", () => {
  const dir = join(ROOT, "fixtures", "expected");
  it.each([
    "still-in-harms-way-2017-press-release.json",
    "still-in-harms-way-2017-localgov.json",
    "when-harm-remains-2018-2020.json",
    "until-harm-ends-2021-2024.json",
  ])("%s is a valid expected-figures file whose percentages agree with its totals", (file) => {
    const parsed = ExpectedFiguresSchema.safeParse(readJson(join(dir, file)));
    expect(parsed.error?.issues ?? []).toEqual([]);
    const figures = parsed.data?.figures ?? [];
    const totals = new Map(
      figures.flatMap((f) => (f.kind === "total" && typeof f.measure === "string" ? [[f.measure, f] as const] : [])),
    );
    // A published percentage is checked against the published totals beside it (same year, from its id's prefix).
    for (const f of figures) {
      if (
        f.kind !== "percentage" ||
        typeof f.numerator.measure !== "string" ||
        typeof f.denominator.measure !== "string"
      )
        continue;
      const year = f.id.includes("-") ? f.id.split("-")[0] : null;
      const find = (m: string) =>
        figures.find((t) => t.kind === "total" && t.measure === m && (year === null || t.id.startsWith(`${year}-`))) ??
        totals.get(m);
      const num = find(f.numerator.measure);
      const den = find(f.denominator.measure);
      if (num?.kind !== "total" || den?.kind !== "total") throw new Error(`${file} ${f.id}: no totals beside it`);
      expect(Math.floor((100 * num.published) / den.published + 0.5), `${file} ${f.id}`).toBe(f.published);
    }
  });

  it("both 2017 files say that the two published versions disagree", () => {
    for (const file of ["still-in-harms-way-2017-press-release.json", "still-in-harms-way-2017-localgov.json"]) {
      const parsed = ExpectedFiguresSchema.parse(readJson(join(dir, file)));
      expect(parsed.description).toMatch(/disagree/);
    }
  });
});
