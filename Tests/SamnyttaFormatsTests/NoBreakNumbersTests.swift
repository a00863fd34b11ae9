import SamnyttaFormats
import Testing

@Suite struct NoBreakNumbersTests {
  @Test func groupsAndUnitsStayTogether() {
    #expect(NoBreakNumbers.joined("kostade 1 440 000 kr för 20 deltagare") == "kostade 1\u{A0}440\u{A0}000\u{A0}kr för 20\u{A0}deltagare")
    #expect(NoBreakNumbers.joined("4,1 mån och 23,8 %") == "4,1\u{A0}mån och 23,8\u{A0}%")
    #expect(NoBreakNumbers.joined("1,440,000 SEK") == "1,440,000\u{A0}SEK")
  }

  @Test func otherSpacesAreLeftToWrap() {
    #expect(NoBreakNumbers.joined("år 2024 och krona") == "år 2024 och krona")
    // "kr" must end there: a word that starts with it is not a unit.
    #expect(NoBreakNumbers.joined("12 kronor") == "12 kronor")
    #expect(NoBreakNumbers.joined("") == "")
    #expect(NoBreakNumbers.joined("1 ") == "1 ")
  }
}
