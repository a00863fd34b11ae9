import SamnyttaEngine

/// What is wrong with the syntax of a JSON or CSV file, as a value each ``Language`` renders: the
/// parsers name the fault, and the reader of the message chooses the language. Text from the file
/// is held already shortened (``Swift/String/quotedForMessage``); a key that looks like a
/// personnummer is not held at all (`nil`), since input data must stay pseudonymous.
public enum SyntaxMessage: Sendable, Hashable {
  // JSON
  case textAfterValue
  case unexpectedEnd(expected: Expectation)
  /// A byte where a value should start.
  case unexpectedByte(UInt8)
  case invalidLiteral(expected: String)
  case nestingTooDeep(levels: Int)
  /// A comma right before the closing `}` or `]`.
  case trailingComma(before: Character)
  case expectedKey
  /// A key given twice in one object; `nil` when the key looks like a personnummer.
  case duplicateKey(String?)
  case expectedColon(afterKey: String?)
  case expectedCommaOr(Character)
  case invalidNumber(NumberFault?)
  case controlCharacterInString
  case unpairedSurrogate
  case invalidUnicodeEscape
  /// A backslash before a byte that starts no escape.
  case invalidEscape(UInt8)
  case unterminatedString
  case invalidUTF8InString(UInt8)
  // CSV
  /// A byte that is not UTF-8 in a file holding well-formed UTF-8 letters elsewhere.
  case mixedEncoding(UInt8)
  /// A byte Windows-1252 leaves undefined, in a file that is not UTF-8.
  case unknownEncoding(UInt8)
  case quotedCellNeverClosed
  case textAfterClosingQuote
  // An .xlsx workbook
  /// The zip archive cannot be read; `detail` says why, in English.
  case unreadableWorkbook(detail: String)
  case notAWorkbook(missingPart: String)
  case noSheets
  case noSuchSheet(String, sheets: [String])
  /// Any other damage, told by its technical detail (a part, a row, a cell reference) in English.
  case damagedWorkbook(String)

  /// What the parser expected where the file ended.
  public enum Expectation: Sendable, Hashable {
    case value
    /// `,` or the closing `}` or `]`.
    case commaOr(Character)
  }

  /// What is wrong with a number's text.
  public enum NumberFault: Sendable, Hashable { case leadingZero, digitsAfterPoint, digitsInExponent }

  /// One of each message, for the test that every message exists in both languages.
  public static let examples: [SyntaxMessage] = [
    .textAfterValue, .unexpectedEnd(expected: .value), .unexpectedEnd(expected: .commaOr("}")), .unexpectedByte(0x78), .unexpectedByte(0x1B),
    .invalidLiteral(expected: "true"), .nestingTooDeep(levels: 512), .trailingComma(before: "]"), .expectedKey, .duplicateKey("a"),
    .duplicateKey(nil), .expectedColon(afterKey: "a"), .expectedColon(afterKey: nil), .expectedCommaOr("]"), .invalidNumber(nil),
    .invalidNumber(.leadingZero), .invalidNumber(.digitsAfterPoint), .invalidNumber(.digitsInExponent), .controlCharacterInString,
    .unpairedSurrogate, .invalidUnicodeEscape, .invalidEscape(0x71), .invalidEscape(0x07), .unterminatedString, .invalidUTF8InString(0xE5),
    .mixedEncoding(0xE5), .unknownEncoding(0x81), .quotedCellNeverClosed, .textAfterClosingQuote, .unreadableWorkbook(detail: "truncated"),
    .notAWorkbook(missingPart: "[Content_Types].xml"), .noSheets, .noSuchSheet("Tredje", sheets: ["Första", "Andra"]),
    .damagedWorkbook("xl/worksheets/sheet1.xml: a cell outside a row"),
  ]

