import SamnyttaFormats
import SamnyttaEngine
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
}
