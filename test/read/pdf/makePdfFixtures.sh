#!/usr/bin/env bash
# Writes the PDF fixtures in fixtures/read/pdf/, each named for the problem it
# holds. The letters are flat OpenDocument (.fodt) written here and printed to
# PDF by LibreOffice, the way councils print Word letters to PDF; the scanned
# one is a rendering of a letter wrapped as an image-only PDF.
#
# Needs: soffice (LibreOffice), pdftoppm (poppler-utils), node.
# Run from the repository root: bash test/read/pdf/makePdfFixtures.sh
set -euo pipefail

out="$(pwd)/fixtures/read/pdf"
work="$(mktemp -d)"
profile="file:///tmp/lo-profile-$$"
trap 'rm -rf "$work" "/tmp/lo-profile-$$"' EXIT
mkdir -p "$out"

# One flat ODT document: $1 name, $2 master page (header/footer), $3 body.
# Tables have no borders unless a cell uses the "Boxed" style, as in a Word
# table with "No border" chosen.
fodt() {
  cat >"$work/$1.fodt" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls/>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.2cm"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-family="'Liberation Serif'" fo:font-size="11pt"/>
  </style:default-style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm"
     fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.5cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="NewPage" style:family="paragraph">
   <style:paragraph-properties fo:break-before="page"/>
  </style:style>
  <style:style style:name="Tabs" style:family="paragraph">
   <style:paragraph-properties>
    <style:tab-stops>
     <style:tab-stop style:position="9cm"/>
     <style:tab-stop style:position="12.5cm"/>
    </style:tab-stops>
   </style:paragraph-properties>
  </style:style>
  <style:style style:name="Right" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="Boxed" style:family="table-cell">
   <style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/>
  </style:style>
  <style:style style:name="Wide" style:family="table">
   <style:table-properties style:width="16cm" table:align="left"/>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">$2</style:master-page>
 </office:master-styles>
 <office:body><office:text>
$3
 </office:text></office:body>
</office:document>
EOF
}

# A table row: each argument is a cell; $CELL names the cell style ("" for none).
row() {
  local cells=""
  for c in "$@"; do
    cells+="<table:table-cell${CELL:+ table:style-name=\"$CELL\"}><text:p>$c</text:p></table:table-cell>"
  done
  echo "<table:table-row>$cells</table:table-row>"
}

# A table: $1 column count, then rows (already rendered).
table() {
  local n="$1"
  shift
  echo "<table:table table:style-name=\"Wide\"><table:table-column table:number-columns-repeated=\"$n\"/>$*</table:table>"
}

letterhead='<text:p text:style-name="Right">Example Borough Council, Town Hall, High Street, Exampletown EX1 1AA</text:p>
<text:p>Our ref: FOI-2024-0142</text:p>
<text:p>Date: 12 April 2024</text:p>
<text:p>Dear Requester,</text:p>'
signoff='<text:p>Yours sincerely,</text:p><text:p>Information Governance Team</text:p>'

fodt letter-answers-inline "" "$letterhead
<text:p>Freedom of Information Act 2000: request for information about unaccompanied asylum-seeking children. Thank you for your request, which we received on 1 March 2024. We have considered it under the Act and our answers follow each of your questions below.</text:p>
<text:p>Q1. How many unaccompanied asylum-seeking children were looked after on 31 March 2024? Answer: 45</text:p>
<text:p>Q2. How many of them went missing at least once during the year? Answer: 4</text:p>
<text:p text:style-name=\"Tabs\">Q3. Episodes of going missing<text:tab/>Answer: 7<text:tab/>(all returned)</text:p>
<text:p>Q4. How many are still missing? Answer: fewer than 5</text:p>
$signoff"

CELL="" fodt borderless-table "" "$letterhead
<text:p>Q5. Please give the nationalities of the children who went missing.</text:p>
$(CELL="" table 3 "$(CELL="" row Nationality Children Episodes)$(CELL="" row Afghan 3 5)$(CELL="" row Eritrean 2 2)$(CELL="" row Vietnamese '&lt;5' 1)$(CELL="" row Total 7 10)")
<text:p>The figures above are taken from our case management system on 5 April 2024.</text:p>
$signoff"

# A merged cell that spans the columns in the middle of a borderless table:
# its text overlaps two columns, so it must not be read as one column's cell.
spanning="<table:table-row><table:table-cell table:number-columns-spanned=\"3\"><text:p>Figures for 2023-24 are provisional and may change after audit</text:p></table:table-cell><table:covered-table-cell/><table:covered-table-cell/></table:table-row>"
fodt borderless-table-spanning-row "" "$letterhead
<text:p>Q6. How many children went missing, by year?</text:p>
$(table 3 "$(row Year Children Episodes)$(row 2022-23 6 9)$spanning$(row 2023-24 4 7)")
$signoff"

fodt bordered-table "" "$letterhead
<text:p>Q1 to Q3: our answers are in the table below.</text:p>
$(CELL=Boxed table 2 "$(CELL=Boxed row Question Answer)$(CELL=Boxed row 'Looked after on 31 March 2024' 45)$(CELL=Boxed row 'Went missing' 4)$(CELL=Boxed row 'Missing episodes' 7)")
$signoff"

