import SamnyttaEngine
import SamnyttaFormats

/// Reads sourced values (`{"value", "source", "year", "estimate", "note", "basis", "verified", "range"}`),
/// checks them and records each as a `ModelParameter`. From format version 2 `basis`, `verified`
/// and `range` are required; in version 1 they are optional and checked when present.
struct SourcedReader {
  let file: String
  let requiresEvidence: Bool
  var parameters: [ModelParameter] = []

  static let keys = ["value", "source", "year", "estimate", "note", "basis", "verified", "range"]
  static let evidenceKeys = ["basis", "verified", "range"]

  /// The sourced object at `key` and its `value` node.
  private func entry(_ object: ObjectReader, _ key: String) throws(DataError) -> (entry: ObjectReader, value: JSONValue) {
    let entry = try object.object(key)
    try entry.allowOnly(Self.keys)
    return (entry, try entry.required("value"))
  }

  /// Reads the entry's source, year, note and evidence, checks them against the (already checked)
  /// value and records the parameter.
  private mutating func record(
    _ entry: ObjectReader, _ node: JSONValue, _ path: String, _ kind: ParameterKind, _ value: Double
  ) throws(DataError) {
    let source = try entry.string("source")
    let estimate = entry.optional("estimate") == nil ? false : try entry.bool("estimate")
    let note = try entry.optionalString("note")
    if source.allSatisfy(\.isWhitespace) { throw entry.fail("source", nil, .needsSource) }
    if estimate && (note ?? "").allSatisfy(\.isWhitespace) {
      throw entry.fail("note", nil, .estimateNeedsNote)
    }
    let year = try entry.integer("year")
    let evidence = try self.evidence(entry, path, kind, value, estimate: estimate)
    let text: String
    if case .number(let number) = node.kind {
      text = number
    } else if case .array(let rows) = node.kind {
      text = "\(rows.count) rows"
    } else {
      text = "?"
    }
    let provenance = Provenance(value: text, source: source, year: year, estimate: estimate, note: note, evidence: evidence)
    parameters.append(ModelParameter(path: path, kind: kind, value: value, provenance: provenance))
  }

  /// The evidence keys, all or none (all in format version 2). The basis must agree with `estimate`:
  /// a derived value or an estimate is marked `estimate`, a value a law, statistic or price list
  /// states is not. The range must lie within what the kind allows and contain the value.
  private func evidence(
    _ entry: ObjectReader, _ path: String, _ kind: ParameterKind, _ value: Double, estimate: Bool
  ) throws(DataError) -> ParameterEvidence? {
    // A table has no range: its rows are set by law and drawn, if ever, as one.
    let keys = kind == .table ? ["basis", "verified"] : Self.evidenceKeys
    let present = keys.filter { entry.optional($0) != nil }
    if present.isEmpty && !requiresEvidence { return nil }
    if let missing = keys.first(where: { entry.optional($0) == nil }) {
      throw entry.fail(nil, nil, .missingEvidence(path: path, key: missing, required: requiresEvidence))
    }
    let basis = try entry.choice("basis", Basis.self)
    let derived = basis == .derived || basis == .estimate
    if derived != estimate {
      throw entry.fail(
        "basis", entry.optional("basis"),
        derived ? .basisNeedsEstimate(path: path, basis: basis.rawValue) : .basisContradictsEstimate(path: path, basis: basis.rawValue))
    }
    let verifiedNode = try entry.required("verified")
    let verified = try entry.string("verified")
    guard Self.isISODate(verified) else {
      throw entry.fail("verified", verifiedNode, .badVerifiedDate(path: path, text: verified))
    }
    if kind == .table {
      if entry.optional("range") != nil { throw entry.fail("range", entry.optional("range"), .tableHasNoRange(path: path)) }
      return ParameterEvidence(basis: basis, verified: verified, range: ParameterRange(low: value, high: value))
    }
    let rangeObject = try entry.object("range")
    try rangeObject.allowOnly(["low", "high"])
    let low = try bound(rangeObject, "low", kind)
    let high = try bound(rangeObject, "high", kind)
    guard low <= high else {
      throw rangeObject.fail(nil, nil, .rangeInverted(path: path, low: low, high: high))
    }
    if kind == .share && high > 1 {
      throw rangeObject.fail("high", rangeObject.optional("high"), .shareRangeOutside(path: path, high: high))
    }
    let range = ParameterRange(low: low, high: high)
    guard range.contains(value) else {
      throw rangeObject.fail(nil, nil, .rangeExcludesValue(path: path, low: low, high: high, value: value))
    }
    return ParameterEvidence(basis: basis, verified: verified, range: range)
  }

