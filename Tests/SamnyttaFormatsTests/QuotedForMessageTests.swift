import SamnyttaEngine
import Testing

@testable import SamnyttaFormats

/// An error message quotes at most a short prefix of what the user wrote.
@Suite struct QuotedForMessageTests {
  @Test func shortTextIsQuotedWhole() {
    #expect("forsorjningsstod".quotedForMessage == "forsorjningsstod")
    #expect("".quotedForMessage == "")
    let forty = String(repeating: "å", count: String.messageQuoteLimit)
    #expect(forty.quotedForMessage == forty)
  }

  @Test func longTextIsCutAfterTheLimitWithAnEllipsis() {
    let long = String(repeating: "ab", count: 30)
    #expect(long.quotedForMessage == String(long.prefix(40)) + "…")
  }

  @Test func scalarsAreCountedSoOneCharacterWithAMillionMarksStaysShort() {
    let zalgo = "a" + String(repeating: "\u{0301}", count: 1_000_000)
    #expect(zalgo.count == 1)
    #expect(zalgo.quotedForMessage.unicodeScalars.count == 41)
  }

  @Test func aJSONParserMessageQuotesOnlyAPrefixOfAKey() {
    let key = String(repeating: "k", count: 1_000_000)
    do {
      _ = try JSONParser.parse(Array("{\"\(key)\": 1, \"\(key)\": 2}".utf8))
      Issue.record("a duplicate key was accepted")
    } catch {
      #expect(error.message == "duplicate key '\(String(repeating: "k", count: 40))…'")
    }
  }

  @Test func aStrayByteIsNamedNotEchoedRaw() {
    let stray = #expect(throws: JSONSyntaxError(line: 1, column: 1, reason: .unexpectedByte(0x1B))) {
      try JSONParser.parse([0x1B, 0x5B, 0x32, 0x4A])
    }
    #expect(stray?.message == "unexpected byte 0x1B; expected a value")
    #expect(stray?.reason.text(.sv) == "oväntad byte 0x1B; förväntade ett värde")
    let inside = #expect(throws: JSONSyntaxError(line: 1, column: 2, reason: .unexpectedByte(0xC3))) { try JSONParser.parse(Array("[é]".utf8)) }
    #expect(inside?.message == "unexpected byte 0xC3; expected a value")
    let escape = #expect(throws: JSONSyntaxError(line: 1, column: 5, reason: .invalidEscape(0x07))) {
      try JSONParser.parse(Array("\"a\\\u{7}\"".utf8))
    }
    #expect(escape?.message == "invalid escape: \\ before byte 0x07")
    #expect(escape?.reason.text(.sv) == "ogiltigt omvänt snedstreck: \\ före byten 0x07")
  }
}
