import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { derivationsOf, RequestSchema } from "../../src/domain/request.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");
const round = JSON.parse(readFileSync(join(import.meta.dirname, "school-exclusions.request.json"), "utf8"));
const heading2015 = JSON.parse(readFileSync(join(KNOWLEDGE_DIR, "request-heading-back-to-harm-2015.json"), "utf8"));

/** The messages zod gives for a request changed by `edit`. */
function problems(edit: (r: typeof round) => void): string[] {
  const copy = structuredClone(round);
  edit(copy);
  const parsed = RequestSchema.safeParse(copy);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
}

describe("RequestSchema", () => {
  it("reads the 2015 request, written before groups were data, with the 2015 groups, relations, rules and one period", () => {
    const r = RequestSchema.parse(heading2015);
    expect(r.groups.map((g) => g.id)).toEqual([
      "trafficked",
      "trafficked_identified",
      "trafficked_suspected",
      "uasc",
      "all",
    ]);
    expect(r.metrics.map((m) => [m.id, m.counts])).toContainEqual(["missing_incidents", "episodes"]);
    expect(r.relations).toEqual([
      { kind: "parts", whole: "trafficked", parts: ["trafficked_identified", "trafficked_suspected"] },
    ]);
    expect(r.rules).toHaveLength(3);
    expect(r.periods).toEqual([
      { id: "2014-15", start: "2014-10-01", end: "2015-09-30", label: "1 October 2014 to 30 September 2015" },
    ]);
  });

  it("gives an old-form period without an id the year, or start_end", () => {
    const { id: _id, ...period } = heading2015.period;
    expect(RequestSchema.parse({ ...heading2015, period }).periods[0]?.id).toBe("2014-10-01_2015-09-30");
    const calendar = { start: "2018-01-01", end: "2018-12-31", label: "2018" };
    expect(RequestSchema.parse({ ...heading2015, period: calendar }).periods[0]?.id).toBe("2018");
  });

  it("gives a round with its own groups and metrics none of the 2015 relations or rules", () => {
    const { relations: _r, rules: _s, ...bare } = round;
    const r = RequestSchema.parse(bare);
    expect([r.relations, r.rules]).toEqual([[], []]);
  });

  it("accepts the school-exclusions round", () => {
    expect(problems(() => {})).toEqual([]);
  });

  it.each<[string, (r: typeof round) => void, RegExp]>([
    [
      "a measure's unknown group",
      (r) => {
        r.measures[0].group = "expelled";
      },
      /measure permanent_pupils names unknown group expelled/,
    ],
    [
      "a measure's unknown metric",
      (r) => {
        r.measures[0].metric = "days";
      },
      /measure permanent_pupils names unknown metric days/,
    ],
    [
      "a relation's unknown group",
      (r) => {
        r.relations[0].of = "permanently";
      },
      /a subset relation names unknown group permanently/,
    ],
    [
      "a rule's unknown metric",
      (r) => {
        r.rules[0].of = "children";
      },
      /rule atLeast names unknown metric children/,
    ],
    [
      "a rule's unknown group",
      (r) => {
        (r.rules[0] as { groups?: string[] }).groups = ["expelled"];
      },
      /rule atLeast names unknown group expelled/,
    ],
    [
      "a question's unknown measure",
      (r) => {
        r.questions[0].measures = ["pupils"];
      },
      /question 1 names unknown measure pupils/,
    ],
    [
      "a question's unknown period",
      (r) => {
        r.questions[0].periods = ["2021-22"];
      },
      /question 1 names unknown period 2021-22/,
    ],
    [
      "a period id with a slash",
      (r) => {
        r.periods[0].id = "2022/23";
      },
      /letters, digits/,
    ],
    [
      "a period given twice",
      (r) => {
        r.periods[1].id = "2022-23";
      },
      /period 2022-23 is given twice/,
    ],
    [
      "both period and periods",
      (r) => {
        r.period = { start: "2022-09-01", end: "2023-08-31", label: "x" };
      },
      /exactly one of period/,
    ],
    [
      "neither period nor periods",
      (r) => {
        delete r.periods;
      },
      /exactly one of period/,
    ],
    [
      "a group given twice",
      (r) => {
        r.groups[1].id = "permanent";
      },
      /group permanent is given twice/,
    ],
    [
      "nationalityGroups naming an unknown group",
      (r) => {
        r.nationalityGroups = ["uasc"];
      },
      /nationalityGroups names unknown group uasc/,
    ],
    [
      "a misspelt field",
      (r) => {
        r.mesures = [];
      },
      /Unrecognized key/,
    ],
    [
      "a phrasing that is no regular expression",
      (r) => {
        r.groups[0].phrasings = ["(perm"];
      },
      /not a valid regular expression/,
    ],
  ])("rejects %s", (_, edit, message) => {
    expect(problems(edit).join("\n")).toMatch(message);
  });
});

