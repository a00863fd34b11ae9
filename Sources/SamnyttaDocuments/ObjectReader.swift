import SamnyttaEngine
import SamnyttaFormats

/// Reads one JSON object strictly: every key must be known, every value of the right type, and
/// every error names the file, the JSON path and the line.
struct ObjectReader {
  let file: String
  let path: String
  let value: JSONValue
  private let members: [(key: String, value: JSONValue)]

  init(_ value: JSONValue, path: String, file: String) throws(DataError) {
    guard case .object(let members) = value.kind else {
      throw DataError(file: file, path: path, line: value.line, column: value.column, reason: .expectedType(.object, found: .init(value)))
    }
    self.file = file
    self.path = path
    self.value = value
    self.members = members
  }

  func fail(_ key: String?, _ node: JSONValue?, _ reason: DataMessage) -> DataError {
    let node = node ?? value
    return DataError(file: file, path: key.map { childPath($0.quotedForMessage) } ?? path, line: node.line, column: node.column, reason: reason)
  }

  /// A failure in a model file.
  func fail(_ key: String?, _ node: JSONValue?, _ message: ModelMessage) -> DataError { fail(key, node, .model(message)) }

  func childPath(_ key: String) -> String { "\(path).\(key)" }

  /// Refuses any key not in `allowed`, naming the allowed ones.
  func allowOnly(_ allowed: [String]) throws(DataError) {
    for member in members where !allowed.contains(member.key) {
      throw fail(member.key, member.value, .unknownKey(member.key, allowed: allowed))
    }
  }

  var keys: [String] { members.map(\.key) }

  func optional(_ key: String) -> JSONValue? {
    guard let value = members.first(where: { $0.key == key })?.value else { return nil }
    if case .null = value.kind { return nil }
    return value
  }

  func required(_ key: String) throws(DataError) -> JSONValue {
    guard let value = optional(key) else { throw fail(nil, nil, .missingKey(key)) }
    return value
  }

  func string(_ key: String) throws(DataError) -> String {
    try stringValue(try required(key), key)
  }

  func optionalString(_ key: String) throws(DataError) -> String? {
    guard let node = optional(key) else { return nil }
    return try stringValue(node, key)
  }

  private func stringValue(_ node: JSONValue, _ key: String) throws(DataError) -> String {
    guard case .string(let text) = node.kind else { throw fail(key, node, .expectedType(.string, found: .init(node))) }
    return text
  }

  func bool(_ key: String) throws(DataError) -> Bool {
    let node = try required(key)
    guard case .bool(let flag) = node.kind else { throw fail(key, node, .expectedType(.boolean, found: .init(node))) }
    return flag
  }

  func optionalNumber(_ key: String) throws(DataError) -> Double? {
    guard let node = optional(key) else { return nil }
    return try NumberText.double(node, path: childPath(key), file: file)
  }

  func number(_ key: String) throws(DataError) -> Double {
    try NumberText.double(try required(key), path: childPath(key), file: file)
  }

  func integer(_ key: String) throws(DataError) -> Int {
    try NumberText.integer(try required(key), path: childPath(key), file: file)
  }

  func optionalInteger(_ key: String) throws(DataError) -> Int? {
    guard let node = optional(key) else { return nil }
    return try NumberText.integer(node, path: childPath(key), file: file)
  }

  func money(_ key: String) throws(DataError) -> Money {
    try NumberText.money(try required(key), path: childPath(key), file: file)
  }

  func optionalMoney(_ key: String) throws(DataError) -> Money? {
    guard let node = optional(key) else { return nil }
    return try NumberText.money(node, path: childPath(key), file: file)
  }

  func object(_ key: String) throws(DataError) -> ObjectReader {
    try ObjectReader(try required(key), path: childPath(key), file: file)
  }

  func optionalObject(_ key: String) throws(DataError) -> ObjectReader? {
    guard let node = optional(key) else { return nil }
    return try ObjectReader(node, path: childPath(key), file: file)
  }

