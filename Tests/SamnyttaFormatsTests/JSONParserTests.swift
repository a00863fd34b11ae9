import Testing

@testable import SamnyttaFormats

@Suite("JSON parser")
struct JSONParserTests {
  func error(_ text: String) -> JSONSyntaxError? {
    do {
      _ = try JSONParser.parse(Array(text.utf8))
      return nil
    } catch {
      return error
    }
  }

  @Test func syntaxErrorsHaveLineAndColumn() {
    #expect(error("{\n  \"a\": 1\n  \"b\": 2\n}") == JSONSyntaxError(line: 3, column: 3, reason: .expectedCommaOr("}")))
    #expect(error("[1, 2,]")?.message == "trailing comma before ']'")
    #expect(error("{\"a\": 1,}")?.message == "trailing comma before '}'")
    #expect(error("{\"a\": 1, \"a\": 2}")?.message == "duplicate key 'a'")
    #expect(error("[01]")?.message == "invalid number: leading zero")
    #expect(error("[NaN]") != nil)
    #expect(error("\"abc") != nil)
    #expect(error("{} x")?.message == "unexpected text after the JSON value")
  }

  @Test func parsesValidDocuments() throws {
    let value = try JSONParser.parse(Array("\u{FEFF}{\"a\": [1, -2.5e3, true, null, \"x\\u00e5\\n\"]}".utf8))
    guard case .object(let members) = value.kind, case .array(let items) = members[0].value.kind else {
      Issue.record("expected an object with an array")
      return
    }
    #expect(items.count == 5)
    if case .string(let s) = items[4].kind { #expect(s == "xå\n") } else { Issue.record("expected a string") }
    if case .number(let n) = items[1].kind { #expect(n == "-2.5e3") } else { Issue.record("expected a number") }
  }

  func error(bytes: [UInt8]) -> JSONSyntaxError? {
    do {
      _ = try JSONParser.parse(bytes)
      return nil
    } catch {
      return error
    }
  }

  /// `{"a": "x<bytes>"}` on line 2, so the error's column is that of the first bad byte.
  func stringError(_ inside: [UInt8]) -> JSONSyntaxError? {
    error(bytes: Array("\n{\"a\": \"x".utf8) + inside + Array("\"}".utf8))
  }

  @Test(arguments: [
    [0xE5] as [UInt8],  // Latin-1 å
    [0xC3],  // a lead byte without its continuation
    [0xC3, 0x41],  // a lead byte followed by ASCII
    [0x80],  // a lone continuation byte
    [0xC0, 0xAF],  // overlong '/'
    [0xE0, 0x80, 0xAF],  // overlong, three bytes
    [0xED, 0xA0, 0x80],  // an encoded surrogate (U+D800)
    [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
    [0xF8, 0x88, 0x80, 0x80, 0x80],  // a five-byte form
    [0xFF],
  ])
  func invalidUTF8InAStringIsASyntaxErrorAtItsByte(_ inside: [UInt8]) {
    let found = stringError(inside)
    #expect(found?.line == 2)
    #expect(found?.column == 9)
    #expect(found?.message.hasPrefix("invalid UTF-8 (byte 0x\(String(inside[0], radix: 16, uppercase: true))) in string") == true)
  }

  @Test func invalidUTF8AfterAnEscapeIsAlsoRefused() {
    let found = error(bytes: Array("[\"\\n".utf8) + [0xE5] + Array("\"]".utf8))
    #expect(found == JSONSyntaxError(line: 1, column: 5, reason: .invalidUTF8InString(0xE5)))
    #expect(found?.message == "invalid UTF-8 (byte 0xE5) in string; save the file as UTF-8")
    #expect(found?.text(.sv) == "rad 1, kolumn 5: ogiltig UTF-8 (byte 0xE5) i en textsträng; spara filen som UTF-8")
  }

  @Test func invalidUTF8AtTheEndOfFileIsRefused() {
    #expect(error(bytes: Array("\"a".utf8) + [0xE2, 0x82])?.message.hasPrefix("invalid UTF-8 (byte 0xE2)") == true)
  }

  func string(_ value: JSONValue) -> String? {
    if case .string(let text) = value.kind { return text }
    return nil
  }

  @Test func wellFormedMultiByteTextIsKept() throws {
    let text = "\"å€𝄞\u{10FFFF}\u{D7FF}\u{E000}\""
    let value = try JSONParser.parse(Array(text.utf8))
    #expect(string(value) == "å€𝄞\u{10FFFF}\u{D7FF}\u{E000}")
    let escaped = try JSONParser.parse(Array("\"\\t\(text.dropFirst())".utf8))
    #expect(string(escaped) == "\tå€𝄞\u{10FFFF}\u{D7FF}\u{E000}")
  }
}