describe("RequestSchema: a metric that is an average or a percentage", () => {
  const withAverage = (r: typeof round) => {
    r.metrics.push({ id: "rate", label: "exclusion rate", kind: "percentage", phrasings: ["\\brate\\b"] });
    r.measures.push({ id: "permanent_rate", group: "permanent", metric: "rate", label: "Permanent exclusion rate" });
  };

  it("accepts a metric of kind average or percentage, with no counts", () => {
    expect(problems(withAverage)).toEqual([]);
  });

  it("still asks a count what it counts", () => {
    expect(
      problems((r) => {
        delete (r.metrics[0] as { counts?: string }).counts;
      }).join("\n"),
    ).toMatch(/metric pupils is a count: say what it counts/u);
  });

  it.each([
    [
      "a rule naming a percentage",
      (r: typeof round) => {
        withAverage(r);
        r.rules.push({ kind: "atMost", metric: "rate", of: "pupils" });
      },
      /rule atMost names metric rate, which is an average or a percentage, not a count/u,
    ],
    [
      "a derivation adding up a percentage",
      (r: typeof round) => {
        withAverage(r);
        r.derivations = [{ measure: "permanent_rate", sumOf: ["permanent_pupils", "permanent_exclusions"] }];
      },
      /derivation names measure permanent_rate, an average or a percentage: averages and percentages are never added up/u,
    ],
  ])("refuses %s", (_, edit, message) => {
    expect(problems(edit).join("\n")).toMatch(message);
  });

  it("derives no whole's average from its parts' averages", () => {
    const copy = structuredClone(round);
    withAverage(copy);
    copy.groups.push(
      { id: "boys", label: "boys", phrasings: ["\\bboys\\b"] },
      { id: "girls", label: "girls", phrasings: ["\\bgirls\\b"] },
    );
    copy.relations.push({ kind: "parts", whole: "permanent", parts: ["boys", "girls"] });
    for (const g of ["boys", "girls"]) {
      copy.measures.push(
        { id: `${g}_pupils`, group: g, metric: "pupils", label: `${g} excluded` },
        { id: `${g}_rate`, group: g, metric: "rate", label: `${g} exclusion rate` },
      );
    }
    const derived = derivationsOf(RequestSchema.parse(copy)).map((d) => d.measure);
    expect(derived).toContain("permanent_pupils");
    expect(derived).not.toContain("permanent_rate");
  });
});

describe("RequestSchema: every request shipped or written for a round still reads", () => {
  const files = [
    ...readdirSync(KNOWLEDGE_DIR)
      .filter((n) => /^request-.*\.json$/u.test(n))
      .map((n) => join(KNOWLEDGE_DIR, n)),
    ...readdirSync(FIXTURES)
      .filter((d) => existsSync(join(FIXTURES, d, "request.json")))
      .map((d) => join(FIXTURES, d, "request.json")),
  ];
  it.each(files)("%s", (file) => {
    const parsed = RequestSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message)).toEqual([]);
  });
});
