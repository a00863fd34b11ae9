import SamnyttaEngine
import SamnyttaFormats
import Testing

@Suite struct CSVReaderTests {
  func read(_ text: String) throws -> CSVReader.Document { try CSVReader.read(Array(text.utf8)) }

  @Test func swedishExcelDialect() throws {
    let document = try read("\u{FEFF}deltagare;månader\r\nD1;12,5\r\nD2;\"3;4\"\r\n")
    #expect(document.separator == ";")
    #expect(
      document.records == [
        CSVReader.Record(line: 1, cells: ["deltagare", "månader"]), CSVReader.Record(line: 2, cells: ["D1", "12,5"]),
        CSVReader.Record(line: 3, cells: ["D2", "3;4"]),
      ])
  }

  @Test func commaDialectIsDetectedByTheHeaderLine() throws {
    let document = try read("id,months\nD1,\"12,5\"\nD2,3")
    #expect(document.separator == ",")
    #expect(document.records.map(\.cells) == [["id", "months"], ["D1", "12,5"], ["D2", "3"]])
    #expect(try read("\n\r\nid,months,x;y\nD1,3\n").separator == ",")
  }

  @Test func quotesAreDoubledAndLineBreaksInQuotesKeepTheLineCount() throws {
    let document = try read("a;b\r\n\"say \"\"hej\"\"\";\"two\r\nlines\"\r\nx;y\r\n")
    #expect(document.records.map(\.cells) == [["a", "b"], ["say \"hej\"", "two\r\nlines"], ["x", "y"]])
    #expect(document.records.map(\.line) == [1, 2, 4])
  }

  @Test func blankLinesAndEmptyRowsAreSkippedButCounted() throws {
    let document = try read("a;b\n\n;\nx;y\r\r\nz;w\n")
    #expect(document.records.map(\.line) == [1, 4, 6])
    #expect(document.records.last?.cells == ["z", "w"])
  }

  @Test func windows1252IsReadWhenTheBytesAreNotUTF8() throws {
    // "månader;kön" as Swedish Excel's plain "CSV (semikolonavgränsad)" saves it.
    let bytes: [UInt8] = [0x6D, 0xE5, 0x6E, 0x61, 0x64, 0x65, 0x72, 0x3B, 0x6B, 0xF6, 0x6E, 0x0D, 0x0A, 0x80]
    #expect(try CSVReader.read(bytes).records.map(\.cells) == [["månader", "kön"], ["€"]])
  }

  @Test func windows1252BytesTheCodePageLeavesUndefinedAreAnErrorNotU_FFFD() {
    // "namn;kön" in Windows-1252, then one of the five bytes it leaves undefined.
    for (byte, hex) in [(0x81, "81"), (0x8D, "8D"), (0x8F, "8F"), (0x90, "90"), (0x9D, "9D")] as [(UInt8, String)] {
      let bytes = Array("namn;k".utf8) + [0xF6] + Array("n\r\nx;".utf8) + [byte]
      let error = #expect(throws: CSVReader.SyntaxError(line: 2, reason: .unknownEncoding(byte))) { try CSVReader.read(bytes) }
      #expect(error?.message == "byte 0x\(hex) is neither UTF-8 nor a Windows-1252 character; save the file as UTF-8")
    }
  }

  @Test func aUTF8FileWithABadByteIsAnErrorOnItsLineNotMojibake() {
    // "kön" in UTF-8 on line 1, a Latin-1 "å" on line 3 (a CR, then a CRLF, before it).
    let bytes = Array("id;kön\rx;1\r\ny;".utf8) + [0xE5]
    let error = #expect(throws: CSVReader.SyntaxError(line: 3, reason: .mixedEncoding(0xE5))) { try CSVReader.read(bytes) }
    #expect(error?.message == "byte 0xE5 is not UTF-8, but the file holds UTF-8 text elsewhere; save the whole file as UTF-8")
    #expect(error?.reason.text(.sv) == "byten 0xE5 är inte UTF-8, men filen har UTF-8-text på andra ställen; spara hela filen som UTF-8")
  }

  @Test func aQuotedLineBreakCountsForTheLineOfABadByte() {
    let bytes = Array("id;namn\n1;\"två\nrader\"\n2;".utf8) + [0xC3, 0x28]
    let error = #expect(throws: CSVReader.SyntaxError.self) { try CSVReader.read(bytes) }
    #expect(error?.line == 4)
  }

  @Test func anUnclosedQuoteNamesTheLineItStartsOn() {
    let error = #expect(throws: CSVReader.SyntaxError(line: 2, reason: .quotedCellNeverClosed)) { try read("a;b\nx;\"open\nmore\n") }
    #expect(error?.message == "a quoted cell starting on this line is never closed")
  }

  @Test func textAfterAClosingQuoteIsAnError() {
    #expect(throws: CSVReader.SyntaxError.self) { try read("a;b\n\"x\"y;z\n") }
  }
}

@Suite struct DecimalTextTests {
  @Test(arguments: [
    ("13,5", "13.5"), ("13.5", "13.5"), ("23 000", "23000"), ("23\u{00A0}000,50", "23000.5"), ("−2", "-2"), ("+7", "7"), (",5", "0.5"),
    ("007", "7"), ("0,0", "0"), ("-0", "0"),
  ])
  func readsSpreadsheetNumbers(cell: String, json: String) throws {
    #expect(try #require(DecimalText(cell)).json == json)
  }

  @Test(arguments: ["", "abc", "1e3", "23.000,50", "5,", "1,2,3", "12 kr", "--1"])
  func refusesWhatIsNotANumber(cell: String) {
    #expect(DecimalText(cell) == nil)
  }

  @Test func percentagesBecomeSharesExactly() throws {
    #expect(try #require(DecimalText("50")).hundredth.json == "0.5")
    #expect(try #require(DecimalText("33,3")).hundredth.json == "0.333")
    #expect(try #require(DecimalText("100")).hundredth.json == "1")
    #expect(try #require(DecimalText("0,5")).hundredth.json == "0.005")
  }

  @Test func moneyIsExactToTheOre() throws {
    #expect(try #require(DecimalText("9500,5")).money?.ore == 950_050)
    #expect(try #require(DecimalText("12,345")).money == nil)
  }
}
