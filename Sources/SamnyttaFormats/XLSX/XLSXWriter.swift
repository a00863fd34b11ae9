/// Writing a table as an .xlsx workbook (ECMA-376) that Excel, LibreOffice and Numbers open: one
/// sheet with a bold, frozen header row, column widths fitted to the text, numbers stored as
/// numbers with a display format for their decimals (amounts `# ##0,00`, ratios with the CSV's
/// decimals), and text as inline strings.
///
/// The parts: `[Content_Types].xml`, `_rels/.rels`, `xl/workbook.xml`,
/// `xl/_rels/workbook.xml.rels`, `xl/worksheets/sheet1.xml`, `xl/styles.xml`, in a zip archive of
/// stored entries (``ZipWriter``). The same table gives the same bytes.
public enum XLSXWriter {
  /// The workbook of `table`, with `header` (same count) instead of the table's header when given.
  public static func workbook(_ table: CSVTable, header: [String]? = nil, sheetName: String) -> [UInt8] {
    let header = header ?? table.header
    var formats = FormatTable()
    var rows: [String] = []
    var widths = header.map { Double($0.count) * 1.15 + 2 }
    func fit(_ column: Int, _ length: Int) {
      while widths.count <= column { widths.append(8) }
      widths[column] = max(widths[column], Double(length) + 2)
    }
    let headerCells = header.enumerated().map { i, text in inlineString(i, 1, text, style: 1) }
    rows.append("<row r=\"1\">\(headerCells.joined())</row>")
    for (r, row) in table.rows.enumerated() {
      var cells = ""
      for (c, cell) in row.enumerated() {
        switch cell {
        case .text(let text):
          if !text.isEmpty { cells += inlineString(c, r + 2, text, style: 0) }
          fit(c, text.count)
        case .integer(let n):
          cells += number(c, r + 2, String(n), style: formats.style(decimals: 0))
          fit(c, String(n).count + 2)
        case .money(let money):
          let text = NumberFormatting.plainKronor(money)
          cells += number(c, r + 2, text, style: formats.style(decimals: 2))
          fit(c, text.count + 4)
        case .number(let x, let decimals):
          guard let x, x.isFinite else { continue }
          let text = NumberFormatting.fixed(x, decimals: decimals)
          cells += number(c, r + 2, text, style: formats.style(decimals: decimals))
          fit(c, text.count + 3)
        }
      }
      rows.append("<row r=\"\(r + 2)\">\(cells)</row>")
    }
    let columns = widths.enumerated().map { i, w in
      "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(NumberFormatting.fixed(min(w, 60), decimals: 1))\" customWidth=\"1\"/>"
    }
    let sheet =
      xmlHeader + "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
      + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
      + "<sheetFormatPr defaultRowHeight=\"15\"/><cols>\(columns.joined())</cols><sheetData>\(rows.joined())</sheetData></worksheet>"

    var zip = ZipWriter()
    zip.add("[Content_Types].xml", Array(contentTypes.utf8))
    zip.add("_rels/.rels", Array(packageRelationships.utf8))
    zip.add("xl/workbook.xml", Array(workbookXML(sheetName).utf8))
    zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships.utf8))
    zip.add("xl/worksheets/sheet1.xml", Array(sheet.utf8))
    zip.add("xl/styles.xml", Array(formats.stylesXML.utf8))
    return zip.bytes
  }

  /// The number formats the cells use: one cell format per count of decimals.
  struct FormatTable {
    var decimals: [Int] = []

    /// The `s` index for a number with `n` decimals (0 is the default style, 1 the bold header).
    mutating func style(decimals n: Int) -> Int {
      if let i = decimals.firstIndex(of: n) { return i + 2 }
      decimals.append(n)
      return decimals.count + 1
    }

    /// Built-in 3 (`#,##0`) and 4 (`#,##0.00`); other decimals get a custom format from 164 up.
    static func formatID(_ n: Int) -> Int { n == 0 ? 3 : n == 2 ? 4 : 164 + n }

    var stylesXML: String {
      let custom = Set(decimals.filter { $0 != 0 && $0 != 2 }).sorted().map { n in
        "<numFmt numFmtId=\"\(Self.formatID(n))\" formatCode=\"#,##0.\(String(repeating: "0", count: n))\"/>"
      }
      let xfs =
        [
          "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
          "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>",
        ]
        + decimals.map { "<xf numFmtId=\"\(Self.formatID($0))\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" }
      return xmlHeader + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + (custom.isEmpty ? "" : "<numFmts count=\"\(custom.count)\">\(custom.joined())</numFmts>")
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"\(xfs.count)\">\(xfs.joined())</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
    }
  }

  static func reference(_ column: Int, _ row: Int) -> String { XLSXWorkbook.columnName(column) + String(row) }

  static func inlineString(_ column: Int, _ row: Int, _ text: String, style: Int) -> String {
    "<c r=\"\(reference(column, row))\"\(style == 0 ? "" : " s=\"\(style)\"") t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escaped(text))</t></is></c>"
  }

  static func number(_ column: Int, _ row: Int, _ text: String, style: Int) -> String {
    "<c r=\"\(reference(column, row))\" s=\"\(style)\"><v>\(text)</v></c>"
  }

  /// Text for XML: `& < > "` escaped, and the control characters XML 1.0 cannot hold dropped.
  static func escaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A sheet name Excel accepts: at most 31 characters, none of `[ ] : * ? / \`.
  static func sheetName(_ name: String) -> String {
    let cleaned = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
    return cleaned.isEmpty ? "Blad1" : cleaned
  }

  static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  static let contentTypes =
    xmlHeader + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>"

  static let packageRelationships =
    xmlHeader + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

  static func workbookXML(_ name: String) -> String {
    xmlHeader + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
      + "<sheets><sheet name=\"\(escaped(sheetName(name)))\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
  }

  static let workbookRelationships =
    xmlHeader + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    + "<Relationship Id=\"rId2\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/></Relationships>"
}
