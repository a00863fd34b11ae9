import SamnyttaEngine
import Testing

@testable import SamnyttaFormats

/// The spreadsheet container, read and written without any package: CRC-32, inflate, zip, the
/// XML tokenizer, the XLSX reader on what Excel stores, and the writer read back.
@Suite struct ZipAndXLSXTests {
  // MARK: - CRC-32 and inflate

  @Test func crc32OfTheStandardCheckString() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
  }

  @Test func inflatesDynamicAndFixedHuffmanBlocksAsZlibWroteThem() throws {
    // zlib.compressobj(9, DEFLATED, -15) of 'Samnytta ' * 40 + 'deltagare;period;försörjning' (dynamic codes).
    let dynamic: [UInt8] = [
      11, 78, 204, 205, 171, 44, 41, 73, 84, 8, 30, 101, 208, 146, 145, 146, 154, 83, 146, 152, 158, 88, 148, 106, 93, 144, 90, 148, 153, 159, 98,
      157, 118, 120, 91, 81, 49, 16, 103, 229, 101, 230, 165, 3, 0,
    ]
    let text = String(decoding: try Inflate.inflate(dynamic), as: UTF8.self)
    #expect(text == String(repeating: "Samnytta ", count: 40) + "deltagare;period;försörjning")
    // The same with strategy Z_FIXED: 'abcabcabcabc hello hello'.
    let fixed: [UInt8] = [75, 76, 74, 78, 132, 33, 133, 140, 212, 156, 156, 124, 8, 9, 0]
    #expect(String(decoding: try Inflate.inflate(fixed), as: UTF8.self) == "abcabcabcabc hello hello")
  }

  @Test func inflateStopsAtItsLimitAndRefusesBrokenData() {
    let dynamic: [UInt8] = [
      11, 78, 204, 205, 171, 44, 41, 73, 84, 8, 30, 101, 208, 146, 145, 146, 154, 83, 146, 152, 158, 88, 148, 106, 93, 144, 90, 148, 153, 159, 98,
      157, 118, 120, 91, 81, 49, 16, 103, 229, 101, 230, 165, 3, 0,
    ]
    #expect(throws: InflateError.self) { try Inflate.inflate(dynamic, limit: 100) }
    #expect(throws: InflateError.self) { try Inflate.inflate(Array(dynamic.prefix(20))) }
    #expect(throws: InflateError.self) { try Inflate.inflate([0xFF, 0xFF, 0xFF]) }
    #expect(throws: InflateError.self) { try Inflate.inflate([]) }
  }

  /// Every prefix and every single-byte change of a real deflate stream is an error or some
  /// output, never a trap.
  @Test func inflateNeverTrapsOnDamagedData() {
    let dynamic: [UInt8] = [
      11, 78, 204, 205, 171, 44, 41, 73, 84, 8, 30, 101, 208, 146, 145, 146, 154, 83, 146, 152, 158, 88, 148, 106, 93, 144, 90, 148, 153, 159, 98,
      157, 118, 120, 91, 81, 49, 16, 103, 229, 101, 230, 165, 3, 0,
    ]
    for i in dynamic.indices {
      for flip: UInt8 in [0x01, 0x10, 0x80, 0xFF] {
        var damaged = dynamic
        damaged[i] ^= flip
        _ = try? Inflate.inflate(damaged, limit: 10_000)
      }
      _ = try? Inflate.inflate(Array(dynamic.prefix(i)), limit: 10_000)
    }
  }

  // MARK: - Zip

  @Test func zipWrittenIsReadBack() throws {
    var writer = ZipWriter()
    writer.add("a.txt", Array("hej".utf8))
    writer.add("dir/b.xml", Array("<x/>".utf8))
    let archive = try ZipArchive(writer.bytes)
    #expect(archive.entries.map(\.name) == ["a.txt", "dir/b.xml"])
    #expect(try archive.contents(of: try #require(archive.entry("dir/b.xml"))) == Array("<x/>".utf8))
    #expect(ZipArchive.looksLikeZip(writer.bytes))
    #expect(!ZipArchive.looksLikeZip(Array("id;period".utf8)))
  }

  @Test func zipRefusesADamagedEntryATruncatedFileAndABomb() throws {
    var writer = ZipWriter()
    writer.add("a.txt", Array("hello world".utf8))
    var bytes = writer.bytes
    // The entry's data starts after the 30-byte local header and its 5-byte name.
    bytes[35] ^= 0x20
    let damaged = try ZipArchive(bytes)
    #expect(throws: ZipError("a.txt fails its CRC-32 check (the file is damaged)")) { try damaged.contents(of: damaged.entries[0]) }
    #expect(throws: ZipError.self) { try ZipArchive(Array(writer.bytes.prefix(40))) }
    #expect(throws: ZipError.self) { try ZipArchive([]) }
    // Declared sizes beyond the limits are refused before anything is unpacked.
    #expect(throws: ZipError("the archive unpacks to more than 5 bytes; refused")) { try ZipArchive(writer.bytes, limits: .init(totalSize: 5)) }
    #expect(throws: ZipError.self) { try ZipArchive(writer.bytes, limits: .init(entries: 0)) }
  }

  @Test func aDeflatedEntryMayNotUnpackBeyondItsDeclaredSize() throws {
    // One deflated entry (the fixed-Huffman stream above, 24 bytes) that declares 10 bytes.
    let stream: [UInt8] = [75, 76, 74, 78, 132, 33, 133, 140, 212, 156, 156, 124, 8, 9, 0]
    var writer = ZipWriter()
    writer.add("x", stream)
    var bytes = writer.bytes
    // Patch method 0 → 8 and the declared unpacked size to 10, in the local header and the directory.
    let directory = bytes.count - 22 - 47
    for (method, size) in [(8, 22), (directory + 10, directory + 24)] {
      bytes[method] = 8
      bytes[size] = 10
    }
    let archive = try ZipArchive(bytes)
    #expect(archive.entries[0].size == 10)
    #expect(throws: ZipError("x cannot be unpacked: the data unpacks to more than 10 bytes")) { try archive.contents(of: archive.entries[0]) }
  }

  // MARK: - XML

  func tokens(_ text: String) throws -> [XMLToken] {
    var tokenizer = XMLTokenizer(Array(text.utf8))
    var out: [XMLToken] = []
    while let token = try tokenizer.next() { out.append(token) }
    return out
  }

  @Test func tokenizesTagsAttributesEntitiesAndCDATA() throws {
    let found = try tokens("<?xml version=\"1.0\"?><!-- c --><a x='1' y=\"&lt;&amp;&#229;&#xE4;\"><b/>t&gt;<![CDATA[<raw>]]></a>")
    #expect(
      found == [
        .start(name: "a", attributes: ["x": "1", "y": "<&åä"], selfClosing: false), .start(name: "b", attributes: [:], selfClosing: true),
        .text("t>"), .text("<raw>"), .end(name: "a"),
      ])
    #expect(XMLToken.localName("x:row") == "row")
  }

  @Test(
    "strict: mismatched tags, unknown entities, a DOCTYPE and unclosed elements are errors",
    arguments: [
      "<a></b>", "<a>&nbsp;</a>", "<!DOCTYPE a [<!ENTITY x \"y\">]><a/>", "<a>", "<a x=1/>", "", "<a/><b/>", "text", "<a x='1' x='2'/>",
    ])
  func refusesBrokenXML(_ text: String) {
    #expect(throws: XMLError.self) { try tokens(text) }
  }

  // MARK: - XLSX

  @Test(
    "stored doubles become the decimal text Excel shows",
    arguments: [
      ("17000.5", 0, "17000.5"), ("0.59999999999999998", 0, "0.6"), ("0.55000000000000004", 2, "55"), ("1", 2, "100"), ("5E-3", 0, "0.005"),
      ("1.2345E+3", 0, "1234.5"), ("-0.25", 2, "-25"), ("12", 0, "12"), ("0", 2, "0"), ("9.9999999999999995E-2", 0, "0.1"),
    ])
  func decimalText(_ raw: String, _ shift: Int, _ expected: String) {
    #expect(XLSXWorkbook.decimal(raw, shift: shift) == expected)
  }

  @Test func refusesWhatIsNotANumber() {
    for text in ["", "abc", "1.2.3", "1e", "0x10", "inf"] { #expect(XLSXWorkbook.decimal(text, shift: 0) == nil, "\(text)") }
  }

  @Test func cellReferencesAndColumnNames() {
    #expect(XLSXWorkbook.cellReference("B12")! == (1, 12))
    #expect(XLSXWorkbook.cellReference("AA1")! == (26, 1))
    #expect(XLSXWorkbook.cellReference("1A") == nil)
    #expect([0, 25, 26, 701, 702].map(XLSXWorkbook.columnName) == ["A", "Z", "AA", "ZZ", "AAA"])
  }

  @Test func percentFormats() {
    #expect(XLSXWorkbook.isPercentFormat("0.0%"))
    #expect(!XLSXWorkbook.isPercentFormat("\"%\"0"))
    #expect(!XLSXWorkbook.isPercentFormat("0\\%"))
    #expect(!XLSXWorkbook.isPercentFormat("[Red]#,##0"))
  }

  /// A workbook built by hand the way LibreOffice writes inline strings, with a namespace prefix
  /// (`x:`), an empty cell, a boolean, an error value and two sheets.
  static func handMadeWorkbook() -> [UInt8] {
    let ns =
      "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    var zip = ZipWriter()
    zip.add(
      "xl/workbook.xml",
      Array(
        "<x:workbook \(ns)><x:sheets><x:sheet name=\"Första\" sheetId=\"1\" r:id=\"rId1\"/><x:sheet name=\"Andra\" sheetId=\"2\" r:id=\"rId2\"/></x:sheets></x:workbook>"
          .utf8))
    zip.add(
      "xl/_rels/workbook.xml.rels",
      Array(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/one.xml\"/><Relationship Id=\"rId2\" Type=\"x/worksheet\" Target=\"/xl/worksheets/two.xml\"/></Relationships>"
          .utf8))
    zip.add(
      "xl/worksheets/one.xml",
      Array(
        "<x:worksheet \(ns)><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>id</x:t></x:is></x:c><x:c r=\"C1\" t=\"inlineStr\"><x:is><x:r><x:t>mån</x:t></x:r><x:r><x:t>ader</x:t></x:r></x:is></x:c></x:row><x:row r=\"3\"><x:c t=\"b\"><x:v>1</x:v></x:c><x:c t=\"e\"><x:v>#N/A</x:v></x:c><x:c><x:v>12</x:v></x:c><x:c r=\"E3\"/></x:row></x:sheetData></x:worksheet>"
          .utf8))
    zip.add(
      "xl/worksheets/two.xml",
      Array(
        "<x:worksheet \(ns)><x:sheetData><x:row r=\"1\"><x:c t=\"str\"><x:f>A1</x:f><x:v>andra</x:v></x:c></x:row></x:sheetData></x:worksheet>".utf8))
    return zip.bytes
  }

  @Test func readsInlineStringsPrefixesAndSheetsByName() throws {
    let workbook = try XLSXWorkbook(Self.handMadeWorkbook())
    #expect(workbook.sheetNames == ["Första", "Andra"])
    let first = try workbook.sheet()
    #expect(first.name == "Första")
    #expect(first.rows.map(\.number) == [1, 3])
    #expect(first.rows[0].cells == [.init(column: 0, value: .text("id")), .init(column: 2, value: .text("månader"))])
    #expect(
      first.rows[1].cells == [.init(column: 0, value: .bool(true)), .init(column: 1, value: .error("#N/A")), .init(column: 2, value: .number("12"))])
    #expect(try workbook.sheet(named: "andra").rows[0].cells == [.init(column: 0, value: .text("andra"))])
    let missing = #expect(throws: XLSXError(.noSuchSheet("Tredje", sheets: ["Första", "Andra"]))) { try workbook.sheet(named: "Tredje") }
    #expect(missing?.description == "the workbook has no sheet 'Tredje'; its sheets: 'Första', 'Andra'")
    #expect(missing?.reason.text(.sv) == "arbetsboken har inget blad 'Tredje'; dess blad: 'Första', 'Andra'")
  }

  @Test func aBrokenWorkbookIsAnErrorNeverATrap() throws {
    #expect(throws: XLSXError.self) { try XLSXWorkbook(Array("id;period".utf8)) }
    var zip = ZipWriter()
    zip.add("xl/workbook.xml", Array("<workbook><sheets></sheets></workbook>".utf8))
    zip.add("xl/_rels/workbook.xml.rels", Array("<Relationships/>".utf8))
    let empty = #expect(throws: XLSXError(.noSheets)) { try XLSXWorkbook(zip.bytes) }
    #expect(empty?.description == "the workbook has no sheets")
    // Every truncation of a real workbook fails cleanly.
    let bytes = Self.handMadeWorkbook()
    for n in stride(from: 0, to: bytes.count, by: 7) { _ = try? XLSXWorkbook(Array(bytes.prefix(n))).sheet() }
  }

  @Test func theWriterIsReadBackWithNumbersAsNumbers() throws {
    let table = CSVTable(
      header: ["perspective", "revenue", "payback_months"],
      rows: [
        [.text("society & <co>"), .money(Money(ore: 123_456_789)), .number(13.25, decimals: 4)],
        [.text("x"), .integer(7), .number(nil, decimals: 4)],
      ])
    let bytes = XLSXWriter.workbook(table, header: ["Perspektiv", "Intäkter", "Återbetalningstid"], sheetName: "Nyckeltal: test")
    #expect(bytes == XLSXWriter.workbook(table, header: ["Perspektiv", "Intäkter", "Återbetalningstid"], sheetName: "Nyckeltal: test"))
    let workbook = try XLSXWorkbook(bytes)
    #expect(workbook.sheetNames == ["Nyckeltal test"])
    let rows = try workbook.sheet().rows
    #expect(rows.map(\.number) == [1, 2, 3])
    #expect(rows[0].cells.map(\.value) == [.text("Perspektiv"), .text("Intäkter"), .text("Återbetalningstid")])
    #expect(rows[1].cells.map(\.value) == [.text("society & <co>"), .number("1234567.89"), .number("13.25")])
    #expect(rows[2].cells.map(\.value) == [.text("x"), .number("7")])
    let archive = try ZipArchive(bytes)
    #expect(
      archive.entries.map(\.name) == [
        "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/styles.xml",
      ])
    let sheet = String(decoding: try archive.contents(of: try #require(archive.entry("xl/worksheets/sheet1.xml"))), as: UTF8.self)
    #expect(sheet.contains("<cols><col min=\"1\" max=\"1\""))
    #expect(sheet.contains("state=\"frozen\""))
  }

  // MARK: - Grouped decimals

  @Test(
    "thousands grouped as people type them",
    arguments: [
      ("17.000,50", "17000.5"), ("17,000.50", "17000.5"), ("1.234.567", "1234567"), ("-1.234,5", "-1234.5"), ("17 000,50", "17000.5"),
      ("12,5", "12.5"),
    ])
  func grouped(_ text: String, _ json: String) {
    #expect(DecimalText(grouped: text)?.json == json)
  }

  @Test func groupingThatIsNotThreeDigitsIsRefused() {
    for text in ["1.23,5", "1,2,3", "12.34.56", "1.000.00,5,0", ",5.000"] { #expect(DecimalText(grouped: text) == nil, "\(text)") }
  }
}