  public func text(_ l: Language) -> String {
    let sv = l == .sv
    switch self {
    case .textAfterValue: return sv ? "oväntad text efter JSON-värdet" : "unexpected text after the JSON value"
    case .unexpectedEnd(let expected):
      return sv ? "oväntat slut på filen; förväntade \(Self.text(expected, l))" : "unexpected end of file; expected \(Self.text(expected, l))"
    case .unexpectedByte(let byte):
      guard sv else { return "unexpected \(Self.described(byte, l)); expected a value" }
      return ((0x21...0x7E).contains(byte) ? "oväntat " : "oväntad ") + Self.described(byte, l) + "; förväntade ett värde"
    case .invalidLiteral(let literal): return sv ? "ogiltigt värde; förväntade '\(literal)'" : "invalid literal; expected '\(literal)'"
    case .nestingTooDeep(let levels): return sv ? "nästlat i mer än \(levels) nivåer" : "nesting deeper than \(levels) levels"
    case .trailingComma(let close): return sv ? "överflödigt kommatecken före '\(close)'" : "trailing comma before '\(close)'"
    case .expectedKey: return sv ? "förväntade en nyckel inom dubbla citattecken" : "expected a key in double quotes"
    case .duplicateKey(let key):
      guard sv else { return "duplicate key \(Self.quoted(key))" }
      return key.map { "nyckeln '\($0)' förekommer mer än en gång" }
        ?? "en nyckel som liknar ett personnummer förekommer mer än en gång (den upprepas inte här)"
    case .expectedColon(let key):
      guard sv else { return "expected ':' after key \(Self.quoted(key))" }
      return "förväntade ':' efter " + (key.map { "nyckeln '\($0)'" } ?? "en nyckel som liknar ett personnummer (den upprepas inte här)")
    case .expectedCommaOr(let close): return sv ? "förväntade ',' eller '\(close)'" : "expected ',' or '\(close)'"
    case .invalidNumber(let fault):
      guard let fault else { return sv ? "ogiltigt tal" : "invalid number" }
      return switch fault {
      case .leadingZero: sv ? "ogiltigt tal: inledande nolla" : "invalid number: leading zero"
      case .digitsAfterPoint: sv ? "ogiltigt tal: siffror saknas efter '.'" : "invalid number: digits expected after '.'"
      case .digitsInExponent: sv ? "ogiltigt tal: siffror saknas i exponenten" : "invalid number: digits expected in exponent"
      }
    case .controlCharacterInString:
      return sv ? "styrtecken i en textsträng; skriv det med omvänt snedstreck (\\n, \\t)" : "control character in string; write it escaped"
    case .unpairedSurrogate: return sv ? "ensamt surrogattecken i en \\u-kod" : "unpaired surrogate in \\u escape"
    case .invalidUnicodeEscape: return sv ? "ogiltig \\u-kod" : "invalid \\u escape"
    case .invalidEscape(let byte):
      return sv
        ? "ogiltigt omvänt snedstreck: \\ före \(Self.described(byte, l, definite: true))" : "invalid escape: \\ before \(Self.described(byte, l))"
    case .unterminatedString: return sv ? "en textsträng saknar avslutande citattecken" : "unterminated string"
    case .invalidUTF8InString(let byte):
      return sv
        ? "ogiltig UTF-8 (byte \(byte.hexForMessage)) i en textsträng; spara filen som UTF-8"
        : "invalid UTF-8 (byte \(byte.hexForMessage)) in string; save the file as UTF-8"
    case .mixedEncoding(let byte):
      return sv
        ? "byten \(byte.hexForMessage) är inte UTF-8, men filen har UTF-8-text på andra ställen; spara hela filen som UTF-8"
        : "byte \(byte.hexForMessage) is not UTF-8, but the file holds UTF-8 text elsewhere; save the whole file as UTF-8"
    case .unknownEncoding(let byte):
      return sv
        ? "byten \(byte.hexForMessage) är varken UTF-8 eller ett Windows-1252-tecken; spara filen som UTF-8"
        : "byte \(byte.hexForMessage) is neither UTF-8 nor a Windows-1252 character; save the file as UTF-8"
    case .quotedCellNeverClosed:
      return sv
        ? "en cell inom citattecken som börjar på den här raden avslutas aldrig" : "a quoted cell starting on this line is never closed"
    case .textAfterClosingQuote:
      return sv
        ? "text efter det avslutande citattecknet i en cell inom citattecken; skriv ett citattecken inuti en sådan cell som \"\""
        : "text after the closing quote of a quoted cell; write a quote inside a quoted cell as \"\""
    case .unreadableWorkbook(let detail):
      return sv ? "inte en läsbar .xlsx-arbetsbok (\(detail))" : "not a readable .xlsx workbook: \(detail)"
    case .notAWorkbook(let part): return sv ? "inte en .xlsx-arbetsbok: delen \(part) saknas" : "not an .xlsx workbook: it has no \(part)"
    case .noSheets: return sv ? "arbetsboken har inga blad" : "the workbook has no sheets"
    case .noSuchSheet(let name, let sheets):
      let list = sheets.map { "'\($0)'" }.joined(separator: ", ")
      return sv ? "arbetsboken har inget blad '\(name)'; dess blad: \(list)" : "the workbook has no sheet '\(name)'; its sheets: \(list)"
    case .damagedWorkbook(let detail): return sv ? "arbetsboken är skadad (\(detail))" : detail
    }
  }

  static func text(_ expected: Expectation, _ l: Language) -> String {
    switch expected {
    case .value: l == .sv ? "ett värde" : "a value"
    case .commaOr(let close): l == .sv ? "',' eller '\(close)'" : "',' or '\(close)'"
    }
  }

  /// A byte for a message: `character 'V'` when it is printable ASCII, else `byte 0xE5` (a byte
  /// of a longer UTF-8 character, or a control character, which a terminal must not receive raw).
  /// Swedish inflects the noun: "oväntat tecken 'V'", "före tecknet 'V'".
  static func described(_ byte: UInt8, _ l: Language, definite: Bool = false) -> String {
    let printable = (0x21...0x7E).contains(byte)
    let shown = printable ? "'\(Character(Unicode.Scalar(byte)))'" : byte.hexForMessage
    switch (l, printable) {
    case (.en, true): return "character \(shown)"
    case (.en, false): return "byte \(shown)"
    case (.sv, true): return (definite ? "tecknet " : "tecken ") + shown
    case (.sv, false): return (definite ? "byten " : "byte ") + shown
    }
  }

  /// A key in quotes, or what stands in for one that looks like a personnummer (English).
  static func quoted(_ key: String?) -> String {
    key.map { "'\($0)'" } ?? "(a key that looks like a personal identity number, not repeated here)"
  }

  /// A key as a message holds it: shortened, or `nil` when it looks like a personnummer.
  public static func key(_ key: String) -> String? { PersonalIdentityNumber.looksLikeOne(key) ? nil : key.quotedForMessage }
}
