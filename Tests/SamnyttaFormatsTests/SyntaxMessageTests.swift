import Testing

@testable import SamnyttaFormats

/// Every syntax message exists in Swedish and in English, and the two differ.
@Suite struct SyntaxMessageTests {
  /// Every case by name: the switch must name each case, so a new message cannot be added without
  /// being listed here, and ``SyntaxMessage/examples`` must hold one of each.
  static func name(_ m: SyntaxMessage) -> String {
    switch m {
    case .textAfterValue: "textAfterValue"
    case .unexpectedEnd: "unexpectedEnd"
    case .unexpectedByte: "unexpectedByte"
    case .invalidLiteral: "invalidLiteral"
    case .nestingTooDeep: "nestingTooDeep"
    case .trailingComma: "trailingComma"
    case .expectedKey: "expectedKey"
    case .duplicateKey: "duplicateKey"
    case .expectedColon: "expectedColon"
    case .expectedCommaOr: "expectedCommaOr"
    case .invalidNumber: "invalidNumber"
    case .controlCharacterInString: "controlCharacterInString"
    case .unpairedSurrogate: "unpairedSurrogate"
    case .invalidUnicodeEscape: "invalidUnicodeEscape"
    case .invalidEscape: "invalidEscape"
    case .unterminatedString: "unterminatedString"
    case .invalidUTF8InString: "invalidUTF8InString"
    case .mixedEncoding: "mixedEncoding"
    case .unknownEncoding: "unknownEncoding"
    case .quotedCellNeverClosed: "quotedCellNeverClosed"
    case .textAfterClosingQuote: "textAfterClosingQuote"
    case .unreadableWorkbook: "unreadableWorkbook"
    case .notAWorkbook: "notAWorkbook"
    case .noSheets: "noSheets"
    case .noSuchSheet: "noSuchSheet"
    case .damagedWorkbook: "damagedWorkbook"
    }
  }

  @Test func everyMessageExistsInBothLanguages() {
    #expect(Set(SyntaxMessage.examples.map(Self.name)).count == 26, "examples must hold one of each case")
    for message in SyntaxMessage.examples {
      let sv = message.text(.sv)
      let en = message.text(.en)
      #expect(!sv.isEmpty && !en.isEmpty && sv != en, "\(message): '\(sv)' / '\(en)'")
      for word in ["expected", "unexpected", "invalid", " the ", " key ", "string", "character"] {
        #expect(!sv.contains(word), "\(message): Swedish '\(sv)' holds '\(word)'")
      }
    }
  }

  @Test func aParseErrorRendersItsPlaceInEitherLanguage() throws {
    let error = try #require(#expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array("{\n  \"a\": 1,\n}".utf8)) })
    #expect(error.reason == .trailingComma(before: "}"))
    #expect(error.text(.en) == "line 3, column 1: trailing comma before '}'")
    #expect(error.text(.sv) == "rad 3, kolumn 1: överflödigt kommatecken före '}'")
  }

  /// A key that looks like a personnummer is not held, so no rendering can repeat it.
  @Test func aPersonalNumberKeyIsNotHeld() throws {
    let error = try #require(#expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(#"{"19811218-9876": 1, "19811218-9876": 2}"#.utf8)) })
    #expect(error.reason == .duplicateKey(nil))
    for l in Language.allCases { #expect(!error.text(l).contains("9876"), "\(error.text(l))") }
    #expect(error.text(.sv).contains("liknar ett personnummer"))
  }
}
