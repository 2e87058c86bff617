import { describe, expect, it } from "vitest";
import { BRACKETED_GROUP, COUNT_THEN_TAG, TAGGED, TAGGED_THEN_COUNT } from "../../src/locate/readNationalityProse.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function run(rows: string[][]) {
  const text = rows.map((r) => r.map((c) => (c.includes(",") ? `"${c}"` : c)).join(",")).join("\n");
  return processFile(
    { file: "Anytown Council FOI export.csv", bytes: new TextEncoder().encode(text), manifestCode: null },
    knowledge(),
  );
}

/**
 * A nationality with its group in brackets ("Eritrean (UASC) | 3") is read
 * by patterns whose name and bracket parts may both hold spaces: a cell
 * with a long run of spaces (a pdf's layout, a padded export) must not
 * make them try every split of it.
 */
describe("a nationality's bracketed group, read in time whatever its spacing", () => {
  it("reads 'Eritrean (UASC)' still", async () => {
    const r = await run([
      ["Question", "Response"],
      ["9. Nationality of children who went missing", ""],
      ["Eritrean (UASC)", "3"],
      ["Afghan (UASC)", "2"],
    ]);
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).toEqual([
      "uasc Eritrean 3",
      "uasc Afghan 2",
    ]);
  });

  it.each([
    ["bracketed group", BRACKETED_GROUP],
    ["group and count in brackets", TAGGED],
    ["count after the bracket", TAGGED_THEN_COUNT],
    ["count then group in brackets", COUNT_THEN_TAG],
  ])("the %s pattern walks a long run of spaces once", (_, pattern) => {
    for (const text of [
      `${" ".repeat(20_000)}x`,
      `Eritrean${" ".repeat(20_000)}x`,
      `Eritrean (${" ".repeat(20_000)}x`,
      `Eritrean (UASC)${" ".repeat(20_000)}x`,
      `Eritrean (1${" ".repeat(20_000)}x`,
      `Eritrean (1 -${" ".repeat(20_000)}`,
    ]) {
      const started = Date.now();
      expect(pattern.exec(text)).toBeNull();
      expect(Date.now() - started).toBeLessThan(500);
    }
  });

  it("still reads names and brackets with spaces around them", () => {
    expect(
      BRACKETED_GROUP.exec("  Eritrean ( UASC ) ")
        ?.slice(1)
        .map((t) => t.trim()),
    ).toEqual(["Eritrean", "UASC"]);
    expect(
      TAGGED.exec("Vietnamese (trafficked, 4)")
        ?.slice(1)
        .map((t) => t.trim()),
    ).toEqual(["Vietnamese", "trafficked", "4"]);
    expect(
      TAGGED_THEN_COUNT.exec("Afghan (UASC) – one")
        ?.slice(1)
        .map((t) => t.trim()),
    ).toEqual(["Afghan", "UASC", "one"]);
    for (const [text, parts] of [
      ["Syrian (1 young person - UASC)", ["Syrian", "1", "UASC"]],
      ["Afghan ( 2, unaccompanied )", ["Afghan", "2", "unaccompanied"]],
      ["Vietnamese (1 trafficked)", ["Vietnamese", "1", "trafficked"]],
    ] as const) {
      expect(
        COUNT_THEN_TAG.exec(text)
          ?.slice(1)
          .map((t) => t.trim()),
      ).toEqual(parts);
    }
  });
});
