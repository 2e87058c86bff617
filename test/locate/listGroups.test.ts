import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILT_IN_ROUND, listGroupsOf, RequestSchema } from "../../src/domain/request.js";
import { type Knowledge, loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A list of children (one row per child, a category column) is sorted into
 * the round's own groups, and a category that tells a group's parts apart
 * answers the parts' questions: for a round about children in unregistered
 * homes whose parts are boys and girls just as for the 2015 round's
 * identified and suspected trafficking. Nothing of the 2015 ids is used.
 */
const ROUND = {
  id: "placements",
  title: "Children in unregistered homes",
  citation: "FOI request on placements",
  period: { start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
  groups: [
    { id: "placed", label: "placed", phrasings: ["\\bplaced\\b", "\\bunregistered\\b"] },
    { id: "boys", label: "boys", phrasings: ["\\bboys?\\b", "^\\s*m(ale)?\\s*$"] },
    { id: "girls", label: "girls", phrasings: ["\\bgirls?\\b", "^\\s*f(emale)?\\s*$"] },
    { id: "remand", label: "on remand", phrasings: ["\\bremand\\b"] },
    { id: "remand_placed", label: "on remand and placed", phrasings: ["\\bremand and placed\\b"] },
  ],
  metrics: [
    { id: "looked_after", label: "children", counts: "children", phrasings: ["\\bchildren\\b"] },
    { id: "went_missing", label: "went missing", counts: "children", phrasings: ["\\bwent missing\\b"] },
    { id: "missing_incidents", label: "missing episodes", counts: "episodes", phrasings: ["\\bepisodes?\\b"] },
  ],
  relations: [
    { kind: "parts", whole: "placed", parts: ["boys", "girls"] },
    { kind: "subset", group: "remand_placed", of: "remand" },
  ],
  measures: [
    { id: "placed_children", group: "placed", metric: "looked_after", label: "Children placed" },
    { id: "boys_children", group: "boys", metric: "looked_after", label: "Boys placed" },
    { id: "girls_children", group: "girls", metric: "looked_after", label: "Girls placed" },
    { id: "placed_went_missing", group: "placed", metric: "went_missing", label: "Placed, went missing" },
    { id: "placed_episodes", group: "placed", metric: "missing_incidents", label: "Placed, episodes" },
    { id: "remand_children", group: "remand", metric: "looked_after", label: "On remand" },
  ],
};

describe("the groups a list sorts its rows into", () => {
  it.each([
    [
      "the 2015 round: parts count in their whole, and the combined group is no list group",
      BUILT_IN_ROUND,
      ["trafficked", "uasc"],
    ],
    ["a round of its own: parts and subsets left out", RequestSchema.parse(ROUND), ["placed", "remand"]],
  ])("%s", (_, request, groups) => {
    expect(listGroupsOf(request)).toEqual(groups);
  });
});

describe("a list of children in a round of its own", () => {
  let dir: string;
  let knowledge: Knowledge;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "foi-agg-listgroups-"));
    const path = join(dir, "request.json");
    await writeFile(path, JSON.stringify(ROUND));
    knowledge = loadKnowledge({ request: path });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const list = (categories: string[]) =>
    new TextEncoder().encode(
      [
        // The title says the list is of every child placed, not only those who went missing.
        "All children placed in unregistered homes 2023/24",
        "Child ref,Category,Missing episodes,Status",
        ...categories.map((c, i) => `C${i + 1},${c},${i % 2 === 0 ? 2 : 0},${i === 0 ? "Still missing" : "Returned"}`),
      ].join("\n"),
    );

  const derived = async (categories: string[]) => {
    const r = await processFile({ file: "Leeds list.csv", bytes: list(categories), manifestCode: null }, knowledge);
    return Object.fromEntries(r.facts.filter((f) => f.status === "derived").map((f) => [f.measure, f.value]));
  };

  it("counts each part from the category, and the whole from every row", async () => {
    expect(await derived(["Boy", "Girl", "Boy", "Male"])).toMatchObject({
      placed_children: 4,
      boys_children: 3,
      girls_children: 1,
      placed_went_missing: 2,
      placed_episodes: 4,
    });
  });

  it("gives no split of the parts when a row's category names neither part", async () => {
    const got = await derived(["Boy", "Girl", "Placed"]);
    expect(got.placed_children).toBe(3);
    expect(got.boys_children).toBeUndefined();
    expect(got.girls_children).toBeUndefined();
  });
});
