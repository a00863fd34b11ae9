import SamnyttaEngine

/// A strict JSON parser (RFC 8259) that reports syntax errors by line and column.
///
/// Foundation's decoder on Linux reports neither, accepts trailing commas and silently keeps the
/// last of duplicate keys (swift-notes.md §3.1); this parser refuses all three.
public struct JSONParser {
  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var lineStart = 0
  private var depth = 0
  private static let maximumDepth = 512

  /// Parses a complete document.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    var parser = JSONParser(bytes: bytes)
    // A UTF-8 byte-order mark, as some editors write, is skipped.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      parser.index = 3
      parser.lineStart = 3
    }
    parser.skipWhitespace()
    let value = try parser.parseValue()
    parser.skipWhitespace()
    if parser.index < bytes.count { throw parser.error(.textAfterValue) }
    return value
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private var column: Int { index - lineStart + 1 }

  private func error(_ reason: SyntaxMessage) -> JSONSyntaxError {
    JSONSyntaxError(line: line, column: column, reason: reason)
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0D: index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      default: return
      }
    }
  }

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    guard index < bytes.count else { throw error(.unexpectedEnd(expected: .value)) }
    let (startLine, startColumn) = (line, column)
    func value(_ kind: JSONValue.Kind) -> JSONValue { JSONValue(kind, line: startLine, column: startColumn) }
    switch bytes[index] {
    case UInt8(ascii: "{"): return value(try parseObject())
    case UInt8(ascii: "["): return value(try parseArray())
    case UInt8(ascii: "\""): return value(.string(try parseString()))
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return value(.bool(true))
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return value(.bool(false))
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return value(.null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return value(.number(try parseNumber()))
    default: throw error(.unexpectedByte(bytes[index]))
    }
  }

  private mutating func expectLiteral(_ literal: String) throws(JSONSyntaxError) {
    for byte in literal.utf8 {
      guard index < bytes.count, bytes[index] == byte else { throw error(.invalidLiteral(expected: literal)) }
      index += 1
    }
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth { throw error(.nestingTooDeep(levels: Self.maximumDepth)) }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue.Kind {
    try enter()
    defer { depth -= 1 }
    index += 1
    var members: [(key: String, value: JSONValue)] = []
    var keys: Set<String> = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error(index < bytes.count && bytes[index] == UInt8(ascii: "}") ? .trailingComma(before: "}") : .expectedKey)
      }
      let keyError = error(.expectedKey)
      let key = try parseString()
      guard keys.insert(key).inserted else {
        throw JSONSyntaxError(line: keyError.line, column: keyError.column, reason: .duplicateKey(SyntaxMessage.key(key)))
      }
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error(.expectedColon(afterKey: SyntaxMessage.key(key))) }
      index += 1
      skipWhitespace()
      members.append((key, try parseValue()))
      skipWhitespace()
      guard index < bytes.count else { throw error(.unexpectedEnd(expected: .commaOr("}"))) }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      throw error(.expectedCommaOr("}"))
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue.Kind {
    try enter()
    defer { depth -= 1 }
    index += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") { throw error(.trailingComma(before: "]")) }
      elements.append(try parseValue())
      skipWhitespace()
      guard index < bytes.count else { throw error(.unexpectedEnd(expected: .commaOr("]"))) }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements)
      }
      throw error(.expectedCommaOr("]"))
    }
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> String {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    func digits() -> Int {
      let from = index
      while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
      return index - from
    }
    guard index < bytes.count else { throw error(.invalidNumber(nil)) }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { throw error(.invalidNumber(.leadingZero)) }
    } else if digits() == 0 {
      throw error(.invalidNumber(nil))
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      if digits() == 0 { throw error(.invalidNumber(.digitsAfterPoint)) }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      if digits() == 0 { throw error(.invalidNumber(.digitsInExponent)) }
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    index += 1
    let start = index
    // Fast path: no escapes.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw error(.controlCharacterInString) }
      index += byte < 0x80 ? 1 : try utf8SequenceLength()
    }
    var scalars = Array(bytes[start..<index])
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return String(decoding: scalars, as: UTF8.self)
      }
      if byte < 0x20 { throw error(.controlCharacterInString) }
      if byte != UInt8(ascii: "\\") {
        let length = byte < 0x80 ? 1 : try utf8SequenceLength()
        scalars.append(contentsOf: bytes[index..<index + length])
        index += length
        continue
      }
      index += 1
      guard index < bytes.count else { break }
      let escape = bytes[index]
      index += 1
      switch escape {
      case UInt8(ascii: "\""): scalars.append(0x22)
      case UInt8(ascii: "\\"): scalars.append(0x5C)
      case UInt8(ascii: "/"): scalars.append(0x2F)
      case UInt8(ascii: "b"): scalars.append(0x08)
      case UInt8(ascii: "f"): scalars.append(0x0C)
      case UInt8(ascii: "n"): scalars.append(0x0A)
      case UInt8(ascii: "r"): scalars.append(0x0D)
      case UInt8(ascii: "t"): scalars.append(0x09)
      case UInt8(ascii: "u"):
        var code = try parseHex4()
        if (0xD800..<0xDC00).contains(code) {
          guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
            throw error(.unpairedSurrogate)
          }
          index += 2
          let low = try parseHex4()
          guard (0xDC00..<0xE000).contains(low) else { throw error(.unpairedSurrogate) }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw error(.invalidUnicodeEscape) }
        scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
      default: throw error(.invalidEscape(escape))
      }
    }
    throw error(.unterminatedString)
  }

  /// The length of the UTF-8 sequence at `index`; a file that is not UTF-8 is refused at its
  /// first bad byte rather than read with U+FFFD in place of what its author wrote.
  private func utf8SequenceLength() throws(JSONSyntaxError) -> Int {
    guard let length = UTF8Sequence.length(in: bytes, at: index) else {
      throw error(.invalidUTF8InString(bytes[index]))
    }
    return length
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error(.invalidUnicodeEscape) }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
      default: throw error(.invalidUnicodeEscape)
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }
}

/// A JSON syntax error at a line and column (both 1-based).
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  /// What is wrong, rendered per language.
  public var reason: SyntaxMessage
  public init(line: Int, column: Int, reason: SyntaxMessage) {
    self.line = line
    self.column = column
    self.reason = reason
  }
  /// What is wrong, in English (for logs and tests).
  public var message: String { reason.text(.en) }
  public var description: String { text(.en) }
  /// The place and what is wrong, in `language`: `line 3, column 5: …` / `rad 3, kolumn 5: …`.
  public func text(_ language: Language) -> String {
    (language == .sv ? "rad \(line), kolumn \(column): " : "line \(line), column \(column): ") + reason.text(language)
  }
}
