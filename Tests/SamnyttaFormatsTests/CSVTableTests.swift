import SamnyttaEngine
import SamnyttaFormats
import Testing

@Suite struct CSVTableTests {
  let table = CSVTable(
    header: ["name", "vg"],
    rows: [
      [.text("Trampolinen; steg 2"), .number(12.345, decimals: 1)],
      [.text("Say \"hej\""), .number(nil, decimals: 1)],
      [.money(Money(ore: 123_450)), .integer(-7)],
    ])

  @Test func excelDialectUsesSemicolonsDecimalCommasBOMAndCRLF() {
    #expect(table.rendered(.excel) == "\u{FEFF}name;vg\r\n\"Trampolinen; steg 2\";12,3\r\n\"Say \"\"hej\"\"\";\r\n1234,5;-7\r\n")
  }

  @Test func commaDialectUsesCommasAndDecimalPoints() {
    #expect(table.rendered(.comma) == "name,vg\r\nTrampolinen; steg 2,12.3\r\n\"Say \"\"hej\"\"\",\r\n1234.5,-7\r\n")
  }

  @Test(arguments: [
    ("=HYPERLINK(\"http://x\";\"klicka\")", "\"'=HYPERLINK(\"\"http://x\"\";\"\"klicka\"\")\""),
    ("@SUM(A1:A9)", "\"'@SUM(A1:A9)\""),
    ("+46 70", "\"'+46 70\""),
    ("-2+3", "\"'-2+3\""),
    ("\tcmd", "\"'\tcmd\""),
    ("\r=1", "\"'\r=1\""),
    ("\r\n=1", "\"'\r\n=1\""),
  ])
  func textThatASpreadsheetWouldReadAsAFormulaIsNeutralisedAndQuoted(text: String, written: String) {
    let table = CSVTable(header: ["name"], rows: [[.text(text)]])
    for dialect in CSVDialect.allCases {
      #expect(table.rendered(dialect).hasSuffix("\r\n\(written)\r\n"))
    }
  }

  @Test func formulaCharactersLaterInTheTextAndOurNumbersAreLeftAlone() {
    let table = CSVTable(
      header: ["a", "b", "c", "d"],
      rows: [[.text("Trampolinen = steg 2"), .integer(-7), .money(Money(ore: -123_450)), .number(-0.25, decimals: 2)]])
    #expect(table.rendered(.comma) == "a,b,c,d\r\nTrampolinen = steg 2,-7,-1234.5,-0.25\r\n")
    #expect(table.rendered(.excel) == "\u{FEFF}a;b;c;d\r\nTrampolinen = steg 2;-7;-1234,5;-0,25\r\n")
  }

  @Test func aHeaderIsTextToo() {
    #expect(CSVTable(header: ["=1+1", "id"]).rendered(.comma) == "\"'=1+1\",id\r\n")
  }
}
