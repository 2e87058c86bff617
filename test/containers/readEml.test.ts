import { describe, expect, it } from "vitest";
import { expandContainer } from "../../src/discover/expandContainers.js";
import { decodeHeaderText, parseAddress } from "../../src/read/parseMime.js";
import { readEml } from "../../src/read/readEml.js";
import { readWorkbook } from "../../src/read/readWorkbook.js";
import { buildEml } from "../support/buildEml.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { buildZip } from "./zipBytes.js";

const rowsOf = (bytes: Uint8Array) => {
  const sheet = readEml("reply.eml", bytes).workbook?.sheets[0];
  return (sheet?.rows ?? []).map((row, r) => ({ row, place: sheet?.lines?.[r]?.place, kind: sheet?.lines?.[r]?.kind }));
};

describe("readEml: the body read as a letter", () => {
  it("reads a quoted-printable Windows-1252 body, placing each line", async () => {
    const eml = buildEml({
      from: '"Devon County Council" <foi@devon.gov.uk>',
      body: {
        type: "text/plain",
        charset: "windows-1252",
        encoding: "quoted-printable",
        content:
          "Dear Requester,\r\n\r\nQ1 – How many UASC were looked after? 120\r\nIn the year we held “no record” for Q2, a very long line that the mail program wrapped with a soft line break in quoted-printable.\r\n\r\nDevon County Council",
      },
    });
    const result = await readWorkbook("reply.eml", eml);
    expect(result.workbook?.format).toBe("eml");
    expect(result.workbook?.sheets[0]?.name).toBe("reply.eml");
    expect(rowsOf(eml)).toEqual([
      { row: ["Dear Requester,"], place: "body line 1", kind: "prose" },
      { row: ["Q1 – How many UASC were looked after? 120"], place: "body line 3", kind: "prose" },
      {
        row: [
          "In the year we held “no record” for Q2, a very long line that the mail program wrapped with a soft line break in quoted-printable.",
        ],
        place: "body line 4",
        kind: "prose",
      },
      { row: ["Devon County Council"], place: "body line 6", kind: "prose" },
    ]);
  });

  it("turns an HTML-only body into lines, keeping a table's rows as table rows", () => {
    const html = `<html><head><style>p{color:red}</style></head><body>
      <p>Dear Requester,</p><p>Our answers&nbsp;are below.</p>
      <table border=1><tr><th>Question</th><th>Answer</th></tr>
      <tr><td>UASC looked after</td><td>120</td></tr>
      <tr><td colspan="2">Figures for 2014&ndash;15</td></tr></table>
      <p>Kind regards,<br>Kent County Council</p></body></html>`;
    const eml = buildEml({ from: "foi@kent.gov.uk", body: { type: "text/html", content: html, encoding: "base64" } });
    expect(rowsOf(eml)).toEqual([
      { row: ["Dear Requester,"], place: "body line 1", kind: "prose" },
      { row: ["Our answers are below."], place: "body line 2", kind: "prose" },
      { row: ["Question", "Answer"], place: "body table 1 row 1", kind: "table" },
      { row: ["UASC looked after", "120"], place: "body table 1 row 2", kind: "table" },
      { row: ["Figures for 2014–15", ""], place: "body table 1 row 3", kind: "table" },
      { row: ["Kind regards,"], place: "body line 3", kind: "prose" },
      { row: ["Kent County Council"], place: "body line 4", kind: "prose" },
    ]);
    expect(readEml("reply.eml", eml).workbook?.sheets[0]?.merges).toEqual([{ top: 5, left: 1, bottom: 5, right: 2 }]);
  });

  it("reads a one-column layout table (as Outlook writes whole messages) as prose", () => {
    const html = "<table><tr><td><p>Dear Requester,</p><p>We hold no information.</p></td></tr></table>";
    const eml = buildEml({ from: "foi@kent.gov.uk", body: { type: "text/html", content: html } });
    expect(rowsOf(eml).map((r) => [r.row[0], r.kind])).toEqual([
      ["Dear Requester,", "prose"],
      ["We hold no information.", "prose"],
    ]);
  });

  it.each([
    ["text/plain when there is no table", "<p>Answer: 5</p>", "Answer: 5 (plain)"],
    ["text/html when it has a table of figures", "<table><tr><td>UASC</td><td>5</td></tr></table>", "UASC"],
  ])("in multipart/alternative prefers %s", (_, html, first) => {
    const eml = buildEml({
      from: "foi@kent.gov.uk",
      body: {
        multipart: "alternative",
        parts: [
          { type: "text/plain", content: "Answer: 5 (plain)" },
          { type: "text/html", content: html },
        ],
      },
    });
    expect(rowsOf(eml)[0]?.row[0]).toBe(first);
  });

  it.each([
    ["=?utf-8?B?Q3luZ29yIFNpciBHYXI=?= <foi@sirgar.gov.uk>", "Cyngor Sir Gar <foi@sirgar.gov.uk>"],
    ["=?iso-8859-1?Q?R=E9ponse_FOI?=", "Réponse FOI"],
    ["=?utf-8?Q?Caf=C3=A9?= =?utf-8?Q?_FOI?=", "Café FOI"],
    ["=?windows-1252?Q?Kent_=96_FOI?=", "Kent – FOI"],
    ["plain text", "plain text"],
  ])("decodes the header %s", (raw, decoded) => {
    expect(decodeHeaderText(raw)).toBe(decoded);
  });

  it.each([
    ['"Devon County Council" <FOI@Devon.gov.uk>', "Devon County Council", "foi@devon.gov.uk"],
    ["foi@kent.gov.uk", "", "foi@kent.gov.uk"],
    ["foi@kent.gov.uk (Kent FOI team)", "Kent FOI team", "foi@kent.gov.uk"],
  ])("reads the address %s", (header, name, address) => {
    expect(parseAddress(header)).toEqual({ name, address });
  });
});

