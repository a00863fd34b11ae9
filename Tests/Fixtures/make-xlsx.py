#!/usr/bin/env python3
"""Builds the .xlsx files the import tests read, with Python's zipfile (deflated entries), laid out
as Excel saves a workbook: shared strings (one with rich-text runs and a phonetic hint), a styles
part whose cell format 1 is the built-in percent format 9, numbers stored as doubles (with the
binary noise Excel writes, such as 0.59999999999999998), empty cells left out, a second sheet.

  python3 Tests/Fixtures/make-xlsx.py   # writes Docs/examples/participants-template.xlsx

The template holds the same participants as Docs/examples/participants-template.csv, so the tests
can check that both import to the same document. The files are not saved by Excel itself; they
follow the structure Excel writes (ECMA-376 SpreadsheetML)."""
import csv, io, zipfile, os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def workbook(sheets, path):
    strings, index = [], {}
    def sst(t):
        if t not in index:
            index[t] = len(strings); strings.append(t)
        return index[t]
    parts = []
    for name, rows, percent_cols, number_cols in sheets:
        xml_rows = []
        for r, row in enumerate(rows, start=1):
            cells = []
            for c, text in enumerate(row):
                ref = f"{col(c)}{r}"
                if text == "":
                    continue
                if r > 1 and c in number_cols:
                    value = text.replace(",", ".")
                    if c in percent_cols:
                        v = repr(float(value) / 100)
                        cells.append(f'<c r="{ref}" s="1"><v>{v}</v></c>')
                    else:
                        v = repr(float(value))
                        if v.endswith(".0"): v = v[:-2]
                        cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="s"><v>{sst(text)}</v></c>')
            xml_rows.append(f'<row r="{r}" spans="1:{len(row)}">' + "".join(cells) + "</row>")
        parts.append(HEAD + f'<worksheet {NS}><dimension ref="A1"/><sheetData>' + "".join(xml_rows) + "</sheetData></worksheet>")
    si = []
    for t in strings:
        if t == "Läkarbesök i primärvården":
            si.append('<si><r><rPr><b/></rPr><t>Läkarbesök</t></r><r><t xml:space="preserve"> i primärvården</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>')
        else:
            si.append(f"<si><t>{esc(t)}</t></si>")
    files = {
        "[Content_Types].xml": HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        "_rels/.rels": HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": HEAD + f'<workbook {NS}><bookViews><workbookView/></bookViews><sheets>' + "".join(
            f'<sheet name="{esc(s[0])}" sheetId="{i+1}" r:id="rId{i+3}"/>' for i, s in enumerate(sheets)) + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            + "".join(f'<Relationship Id="rId{i+3}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i+1}.xml"/>' for i in range(len(sheets)))
            + "</Relationships>",
        "xl/styles.xml": HEAD + f'<styleSheet {NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;%&quot;0"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/sharedStrings.xml": HEAD + f'<sst {NS.split(" ")[0]} count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(si) + "</sst>",
    }
    for i, p in enumerate(parts):
        files[f"xl/worksheets/sheet{i+1}.xml"] = p
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))

with open(os.path.join(ROOT, "Docs/examples/participants-template.csv"), encoding="utf-8-sig") as f:
    rows = list(csv.reader(f, delimiter=";"))
# antal, månader, omfattning (percent format), belopp, subvention (percent format), vårdkontakter.
workbook([("Deltagare", rows, {5, 7}, {1, 4, 5, 6, 7, 9}), ("Anteckningar", [["Fri text"], ["ignoreras"]], set(), set())],
         os.path.join(ROOT, "Docs/examples/participants-template.xlsx"))
print("wrote Docs/examples/participants-template.xlsx")