footer='<style:header><text:p>FOI-2024-0142 Example Borough Council</text:p></style:header><style:footer><text:p text:style-name="Right">Page <text:page-number/> of <text:page-count/></text:p></style:footer>'
fodt two-pages-with-footer "$footer" "$letterhead
<text:p>Thank you for your request. Our answers are below.</text:p>
<text:p>Q1. How many unaccompanied asylum-seeking children were looked after on 31 March 2024? Answer: 38</text:p>
<text:p text:style-name=\"NewPage\">Q2. How many of them went missing at least once during the year? Answer: 6</text:p>
$(table 2 "$(row Measure Number)$(row 'Children missing' 6)$(row 'Episodes' 11)")
$signoff"

cd "$work"
soffice "-env:UserInstallation=$profile" --headless --convert-to pdf --outdir "$work" ./*.fodt >/dev/null 2>&1

for f in letter-answers-inline borderless-table borderless-table-spanning-row bordered-table two-pages-with-footer; do
  cp "$work/$f.pdf" "$out/$f.pdf"
done

# A web page printed to PDF by Chromium, as a council's online form or case
# system prints it: a borderless table whose cells are vertically centred
# (a figure half-way down beside a label that wraps onto two lines) and
# whose right-aligned year headers nearly touch.
cat >"$work/centred.html" <<'HTML'
<html><body style="font-family: 'Liberation Sans', Arial; font-size: 11pt; width: 16cm">
<p>Kent County Council, Sessions House, Maidstone ME14 1XQ</p>
<p style="text-align: justify">Thank you for your request for information under the Freedom of Information Act 2000, received on 1 March 2024. We can confirm that the council holds the information and our answers to each of your questions are set out in the table below, which covers the period 1 April 2023 to 31 March 2024.</p>
<table style="border-collapse: collapse; width: 100%">
<tr><th style="text-align: left">Question</th><th style="text-align: right">2022/23</th><th style="text-align: right">2023/24</th></tr>
<tr><td>1. Number of unaccompanied asylum-seeking children looked after during the year</td><td style="text-align: right">1,234</td><td style="text-align: right">987</td></tr>
<tr><td>2. Number who went missing</td><td style="text-align: right">12</td><td style="text-align: right">9</td></tr>
<tr><td>3. Number of missing episodes</td><td style="text-align: right">104</td><td style="text-align: right">77</td></tr>
<tr><td>4. Still missing</td><td style="text-align: right">&lt;5</td><td style="text-align: right">0</td></tr>
</table>
<p>Q5. Nationalities: Afghan 4, Eritrean 3, Sudanese 2.</p>
</body></html>
HTML
chromium --headless --disable-gpu --no-sandbox --no-pdf-header-footer \
  --print-to-pdf="$out/borderless-table-centred-cells.pdf" "$work/centred.html" >/dev/null 2>&1

# A password-protected copy of the inline letter (an open password, so no
# reader can show the text without it).
soffice "-env:UserInstallation=$profile" --headless --convert-to \
  'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
  --outdir "$work/enc" letter-answers-inline.fodt >/dev/null 2>&1
cp "$work/enc/letter-answers-inline.pdf" "$out/encrypted.pdf"

# The first 60% of a letter: a download cut short.
size=$(stat -c %s "$out/letter-answers-inline.pdf")
head -c $((size * 6 / 10)) "$out/letter-answers-inline.pdf" >"$out/truncated.pdf"

# A scanned letter: the inline letter rendered at 100 dpi in grey, wrapped as
# one image per page with no text at all, as a photocopier's scan-to-PDF makes.
pdftoppm -r 100 -gray -singlefile letter-answers-inline.pdf scan
node - "$work/scan.pgm" "$out/scanned-no-text.pdf" <<'EOF'
const fs = require("node:fs");
const zlib = require("node:zlib");
const [pgmPath, pdfPath] = process.argv.slice(2);
const pgm = fs.readFileSync(pgmPath);
// Binary PGM header: "P5\n<w> <h>\n<max>\n" then the pixels.
const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString("latin1"));
const [w, h] = [Number(header[1]), Number(header[2])];
const pixels = zlib.deflateSync(pgm.subarray(header[0].length));
const pageW = 595, pageH = 842;
const content = Buffer.from(`q ${pageW} 0 0 ${pageH} 0 0 cm /Im1 Do Q`);
const objects = [
  Buffer.from("<< /Type /Catalog /Pages 2 0 R >>"),
  Buffer.from("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
  Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pageW} ${pageH}] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>`),
  Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`), pixels, Buffer.from("\nendstream")]),
  Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from("\nendstream")]),
];
const parts = [Buffer.from("%PDF-1.4\n")];
const offsets = [];
let at = parts[0].length;
objects.forEach((body, i) => {
  offsets.push(at);
  const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from("\nendobj\n")]);
  parts.push(obj);
  at += obj.length;
});
const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
fs.writeFileSync(pdfPath, Buffer.concat(parts));
EOF

ls -l "$out"