  /// The elements of an array, each with its path.
  func array(_ key: String, required isRequired: Bool = true) throws(DataError) -> [(value: JSONValue, path: String)] {
    guard let node = isRequired ? try required(key) : optional(key) else { return [] }
    guard case .array(let elements) = node.kind else { throw fail(key, node, .expectedType(.array, found: .init(node))) }
    return elements.enumerated().map { ($0.element, "\(childPath(key))[\($0.offset)]") }
  }

  /// The members of an object-valued key, each with its path.
  func members(_ key: String) throws(DataError) -> [(key: String, value: JSONValue, path: String)] {
    guard let node = optional(key) else { return [] }
    guard case .object(let members) = node.kind else { throw fail(key, node, .expectedType(.object, found: .init(node))) }
    return members.map { ($0.key, $0.value, "\(childPath(key)).\($0.key.quotedForMessage)") }
  }

  /// A string that must be one of `allowed`.
  func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, default fallback: T? = nil) throws(DataError) -> T
  where T.RawValue == String {
    guard let node = optional(key) else {
      if let fallback { return fallback }
      throw fail(nil, nil, .missingKey(key))
    }
    let text = try stringValue(node, key)
    guard let value = T(rawValue: text) else {
      throw fail(key, node, .unknownName(text, what: .value, expected: T.allCases.map(\.rawValue)))
    }
    return value
  }
}

/// Converts JSON number text to the engine's types without a detour through binary floating point
/// for money.
enum NumberText {
  static func text(_ node: JSONValue, path: String, file: String) throws(DataError) -> String {
    guard case .number(let text) = node.kind else {
      throw DataError(file: file, path: path, line: node.line, column: node.column, reason: .expectedType(.number, found: .init(node)))
    }
    return text
  }

  static func double(_ node: JSONValue, path: String, file: String) throws(DataError) -> Double {
    let text = try text(node, path: path, file: file)
    guard let value = Double(text), value.isFinite else {
      throw DataError(file: file, path: path, line: node.line, column: node.column, reason: .numberOutOfRange(text))
    }
    return value
  }

  static func integer(_ node: JSONValue, path: String, file: String) throws(DataError) -> Int {
    let text = try text(node, path: path, file: file)
    guard let value = Int(text) else {
      throw DataError(
        file: file, path: path, line: node.line, column: node.column, reason: .expectedWholeNumber(found: text))
    }
    return value
  }

  /// Kronor with at most two decimals, to öre, exactly.
  static func money(_ node: JSONValue, path: String, file: String) throws(DataError) -> Money {
    let text = try text(node, path: path, file: file)
    func fail(_ reason: DataMessage) -> DataError {
      DataError(file: file, path: path, line: node.line, column: node.column, reason: reason)
    }
    if text.contains(where: { $0 == "e" || $0 == "E" }) {
      guard let value = Double(text), value.isFinite, abs(value) < 1e15 else { throw fail(.amountOutOfRange(text)) }
      let ore = (value * 100).rounded()
      guard Double(ore) / 100 == value else { throw fail(.amountTooPrecise(text)) }
      return Money(ore: Int64(ore))
    }
    let negative = text.hasPrefix("-")
    let unsigned = negative ? text.dropFirst() : Substring(text)
    let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
    let whole = parts[0]
    var fraction = parts.count > 1 ? String(parts[1]) : ""
    while fraction.count > 2, fraction.hasSuffix("0") { fraction.removeLast() }
    guard fraction.count <= 2 else { throw fail(.amountTooPrecise(text)) }
    guard whole.count <= 15, let kronor = Int64(whole) else { throw fail(.amountOutOfRange(text)) }
    let ore = kronor * 100 + (fraction.isEmpty ? 0 : Int64(fraction.padding(toLength: 2))!)
    return Money(ore: negative ? -ore : ore)
  }
}

extension String {
  fileprivate func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: "0", count: length - count)
  }
}
