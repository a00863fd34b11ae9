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

  /// A key for a message, in quotes; a key that looks like a personnummer is not repeated, since
  /// input data must stay pseudonymous (PersonalDataCheck).
  static func quoted(_ key: String) -> String {
    PersonalIdentityNumber.looksLikeOne(key) ? "(a key that looks like a personal identity number, not repeated here)" : "'\(key.quotedForMessage)'"
  }

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
    if parser.index < bytes.count { throw parser.error("unexpected text after the JSON value") }
    return value
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private var column: Int { index - lineStart + 1 }

  private func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(line: line, column: column, message: message)
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
    guard index < bytes.count else { throw error("unexpected end of file; expected a value") }
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
    default: throw error("unexpected \(Self.described(bytes[index])); expected a value")
    }
  }

  private mutating func expectLiteral(_ literal: String) throws(JSONSyntaxError) {
    for byte in literal.utf8 {
      guard index < bytes.count, bytes[index] == byte else { throw error("invalid literal; expected '\(literal)'") }
      index += 1
    }
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
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
        throw error(index < bytes.count && bytes[index] == UInt8(ascii: "}") ? "trailing comma before '}'" : "expected a key in double quotes")
      }
      let keyError = error("")
      let key = try parseString()
      guard keys.insert(key).inserted else {
        throw JSONSyntaxError(line: keyError.line, column: keyError.column, message: "duplicate key \(Self.quoted(key))")
      }
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after key \(Self.quoted(key))") }
      index += 1
      skipWhitespace()
      members.append((key, try parseValue()))
      skipWhitespace()
      guard index < bytes.count else { throw error("unexpected end of file; expected ',' or '}'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      throw error("expected ',' or '}'")
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
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") { throw error("trailing comma before ']'") }
      elements.append(try parseValue())
      skipWhitespace()
      guard index < bytes.count else { throw error("unexpected end of file; expected ',' or ']'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements)
      }
      throw error("expected ',' or ']'")
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
    guard index < bytes.count else { throw error("invalid number") }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { throw error("invalid number: leading zero") }
    } else if digits() == 0 {
      throw error("invalid number")
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      if digits() == 0 { throw error("invalid number: digits expected after '.'") }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      if digits() == 0 { throw error("invalid number: digits expected in exponent") }
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
      if byte < 0x20 { throw error("control character in string; write it escaped") }
      index += byte < 0x80 ? 1 : try utf8SequenceLength()
    }
    var scalars = Array(bytes[start..<index])
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return String(decoding: scalars, as: UTF8.self)
      }
      if byte < 0x20 { throw error("control character in string; write it escaped") }
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
            throw error("unpaired surrogate in \\u escape")
          }
          index += 2
          let low = try parseHex4()
          guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate in \\u escape") }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape") }
        scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
      default: throw error("invalid escape: \\ before \(Self.described(escape))")
      }
    }
    throw error("unterminated string")
  }

  /// The length of the UTF-8 sequence at `index`; a file that is not UTF-8 is refused at its
  /// first bad byte rather than read with U+FFFD in place of what its author wrote.
  private func utf8SequenceLength() throws(JSONSyntaxError) -> Int {
    guard let length = UTF8Sequence.length(in: bytes, at: index) else {
      throw error("invalid UTF-8 (byte \(bytes[index].hexForMessage)) in string; save the file as UTF-8")
    }
    return length
  }

  /// A byte for a message: `character 'V'` when it is printable ASCII, else `byte 0xE5` (a byte
  /// of a longer UTF-8 character, or a control character, which a terminal must not receive raw).
  static func described(_ byte: UInt8) -> String {
    (0x21...0x7E).contains(byte)
      ? "character '\(Character(Unicode.Scalar(byte)))'" : "byte \(byte.hexForMessage)"
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error("invalid \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
      default: throw error("invalid \\u escape")
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
  public var message: String
  public var description: String { "line \(line), column \(column): \(message)" }
}
