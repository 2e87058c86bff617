import { Buffer } from "node:buffer";

/**
 * Build an RFC 5322 e-mail in code, so a reviewer can read what each test
 * sends: headers, then either one body or a multipart tree. Lines end in
 * CRLF as on the wire.
 */
export type EmlPart =
  | {
      type: string;
      /** Text, or raw bytes (for attachments). */
      content: string | Uint8Array;
      charset?: string;
      encoding?: "base64" | "quoted-printable" | "7bit" | "8bit";
      /** Sets Content-Disposition: attachment; filename=… (inline; filename=… with `inline`) */
      filename?: string;
      inline?: boolean;
      extraHeaders?: string[];
    }
  | { multipart: "mixed" | "alternative" | "related"; parts: EmlPart[] };

export interface EmlSpec {
  from: string;
  to?: string;
  subject?: string;
  date?: string;
  body: EmlPart;
}

let counter = 0;

export function buildEml(spec: EmlSpec): Uint8Array {
  const head = [
    `From: ${spec.from}`,
    `To: ${spec.to ?? "requester@example.org"}`,
    `Subject: ${spec.subject ?? "Your FOI request"}`,
    `Date: ${spec.date ?? "Mon, 12 Oct 2015 10:00:00 +0100"}`,
    "MIME-Version: 1.0",
  ];
  return Buffer.concat([Buffer.from(`${head.join("\r\n")}\r\n`, "latin1"), renderPart(spec.body)]);
}

function renderPart(part: EmlPart): Buffer {
  if ("multipart" in part) {
    counter += 1;
    const boundary = `----=_Part_${counter}_boundary`;
    const chunks: Buffer[] = [
      Buffer.from(
        `Content-Type: multipart/${part.multipart}; boundary="${boundary}"\r\n\r\nThis is a multi-part message.\r\n`,
      ),
    ];
    for (const p of part.parts) chunks.push(Buffer.from(`--${boundary}\r\n`), renderPart(p), Buffer.from("\r\n"));
    chunks.push(Buffer.from(`--${boundary}--\r\n`));
    return Buffer.concat(chunks);
  }
  const charset = part.charset ?? "utf-8";
  const encoding = part.encoding ?? (typeof part.content === "string" ? "7bit" : "base64");
  const bytes =
    typeof part.content === "string"
      ? charset === "windows-1252" || charset === "iso-8859-1"
        ? encodeWindows1252(part.content)
        : Buffer.from(part.content, "utf8")
      : Buffer.from(part.content);
  const headers = [
    `Content-Type: ${part.type}${part.type.startsWith("text/") ? `; charset="${charset}"` : ""}${part.filename ? `; name="${part.filename}"` : ""}`,
    `Content-Transfer-Encoding: ${encoding}`,
    ...(part.filename || part.inline
      ? [
          `Content-Disposition: ${part.inline ? "inline" : "attachment"}${part.filename ? `; filename="${part.filename}"` : ""}`,
        ]
      : []),
    ...(part.extraHeaders ?? []),
  ];
  return Buffer.concat([Buffer.from(`${headers.join("\r\n")}\r\n\r\n`, "latin1"), encodeBody(bytes, encoding)]);
}

function encodeBody(bytes: Buffer, encoding: string): Buffer {
  if (encoding === "base64")
    return Buffer.from(`${(bytes.toString("base64").match(/.{1,76}/g) ?? []).join("\r\n")}\r\n`);
  if (encoding === "quoted-printable") return Buffer.from(`${encodeQuotedPrintable(bytes)}\r\n`, "latin1");
  return Buffer.concat([bytes, Buffer.from("\r\n")]);
}

/** Quoted-printable with soft line breaks every 70 characters, as mail programs write it. */
export function encodeQuotedPrintable(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (const line of Buffer.from(bytes).toString("latin1").split(/\r?\n/)) {
    let out = "";
    let width = 0;
    for (const ch of line) {
      const code = ch.charCodeAt(0);
      const piece =
        code > 126 || code === 61 || (code < 32 && code !== 9)
          ? `=${code.toString(16).toUpperCase().padStart(2, "0")}`
          : ch;
      if (width + piece.length > 72) {
        out += "=\r\n";
        width = 0;
      }
      out += piece;
      width += piece.length;
    }
    lines.push(out);
  }
  return lines.join("\r\n");
}

const WINDOWS_1252: Record<string, number> = {
  "–": 0x96,
  "—": 0x97,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "€": 0x80,
};

function encodeWindows1252(text: string): Buffer {
  return Buffer.from([...text].map((ch) => WINDOWS_1252[ch] ?? (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : 0x3f)));
}
