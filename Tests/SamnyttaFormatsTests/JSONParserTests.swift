@testable import SamnyttaFormats
import Testing

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
    #expect(error("{\n  \"a\": 1\n  \"b\": 2\n}") == JSONSyntaxError(line: 3, column: 3, message: "expected ',' or '}'"))
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
}
