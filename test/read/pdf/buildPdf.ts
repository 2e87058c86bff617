import type { LineCell, PdfLine, TextPiece } from "../../../src/read/pdf/buildLines.js";

/** A piece of text as pdf.js gives it: its left x, baseline y, width and font height, in points. */
export function textPiece(text: string, x: number, y: number, width: number, height = 11): TextPiece {
  return { text, x, y, width, height };
}

/** A line's cell of one part, from x0 to x1. */
export function lineCell(x0: number, x1: number, text: string): LineCell {
  return { text, x0, x1, parts: [{ text, x0, x1 }] };
}

/**
 * A line of cells at y, its text their texts joined as buildLines joins them; `top` only where a test gives
 * the line a top of its own (a tall cell).
 */
export function pdfLine(y: number, cells: LineCell[], height = 10.5, top?: number): PdfLine {
  return { y, height, text: cells.map((c) => c.text).join(" "), cells, ...(top === undefined ? {} : { top }) };
}

/**
 * A minimal PDF written in code, for tests that need what LibreOffice will
 * not make (hundreds of pages, a font that is not embedded). Each page is a
 * list of lines `[x, y, text]` in points, drawn in Helvetica, one of the 14
 * standard fonts a PDF may use without embedding it.
 */
export function buildPdf(pages: readonly (readonly [number, number, string][])[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add("");
  const tree = add("");
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  // Pages with the same text share one content stream, so a 1,000-page file stays small.
  const streams = new Map<string, number>();
  const kids = pages.map((lines) => {
    const content = lines
      .map(([x, y, text]) => `BT /F1 11 Tf ${x} ${y} Td (${text.replace(/([()\\])/g, "\\$1")}) Tj ET`)
      .join("\n");
    let stream = streams.get(content);
    if (stream === undefined) {
      stream = add(`<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`);
      streams.set(content, stream);
    }
    return add(
      `<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`;
  objects[tree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;

  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}