  /// One end of a range: a number of the parameter's kind (kronor to öre for money), not negative.
  private func bound(_ range: ObjectReader, _ key: String, _ kind: ParameterKind) throws(DataError) -> Double {
    let node = try range.required(key)
    let number: Double
    if kind == .money {
      number = Double(try NumberText.money(node, path: range.childPath(key), file: file).ore) / 100
    } else {
      number = try NumberText.double(node, path: range.childPath(key), file: file)
    }
    guard number >= 0 else { throw range.fail(key, node, DataMessage.rule(.negativeAmount)) }
    return number
  }

  /// `YYYY-MM-DD` naming a real calendar day.
  static func isISODate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
    else { return false }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return (1...days).contains(day)
  }

  mutating func money(_ object: ObjectReader, _ key: String, _ path: String) throws(DataError) -> Money {
    try money(object, key, path, positive: false)
  }

  /// A sum that must be above zero: a salary, a threshold or a ceiling of 0 is a typing error
  /// that would silently zero every income (or refuse every amount), not a model.
  mutating func positiveMoney(_ object: ObjectReader, _ key: String, _ path: String) throws(DataError) -> Money {
    try money(object, key, path, positive: true)
  }

  private mutating func money(_ object: ObjectReader, _ key: String, _ path: String, positive: Bool) throws(DataError) -> Money {
    let (entry, node) = try entry(object, key)
    let amount = try NumberText.money(node, path: entry.childPath("value"), file: file)
    if amount < .zero { throw entry.fail("value", node, DataMessage.rule(.negativeAmount)) }
    if positive && amount == .zero { throw entry.fail("value", node, .mustBePositive) }
    try record(entry, node, path, .money, Double(amount.ore) / 100)
    return amount
  }

  mutating func positiveNumber(_ object: ObjectReader, _ key: String, _ path: String) throws(DataError) -> Double {
    try number(object, key, path, kind: .number, positive: true)
  }

  mutating func number(_ object: ObjectReader, _ key: String, _ path: String) throws(DataError) -> Double {
    try number(object, key, path, kind: .number, positive: false)
  }

  /// A rate or share: a number in [0, 1].
  mutating func share(_ object: ObjectReader, _ key: String, _ path: String) throws(DataError) -> Double {
    try number(object, key, path, kind: .share, positive: false)
  }

  private mutating func number(
    _ object: ObjectReader, _ key: String, _ path: String, kind: ParameterKind, positive: Bool
  ) throws(DataError) -> Double {
    let (entry, node) = try entry(object, key)
    let number = try NumberText.double(node, path: entry.childPath("value"), file: file)
    if number < 0 { throw entry.fail("value", node, DataMessage.rule(.negativeAmount)) }
    if positive && number == 0 { throw entry.fail("value", node, .mustBePositive) }
    if kind == .share && number > 1 { throw entry.fail("value", node, .shareOutOfRange(path: path, value: number)) }
    try record(entry, node, path, kind, number)
    return number
  }

  /// A sourced value whose `value` is a non-empty array of rows (a bracket table), recorded as a
  /// ``ParameterKind/table`` parameter; the rows and their paths for the caller to read.
  mutating func table(_ object: ObjectReader, _ key: String, _ path: String) throws(DataError) -> [(value: JSONValue, path: String)] {
    let (entry, node) = try entry(object, key)
    guard case .array(let rows) = node.kind, !rows.isEmpty else {
      throw entry.fail("value", node, .emptyTable)
    }
    try record(entry, node, path, .table, Double(rows.count))
    return rows.enumerated().map { ($1, "\(entry.childPath("value"))[\($0)]") }
  }

  func code(_ object: ObjectReader, existing: [String: LocalizedName]) throws(DataError) -> String {
    let code = try object.string("code")
    guard !code.isEmpty, code.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }) else {
      throw object.fail("code", object.optional("code"), .badCode(code))
    }
    guard existing[code] == nil else { throw object.fail("code", object.optional("code"), .duplicateCode(code)) }
    return code
  }
}
