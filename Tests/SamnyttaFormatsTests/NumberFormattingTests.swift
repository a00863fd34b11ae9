import SamnyttaEngine
import SamnyttaFormats
import Testing

@Suite("Number formatting")
struct NumberFormattingTests {
  @Test func kronorAreExact() {
    #expect(NumberFormatting.plainKronor(Money(ore: 123_450)) == "1234.5")
    #expect(NumberFormatting.plainKronor(Money(ore: -5)) == "-0.05")
    #expect(NumberFormatting.plainKronor(Money(ore: 100)) == "1")
  }

  @Test func swedishAndEnglishGrouping() {
    #expect(NumberFormatting.grouped(.kronor(1_234_567), language: .sv) == "1 234 567")
    #expect(NumberFormatting.grouped(.kronor(-23_000), language: .en) == "−23,000")
    #expect(NumberFormatting.groupedWithOre(Money(ore: 2_158_608), language: .sv) == "21 586,08")
    #expect(NumberFormatting.decimal(7.333, decimals: 1, language: .sv) == "7,3")
  }

  @Test func ratiosHaveFixedDecimals() {
    #expect(NumberFormatting.fixed(7.333333, decimals: 4, trimZeros: true) == "7.3333")
    #expect(NumberFormatting.fixed(12, decimals: 4, trimZeros: true) == "12")
    #expect(JSONOutput.ratio(.infinity, decimals: 2).rendered() == "null\n")
  }

  @Test func valuesBeyondMoneyAndInt64AreWrittenExactlyNotTrapped() {
    #expect(NumberFormatting.fixed(1e21, decimals: 4) == "1000000000000000000000.0000")
    #expect(NumberFormatting.fixed(-0x1p64, decimals: 0) == "-18446744073709551616")
    #expect(NumberFormatting.grouped(kronor: 1e21, language: .sv) == "1 000 000 000 000 000 000 000")
    #expect(NumberFormatting.grouped(kronor: -2e15, language: .en) == "−2,000,000,000,000,000")
    #expect(NumberFormatting.grouped(kronor: .nan, language: .sv) == "–")
  }
}

/// A payback beyond 1 000 months is grouped like every other large number.
@Suite struct GroupedDecimalTests {
  @Test func wholePartIsGrouped() {
    #expect(NumberFormatting.groupedDecimal(1273.26, decimals: 1, language: .sv) == "1 273,3")
    #expect(NumberFormatting.groupedDecimal(1273.26, decimals: 1, language: .en) == "1,273.3")
    #expect(NumberFormatting.groupedDecimal(1_234_567.0, decimals: 1, language: .sv) == "1 234 567,0")
    #expect(NumberFormatting.groupedDecimal(999.95, decimals: 1, language: .sv) == "1 000,0")
    #expect(NumberFormatting.groupedDecimal(42.04, decimals: 1, language: .sv) == "42,0")
    #expect(NumberFormatting.groupedDecimal(-1500.0, decimals: 1, language: .sv) == "−1 500,0")
  }
}
