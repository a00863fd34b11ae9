import SamnyttaEngine

/// A JSON value to write: keys sorted, money as exact kronor, ratios with fixed decimals, never
/// NaN or infinity. The same value always gives the same bytes.
public indirect enum JSONOutput: Sendable, Equatable {
  case object([String: JSONOutput])
  case array([JSONOutput])
  case string(String)
  case money(Money)
  case integer(Int)
  /// A ratio rounded to a fixed number of decimals; a non-finite value is written as `null`.
  case ratio(Double, decimals: Int)
  case bool(Bool)
  case null
  /// A number written exactly as given: JSON number text, e.g. copied from an input file.
  case number(String)

  /// Pretty-printed with two-space indentation and a final newline.
  public func rendered() -> String {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(to: &out, indent: 0)
    out.append(UInt8(ascii: "\n"))
    return String(decoding: out, as: UTF8.self)
  }

  /// Written as UTF-8 bytes rather than appended to a String: rendering the results of a large
  /// `batch` was dominated by String growth.
  private func write(to out: inout [UInt8], indent: Int) {
    func pad(_ level: Int) { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level)) }
    func text(_ s: String) { out.append(contentsOf: s.utf8) }
    switch self {
    case .object(let members):
      if members.isEmpty {
        text("{}")
        return
      }
      text("{\n")
      for (i, key) in members.keys.sorted().enumerated() {
        pad(indent + 1)
        Self.quoted(key, into: &out)
        text(": ")
        members[key]!.write(to: &out, indent: indent + 1)
        text(i == members.count - 1 ? "\n" : ",\n")
      }
      pad(indent)
      text("}")
    case .array(let elements):
      if elements.isEmpty {
        text("[]")
        return
      }
      text("[\n")
      for (i, element) in elements.enumerated() {
        pad(indent + 1)
        element.write(to: &out, indent: indent + 1)
        text(i == elements.count - 1 ? "\n" : ",\n")
      }
      pad(indent)
      text("]")
    case .string(let s): Self.quoted(s, into: &out)
    case .money(let money): text(NumberFormatting.plainKronor(money))
    case .integer(let n): text(String(n))
    case .ratio(let x, let decimals): text(x.isFinite ? NumberFormatting.fixed(x, decimals: decimals, trimZeros: true) : "null")
    case .bool(let flag): text(flag ? "true" : "false")
    case .null: text("null")
    case .number(let digits): text(digits)
    }
  }

  static func quoted(_ text: String, into out: inout [UInt8]) {
    // Most keys and values need no escape: copy their bytes whole.
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
      out.append(UInt8(ascii: "\""))
      out.append(contentsOf: text.utf8)
      out.append(UInt8(ascii: "\""))
    } else {
      out.append(contentsOf: quoted(text).utf8)
    }
  }

  /// `text` as a JSON string literal, quotes included.
  public static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        // Every C0 control must be escaped (RFC 8259); DEL, C1, U+2028/U+2029 and bidi controls
        // are too, so JSON printed on a terminal cannot command it (TerminalText's list).
        if TerminalText.isUnsafe(scalar) {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
