import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { definedAbbreviations } from "../../src/identify/definedAbbreviations.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";
import { index } from "./realIndex.js";

function figures(r: FileResult): string {
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure}=${f.status === "reported" ? f.value : f.status}`)
    .sort()
    .join(" ");
}

describe("short forms a file defines for the councils it names", () => {
  it("reads the letters in brackets after a council's name as that council", () => {
    const found = definedAbbreviations(
      ["Our joint team answers for Worcestershire County Council (WCC) and Herefordshire Council (HC)."],
      index,
    );
    expect(Object.fromEntries(found)).toEqual({ WCC: "E10000034", HC: "E06000019" });
  });

  it("drops a short form defined for two councils", () => {
    const found = definedAbbreviations(
      ["Warwickshire County Council (WCC)", "Worcestershire County Council (WCC)"],
      index,
    );
    expect(found.size).toBe(0);
  });

  it("reads a shared service's columns headed by those short forms, each for its council", async () => {
    const body = [
      "Reply from the joint children's service for Worcestershire County Council (WCC) and Herefordshire Council (HC),,",
      "Question,WCC,HC",
      "UASC looked after,44,21",
      "UASC who went missing,9,3",
    ].join("\n");
    const r = await processFile(
      { file: "Joint service FOI 77.csv", bytes: text(body), manifestCode: null },
      knowledge(),
    );
    const shares = Object.fromEntries(
      (r.shares ?? []).map((s) => [s.authority.code, figures({ ...r, facts: s.facts })]),
    );
    expect(shares).toEqual({
      E10000034: "uasc_looked_after=44 uasc_went_missing=9",
      E06000019: "uasc_looked_after=21 uasc_went_missing=3",
    });
  });
});
