import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import {
  NATIONALITIES_FILE,
  NationalityTableSchema,
  normaliseNationalityText,
} from "../../src/knowledge/nationalities.js";

interface Entry {
  nationality: string;
  iso: string;
  spellings: string[];
}
const shipped = JSON.parse(readFileSync(join(KNOWLEDGE_DIR, NATIONALITIES_FILE), "utf8")) as {
  nationalities: Entry[];
};
const copy = (): typeof shipped => structuredClone(shipped);
const entry = (table: typeof shipped, name: string): Entry => {
  const found = table.nationalities.find((n) => n.nationality === name);
  if (!found) throw new Error(`no ${name} in nationalities.json`);
  return found;
};

describe("nationalities.json", () => {
  it("validates against its schema", () => {
    const result = NationalityTableSchema.safeParse(shipped);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each<[string, (t: typeof shipped) => void, RegExp]>([
    [
      "a spelling shared by two nationalities",
      (t) => entry(t, "Iraqi").spellings.push("Iran"),
      /"Iran" would mean both Iranian and Iraqi/,
    ],
    [
      "a spelling that differs only in case and accents",
      (t) => entry(t, "Albanian").spellings.push("CÔTE D’IVOIRE"),
      /would mean both Albanian and Ivorian/,
    ],
    ["an ISO code used twice", (t) => Object.assign(entry(t, "Iraqi"), { iso: "IR" }), /ISO code IR is used by both/],
    ["a lower-case ISO code", (t) => Object.assign(entry(t, "Iraqi"), { iso: "iq" }), /two capital letters/],
    [
      "a missing Other/unknown entry",
      (t) => {
        t.nationalities = t.nationalities.filter((n) => n.nationality !== "Other/unknown");
      },
      /needs an entry "Other\/unknown"/,
    ],
    [
      "a duplicate nationality",
      (t) => t.nationalities.push({ nationality: "Afghan", iso: "", spellings: [] }),
      /duplicate nationality Afghan/,
    ],
    ["a spelling of punctuation only", (t) => entry(t, "Afghan").spellings.push("--"), /spelling "--" is empty/],
  ])("rejects %s", (_, spoil, message) => {
    const table = copy();
    spoil(table);
    const result = NationalityTableSchema.safeParse(table);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join("\n")).toMatch(message);
  });

  it.each([
    ["Côte d’Ivoire", "cote d ivoire"],
    ["  Viet-Nam ", "viet nam"],
    ["Bosnia & Herzegovina", "bosnia and herzegovina"],
    ["U.K.", "u k"],
  ])("normalises %j to %j", (raw, key) => {
    expect(normaliseNationalityText(raw)).toBe(key);
  });
});
