import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * A letter that restates its questions as headings, not as questions ("3. Episodes of going missing")
 * over lettered parts ("a) Trafficked …") over a line a year: each part answers its heading's count for
 * the group it names. Taken alone, "a) Trafficked" would read as the looked-after count, or as another
 * part of the question before.
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function figures(body: string): Promise<{ values: string[]; codes: string[] }> {
  const r = await processFile(
    { file: "Wigan FOI 2024-117 reply.txt", bytes: text(body), manifestCode: "E08000010" },
    knowledge,
  );
  const keyed = keyPeriods([r], knowledge.request, knowledge.labels.everyPeriod);
  return {
    values: keyed
      .flatMap(({ period, results }) =>
        results.flatMap((x) =>
          x.facts.filter((f) => f.status === "reported").map((f) => `${f.measure}@${period.id}=${f.value}`),
        ),
      )
      .sort(),
    codes: [
      ...r.issues.map((i) => `${i.code}:${i.measure ?? ""}`),
      ...keyed.flatMap((k) => k.results.flatMap((x) => x.issues.map((i) => `${i.code}:${i.measure ?? ""}`))),
    ],
  };
}

const years = (a: number, b: number, c: number, d: number) => [
  `2021: ${a}`,
  `2022: ${b}`,
  `2023: ${c}`,
  `2024 (January to April): ${d}`,
];

const body = [
  "Dear Sir or Madam,",
  "",
  "Please find our response to your request below.",
  "",
  "2. Looked after children who went missing or absent",
  "a) Identified or suspected as trafficked",
  ...years(4, 3, 6, 1),
  "b) Unaccompanied or separated children",
  ...years(9, 11, 8, 2),
  "3. Episodes of going missing or absent",
  "a) Identified or suspected as trafficked",
  ...years(12, 7, 15, 3),
  "b) Unaccompanied or separated children",
  ...years(21, 30, 17, 5),
  "4. Still missing, including any who turned 18 while missing",
  "None in any year.",
  "",
  "Yours faithfully,",
  "Information Governance",
].join("\n");

describe("a numbered heading over lettered parts, a line a year under each", () => {
  it("reads each part as its heading's count for the part's group", async () => {
    const { values } = await figures(body);
    expect(values).toEqual(
      expect.arrayContaining([
        "trafficked_missing_incidents@2021=12",
        "trafficked_missing_incidents@2024-01-01_2024-04-30=3",
        "uasc_missing_incidents@2022=30",
        "uasc_missing_incidents@2023=17",
        "trafficked_went_missing@2021=4",
        "uasc_went_missing@2022=11",
      ]),
    );
    expect(values.filter((v) => v.startsWith("trafficked_looked_after") || v.startsWith("uasc_looked_after"))).toEqual(
      [],
    );
  });

  it("takes no age for a count: 'turned 18' is not the answer to question 4, 'None in any year' is", async () => {
    const { values } = await figures(body);
    expect(values.filter((v) => v.startsWith("not_found"))).toEqual([
      "not_found@2021=0",
      "not_found@2022=0",
      "not_found@2023=0",
      "not_found@2024-01-01_2024-04-30=0",
    ]);
  });

  it("keeps the question's own note on its answers, not on the counts of children who went missing", async () => {
    const { codes } = await figures(body);
    expect(codes.filter((c) => c.startsWith("label_outside_request:") && !c.endsWith(":not_found"))).toEqual([]);
  });
});
