/// The little XML an office file needs, read strictly: start and end tags (checked to nest),
/// attributes, text with the five predefined entities and character references, CDATA; the
/// declaration, processing instructions and comments are skipped. A document type declaration is
/// refused, so no entity can expand (the "billion laughs"). Not a general XML parser: namespaces
/// are kept as written (`x:row`), and ``XMLToken/localName`` drops the prefix.
public struct XMLTokenizer {
  let bytes: [UInt8]
  var position = 0
  var open: [String] = []
  var rootSeen = false
  /// Where the tokenizer is, for messages.
  public var line = 1

  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
  }

  /// The next token, or `nil` at the end of a well-formed document.
  public mutating func next() throws(XMLError) -> XMLToken? {
    while position < bytes.count {
      if bytes[position] != UInt8(ascii: "<") {
        let text = try readText()
        if open.isEmpty {
          guard text.allSatisfy(\.isWhitespace) else { throw fail("text outside the root element") }
          continue
        }
        return .text(text)
      }
      if starts("<?") {
        try skip(past: "?>")
      } else if starts("<!--") {
        try skip(past: "-->")
      } else if starts("<![CDATA[") {
        position += 9
        let start = position
        try skip(past: "]]>")
        guard !open.isEmpty else { throw fail("CDATA outside the root element") }
        return .text(try string(bytes[start..<(position - 3)]))
      } else if starts("<!") {
        throw fail("document type declarations are not accepted")
      } else if starts("</") {
        position += 2
        let name = readName()
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else { throw fail("expected '>' after </\(name)") }
        position += 1
        guard let expected = open.popLast(), expected == name else { throw fail("</\(name)> does not close the open element") }
        return .end(name: name)
      } else {
        return try readStartTag()
      }
    }
    guard open.isEmpty else { throw fail("the document ends inside <\(open.last ?? "")>") }
    guard rootSeen else { throw fail("the document has no elements") }
    return nil
  }

  mutating func readStartTag() throws(XMLError) -> XMLToken {
    position += 1
    let name = readName()
    guard !name.isEmpty else { throw fail("'<' not followed by an element name") }
    guard !(open.isEmpty && rootSeen) else { throw fail("a second root element <\(name)>") }
    var attributes: [String: String] = [:]
    while true {
      skipSpace()
      guard position < bytes.count else { throw fail("the document ends inside <\(name)") }
      if bytes[position] == UInt8(ascii: ">") {
        position += 1
        open.append(name)
        rootSeen = true
        return .start(name: name, attributes: attributes, selfClosing: false)
      }
      if starts("/>") {
        position += 2
        rootSeen = true
        return .start(name: name, attributes: attributes, selfClosing: true)
      }
      let key = readName()
      guard !key.isEmpty else { throw fail("unexpected character in <\(name)>") }
      skipSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw fail("attribute \(key) in <\(name)> has no value") }
      position += 1
      skipSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
        throw fail("attribute \(key) in <\(name)> is not quoted")
      }
      let quote = bytes[position]
      position += 1
      let start = position
      while position < bytes.count && bytes[position] != quote {
        if bytes[position] == UInt8(ascii: "<") { throw fail("'<' inside attribute \(key)") }
        position += 1
      }
      guard position < bytes.count else { throw fail("attribute \(key) in <\(name)> is never closed") }
      guard attributes[key] == nil else { throw fail("attribute \(key) repeated in <\(name)>") }
      attributes[key] = try decodeEntities(bytes[start..<position])
      position += 1
    }
  }

  mutating func readText() throws(XMLError) -> String {
    let start = position
    while position < bytes.count && bytes[position] != UInt8(ascii: "<") { position += 1 }
    return try decodeEntities(bytes[start..<position])
  }

  /// Letters, digits and `_ - . :`, and every non-ASCII byte (names in UTF-8).
  mutating func readName() -> String {
    let start = position
    while position < bytes.count {
      let b = bytes[position]
      let ok =
        b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D || b == 0x2E
        || b == 0x3A
      guard ok else { break }
      position += 1
    }
    return String(decoding: bytes[start..<position], as: UTF8.self)
  }

  mutating func skipSpace() {
    while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) {
      if bytes[position] == 0x0A { line += 1 }
      position += 1
    }
  }

  func starts(_ text: String) -> Bool {
    let t = Array(text.utf8)
    return position + t.count <= bytes.count && Array(bytes[position..<(position + t.count)]) == t
  }

  mutating func skip(past end: String) throws(XMLError) {
    let opening = position
    while position < bytes.count && !starts(end) {
      if bytes[position] == 0x0A { line += 1 }
      position += 1
    }
    guard position < bytes.count else {
      position = opening
      throw fail("a '\(end)' is missing")
    }
    position += end.utf8.count
  }

  func string(_ slice: ArraySlice<UInt8>) throws(XMLError) -> String {
    guard let text = String(validating: slice, as: UTF8.self) else { throw fail("text that is not UTF-8") }
    return text
  }

  /// Text with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#N;` and `&#xH;` replaced.
  mutating func decodeEntities(_ slice: ArraySlice<UInt8>) throws(XMLError) -> String {
    for b in slice where b == 0x0A { line += 1 }
    let raw = try string(slice)
    guard raw.contains("&") else { return raw }
    var out = ""
    var rest = Substring(raw)
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      guard let semicolon = rest[amp...].firstIndex(of: ";") else { throw fail("'&' without ';'") }
      let name = rest[rest.index(after: amp)..<semicolon]
      switch name {
      case "amp": out += "&"
      case "lt": out += "<"
      case "gt": out += ">"
      case "quot": out += "\""
      case "apos": out += "'"
      default:
        let hex = name.hasPrefix("#x") || name.hasPrefix("#X")
        guard name.hasPrefix("#"), let code = UInt32(name.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10), let scalar = Unicode.Scalar(code) else {
          throw fail("unknown entity &\(name);")
        }
        out.unicodeScalars.append(scalar)
      }
      rest = rest[rest.index(after: semicolon)...]
    }
    return out + rest
  }

  func fail(_ message: String) -> XMLError { XMLError(line: line, message: message) }
}

public enum XMLToken: Sendable, Equatable {
  case start(name: String, attributes: [String: String], selfClosing: Bool)
  case end(name: String)
  case text(String)
}

extension XMLToken {
  /// A tag's name without its namespace prefix (`x:row` → `row`).
  public static func localName(_ name: String) -> Substring {
    name.lastIndex(of: ":").map { name[name.index(after: $0)...] } ?? Substring(name)
  }
}

/// XML that is not well-formed, or uses what this reader refuses.
public struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
  public var line: Int
  public var message: String
  public var description: String { "line \(line): \(message)" }
}
