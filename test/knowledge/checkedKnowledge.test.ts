import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadAuthorityReference } from "../../src/knowledge/authorityReference.js";
import { checkedData, KNOWLEDGE_DIR, recordCheckedKnowledge } from "../../src/knowledge/files.js";
import { loadLabels } from "../../src/knowledge/labels.js";
import { loadRequest } from "../../src/knowledge/request.js";

const labelsPath = join(KNOWLEDGE_DIR, "labels.json");
const labelsText = readFileSync(labelsPath, "utf8");
const scratch = mkdtempSync(join(tmpdir(), "foi-agg-checked-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("knowledge checked once by the build", () => {
  const checked = recordCheckedKnowledge(() => {
    loadLabels(KNOWLEDGE_DIR);
    loadAuthorityReference(KNOWLEDGE_DIR);
  });

  it("records each bundled file the loaders validated, by its name in the knowledge folder", () => {
    expect(Object.keys(checked)).toEqual(["labels.json", "uk-local-authorities.csv"]);
  });

  it("gives what validation gives, a fresh object at each load", () => {
    const first = checkedData(checked, labelsPath, labelsText);
    expect(first).toEqual(loadLabels(KNOWLEDGE_DIR));
    expect(checkedData(checked, labelsPath, labelsText)).not.toBe(first);
    const referencePath = join(KNOWLEDGE_DIR, "uk-local-authorities.csv");
    expect(checkedData(checked, referencePath, readFileSync(referencePath, "utf8"))).toEqual(
      loadAuthorityReference(KNOWLEDGE_DIR),
    );
  });

  it("is not trusted for a file edited since the build", () => {
    const edited = labelsText.replace("{", '{"notAField": 1,');
    expect(checkedData(checked, labelsPath, edited)).toBeUndefined();
  });

  it("is not trusted with no checked copy, or for a file outside the knowledge folder", () => {
    expect(checkedData(null, labelsPath, labelsText)).toBeUndefined();
    expect(checkedData(checked, join(scratch, "labels.json"), labelsText)).toBeUndefined();
  });

  it("still refuses an invalid knowledge file, and a round's request, as they load", () => {
    const dir = join(scratch, "knowledge");
    cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
    writeFileSync(join(dir, "labels.json"), "[]");
    expect(() => loadLabels(dir)).toThrow(/labels\.json does not match its schema/u);
    const request = join(scratch, "request.json");
    writeFileSync(request, JSON.stringify({ measures: "none" }));
    expect(() => loadRequest(request)).toThrow(/does not match its schema/u);
  });
});