describe("expandContainer: e-mails", () => {
  it("takes a base64 xlsx attachment out as a file of its own, with the sender, and keeps the e-mail for its body", async () => {
    const xlsx = await buildXlsx([
      {
        name: "Sheet1",
        rows: [
          ["Question", "Answer"],
          ["UASC looked after", 12],
        ],
      },
    ]);
    const eml = buildEml({
      from: '"Devon County Council" <foi@devon.gov.uk>',
      body: {
        multipart: "mixed",
        parts: [
          { type: "text/plain", content: "Please find attached our response.\r\n\r\nFOI Team" },
          {
            type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            content: xlsx,
            filename: "response.xlsx",
          },
          { type: "image/png", content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), inline: true, filename: "logo.png" },
        ],
      },
    });
    const out = expandContainer("reply.eml", eml);
    expect(out.kind).toBe("eml");
    expect(out.children.map((c) => c.file)).toEqual(["reply.eml", "reply.eml#response.xlsx"]);
    const [self, attachment] = out.children;
    expect(self?.context.attachments).toEqual(["reply.eml#response.xlsx"]);
    expect(attachment?.context).toEqual({
      parent: "reply.eml",
      sender: expect.objectContaining({ displayName: "Devon County Council", address: "foi@devon.gov.uk" }),
      // The body is the attachment's covering letter: a note there covers the attachment's figures.
      covering: {
        file: "reply.eml",
        lines: [
          { text: "Please find attached our response.", row: 1 },
          { text: "FOI Team", row: 2 },
        ],
      },
    });
    expect(Buffer.from(attachment?.bytes ?? []).equals(Buffer.from(xlsx))).toBe(true);
    expect(out.notRead).toEqual([
      { file: "reply.eml#logo.png", reason: "a picture in the e-mail's body (a logo or signature image)" },
    ]);
    const read = await readWorkbook("reply.eml#response.xlsx", attachment?.bytes ?? new Uint8Array());
    expect(read.workbook?.sheets[0]?.rows[1]).toEqual(["UASC looked after", "12"]);
  });

  it("makes repeated attachment names unique and strips folders from them", () => {
    const eml = buildEml({
      from: "foi@kent.gov.uk",
      body: {
        multipart: "mixed",
        parts: [
          { type: "text/plain", content: "See attached." },
          { type: "text/csv", content: "a,b\n1,2\n", filename: "data.csv", encoding: "base64" },
          { type: "text/csv", content: "a,b\n3,4\n", filename: "data.csv", encoding: "base64" },
          { type: "text/csv", content: "a,b\n5,6\n", filename: "../../x.csv", encoding: "base64" },
        ],
      },
    });
    const out = expandContainer("reply.eml", eml);
    expect(out.children.map((c) => c.file)).toEqual([
      "reply.eml",
      "reply.eml#data.csv",
      "reply.eml#data (2).csv",
      "reply.eml#x.csv",
    ]);
    // The e-mail is opened as a zip is, and said so once.
    expect(out.issues.map((i) => i.code)).toEqual(["container_unsafe_name", "container_opened"]);
  });

  it("says once that an e-mail was opened, only when it has attachments", () => {
    const plain = buildEml({ from: "foi@kent.gov.uk", body: { type: "text/plain", content: "UASC looked after: 4" } });
    expect(expandContainer("reply.eml", plain).issues.map((i) => i.code)).toEqual([]);
    const attached = buildEml({
      from: "foi@kent.gov.uk",
      body: {
        multipart: "mixed",
        parts: [
          { type: "text/plain", content: "Please see the attached table." },
          { type: "text/csv", content: "a,b\n1,2\n", filename: "table.csv", encoding: "base64" },
        ],
      },
    });
    const opened = expandContainer("reply.eml", attached).issues.filter((i) => i.code === "container_opened");
    expect(opened.map((i) => i.file)).toEqual(["reply.eml"]);
  });

  it("opens a zip attached to an e-mail, its files inheriting the sender", async () => {
    const bytes = await buildZip({ "Q1.csv": "Question,Answer\nUASC looked after,4\n" });
    const eml = buildEml({
      from: "foi@kent.gov.uk",
      body: {
        multipart: "mixed",
        parts: [
          { type: "text/plain", content: "Attached." },
          { type: "application/zip", content: bytes, filename: "returns.zip" },
        ],
      },
    });
    const out = expandContainer("reply.eml", eml);
    const child = out.children.find((c) => c.file === "reply.eml#returns.zip#Q1.csv");
    expect(child?.context.sender?.address).toBe("foi@kent.gov.uk");
    expect(out.notRead.map((n) => n.file)).toEqual(["reply.eml#returns.zip"]);
  });
});
