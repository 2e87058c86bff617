import { describe, expect, it } from "vitest";
import { decodeText, decodeWindows1252 } from "../../src/read/decodeText.js";

const utf16le = (s: string) => new Uint8Array(Buffer.from(s, "utf16le"));
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, "utf16le").swap16());
const cat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));

describe("decodeText", () => {
  it.each([
    { name: "ASCII", bytes: Buffer.from("Surrey,5\n"), text: "Surrey,5\n", encoding: "utf-8", guessed: false },
    {
      name: "UTF-8 without BOM",
      bytes: Buffer.from("Ynys Môn,£5 – 7"),
      text: "Ynys Môn,£5 – 7",
      encoding: "utf-8",
      guessed: false,
    },
    {
      name: "UTF-8 with BOM (Excel 'CSV UTF-8')",
      bytes: cat([0xef, 0xbb, 0xbf], Buffer.from("Ynys Môn")),
      text: "Ynys Môn",
      encoding: "utf-8",
      guessed: false,
    },
    {
      name: "UTF-16 LE with BOM (Excel 'Unicode Text')",
      bytes: cat([0xff, 0xfe], utf16le("Ynys Môn\t3")),
      text: "Ynys Môn\t3",
      encoding: "utf-16le",
      guessed: false,
    },
    {
      name: "UTF-16 BE with BOM",
      bytes: cat([0xfe, 0xff], utf16be("Ynys Môn")),
      text: "Ynys Môn",
      encoding: "utf-16be",
      guessed: false,
    },
    {
      name: "UTF-16 LE without BOM",
      bytes: utf16le("Area,Children\nGwynedd,4\n"),
      text: "Area,Children\nGwynedd,4\n",
      encoding: "utf-16le",
      guessed: true,
    },
    {
      name: "UTF-16 BE without BOM",
      bytes: utf16be("Area,Children\n"),
      text: "Area,Children\n",
      encoding: "utf-16be",
      guessed: true,
    },
    // "Ynys Môn,£5 – 7" as Excel on Windows saves it: ô=F4, £=A3, en dash=96.
    {
      name: "Windows-1252 (Excel 'CSV (Comma delimited)')",
      bytes: cat(
        Buffer.from("Ynys M"),
        [0xf4],
        Buffer.from("n,"),
        [0xa3],
        Buffer.from("5 "),
        [0x96],
        Buffer.from(" 7"),
      ),
      text: "Ynys Môn,£5 – 7",
      encoding: "windows-1252",
      guessed: true,
    },
    {
      name: "Windows-1252 curly quotes",
      bytes: cat([0x93], Buffer.from("nil"), [0x94]),
      text: "\u201cnil\u201d",
      encoding: "windows-1252",
      guessed: true,
    },
  ])("$name", ({ bytes, text, encoding, guessed }) => {
    const result = decodeText("Gwynedd.csv", new Uint8Array(bytes));
    expect(result.text).toBe(text);
    expect(result.encoding).toBe(encoding);
    expect(result.issues.map((i) => i.code)).toEqual(guessed ? ["encoding_guessed"] : []);
    for (const issue of result.issues) expect(issue).toMatchObject({ file: "Gwynedd.csv", severity: "info" });
  });

  it("quotes the first non-ASCII text it guessed at, so the user can check it", () => {
    const bytes = cat(Buffer.from("Area,Count\nYnys M"), [0xf4], Buffer.from("n,3\n"));
    const [issue] = decodeText("Anglesey.csv", bytes).issues;
    expect(issue?.raw).toBe("Ynys Môn,3");
    expect(issue?.message).toContain('"Ynys Môn,3"');
    expect(issue?.message).toContain("Windows-1252");
  });

  it("flags a file marked UTF-8 that holds invalid bytes instead of guessing silently", () => {
    const result = decodeText("x.csv", cat([0xef, 0xbb, 0xbf], Buffer.from("a"), [0xff], Buffer.from("b")));
    expect(result.text).toBe("a\uFFFDb");
    expect(result.issues.map((i) => i.code)).toEqual(["encoding_guessed"]);
  });
});

describe("decodeWindows1252", () => {
  it.each([
    [0x80, "€"],
    [0x85, "…"],
    [0x91, "\u2018"],
    [0x92, "\u2019"],
    [0x96, "–"],
    [0x97, "—"],
    [0x9f, "Ÿ"],
    [0x81, "\u0081"],
    [0xa3, "£"],
    [0xe9, "é"],
    [0x41, "A"],
  ])("byte %i decodes to %s", (byte, expected) => {
    expect(decodeWindows1252(new Uint8Array([byte]))).toBe(expected);
  });
});
