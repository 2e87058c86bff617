import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { openZip, ZIP_LIMITS } from "../../src/read/zipArchive.js";
import { deflateStoredZip } from "../../src/write/deflateZip.js";

const STAMP = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

async function storedZip(
  files: Record<string, string>,
  compression: "STORE" | "DEFLATE" = "STORE",
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) {
    if (name.endsWith("/")) zip.folder(name);
    else zip.file(name, text);
  }
  return zip.generateAsync({ type: "uint8array", compression });
}

describe("deflateStoredZip", () => {
  it.each<[string, Record<string, string>]>([
    ["one small part", { "a.xml": "<a/>" }],
    [
      "parts in folders, folders listed",
      { "xl/": "", "xl/worksheets/": "", "xl/worksheets/sheet1.xml": "<row r='1'/>".repeat(5_000) },
    ],
    ["an empty part", { "empty.txt": "" }],
    ["a name in UTF-8", { "Données/feuille é.xml": "é".repeat(1_000) }],
  ])("%s: the same entries, in the same order, with the same contents", async (_what, files) => {
    const packed = deflateStoredZip(await storedZip(files), STAMP);
    const opened = openZip(packed, ZIP_LIMITS);
    if (!opened.ok) throw new Error(opened.problem.reason);
    const expected = Object.keys(files).filter((n) => !n.endsWith("/"));
    expect(opened.zip.names).toEqual(expected);
    // zipArchive checks each entry's size and checksum as it inflates it.
    for (const name of expected) expect(opened.zip.readText(name)).toEqual({ ok: true, text: files[name] });
    const again = await JSZip.loadAsync(packed);
    for (const name of expected) expect(await again.file(name)?.async("string")).toBe(files[name]);
  });

  it("compresses, stamps every entry with the one date, and gives the same bytes every time", async () => {
    const files = { "xl/worksheets/sheet1.xml": "<c><v>1</v></c>".repeat(10_000) };
    const a = deflateStoredZip(await storedZip(files), STAMP);
    await new Promise((r) => setTimeout(r, 2_100)); // JSZip stamps with the time, in two-second steps
    const b = deflateStoredZip(await storedZip(files), STAMP);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(a.byteLength).toBeLessThan(files["xl/worksheets/sheet1.xml"].length / 10);
    const entry = (await JSZip.loadAsync(a)).file("xl/worksheets/sheet1.xml");
    expect(entry?.date.toISOString()).toBe(STAMP.toISOString());
  });

  it("throws on a zip whose entries are already compressed (it is only for zips foi-agg has just stored)", async () => {
    const deflated = await storedZip({ "a.xml": "<a/>".repeat(100) }, "DEFLATE");
    expect(() => deflateStoredZip(deflated, STAMP)).toThrow(/not stored/);
  });
});
