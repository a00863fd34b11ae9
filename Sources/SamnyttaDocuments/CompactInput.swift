import SamnyttaEngine
import SamnyttaFormats

/// A binary form of an evaluation input, stored beside the JSON document so that `batch` does not
/// parse JSON again: about a third of the bytes and no syntax tree. It is a cache, never the
/// record: the JSON document stays the exact original, and the engine still checks every rule
/// against the model on each run. Only documents that passed the JSON checks are encoded.
///
/// Layout (little-endian): the magic `SNC2`, then the fields of `EvaluationInput` in declaration
/// order. Strings and counts are LEB128 lengths; amounts are 64-bit öre; doubles are IEEE 754 bits;
/// optionals have a one-byte flag. Dictionaries are written in sorted key order, so the same input
/// always gives the same bytes. Each record ends with its optional counterfactual period, and the
/// input with its optional comparison group (records as the participants'). `SNC1`, the layout
/// before those two, still decodes (without them), so caches written before stay usable.
public enum CompactInput {
  static let magic: [UInt8] = Array("SNC2".utf8)
  static let magicWithoutBaseline: [UInt8] = Array("SNC1".utf8)

  public struct DecodingError: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  public static func encode(_ input: EvaluationInput) -> [UInt8] {
    var w = Writer()
    w.bytes += magic
    w.string(input.name)
    w.string(input.association)
    w.flag(input.period != nil)
    if let period = input.period { w.string(period) }
    w.string(input.classification.aim.rawValue)
    w.string(input.classification.method.rawValue)
    w.money(input.cost.total)
    w.count(input.cost.byType.count)
    for key in input.cost.byType.keys.sorted() {
      w.string(key)
      w.money(input.cost.byType[key]!)
    }
    w.count(input.cost.financing.count)
    for actor in Actor.allCases where input.cost.financing[actor] != nil {
      w.string(actor.rawValue)
      w.double(input.cost.financing[actor]!)
    }
    w.records(input.participants)
    w.flag(input.comparison != nil)
    if let group = input.comparison { w.records(group.participants) }
    return w.bytes
  }

  public static func decode(_ bytes: [UInt8]) throws(DecodingError) -> EvaluationInput {
    var r = Reader(bytes: bytes)
    guard bytes.count >= 4, Array(bytes[0..<4]) == magic || Array(bytes[0..<4]) == magicWithoutBaseline else {
      throw DecodingError(description: "not a compact evaluation input")
    }
    let hasBaseline = Array(bytes[0..<4]) == magic
    r.offset = 4
    let name = try r.string()
    let association = try r.string()
    let period = try r.flag() ? try r.string() : nil
    guard let aim = ClassificationInput.Aim(rawValue: try r.string()), let method = ClassificationInput.Method(rawValue: try r.string()) else {
      throw DecodingError(description: "unknown classification in compact input")
    }
    let total = try r.money()
    var byType: [String: Money] = [:]
    for _ in 0..<(try r.count()) { byType[try r.string()] = try r.money() }
    var financing: [Actor: Double] = [:]
    for _ in 0..<(try r.count()) {
      guard let actor = Actor(rawValue: try r.string()) else { throw DecodingError(description: "unknown actor in compact input") }
      financing[actor] = try r.double()
    }
    let participants = try r.records(withCounterfactuals: hasBaseline)
    var comparison: ComparisonGroup? = nil
    if hasBaseline, try r.flag() { comparison = ComparisonGroup(participants: try r.records(withCounterfactuals: true)) }
    guard r.offset == bytes.count else { throw DecodingError(description: "trailing bytes in compact input") }
    return EvaluationInput(
      name: name, association: association, period: period, classification: ClassificationInput(aim: aim, method: method),
      cost: InterventionCost(total: total, byType: byType, financing: financing), participants: participants, comparison: comparison)
  }

  struct Writer {
    var bytes: [UInt8] = []

    mutating func count(_ n: Int) {
      var v = UInt64(n)
      repeat {
        let low = UInt8(v & 0x7F)
        v >>= 7
        bytes.append(v == 0 ? low : low | 0x80)
      } while v != 0
    }
    mutating func string(_ s: String) {
      count(s.utf8.count)
      bytes += s.utf8
    }
    mutating func fixed(_ v: UInt64) { for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) } }
    mutating func money(_ m: Money) { fixed(UInt64(bitPattern: m.ore)) }
    mutating func double(_ x: Double) { fixed(x.bitPattern) }
    mutating func flag(_ present: Bool) { bytes.append(present ? 1 : 0) }

    mutating func records(_ records: [Participant]) {
      count(records.count)
      for p in records {
        string(p.id)
        count(p.count)
        count(p.attributes.count)
        for key in p.attributes.keys.sorted() {
          string(key)
          string(p.attributes[key]!)
        }
        period(p.before)
        period(p.after)
        flag(p.counterfactual != nil)
        if let counterfactual = p.counterfactual { period(counterfactual) }
      }
    }

    mutating func period(_ period: Period) {
      count(period.spells.count)
      for s in period.spells {
        string(s.state)
        double(s.months)
        double(s.extent)
        flag(s.monthlyAmount != nil)
        if let amount = s.monthlyAmount { money(amount) }
        flag(s.subsidyShare != nil)
        if let share = s.subsidyShare { double(share) }
      }
      count(period.care.count)
      for c in period.care {
        string(c.type)
        double(c.count)
      }
    }
  }

  struct Reader {
    let bytes: [UInt8]
    var offset = 0
    /// State and care codes read so far: a document repeats a handful of them on every record, so
    /// each is made into a `String` once and shared (no allocation per spell).
    private var codes: [(bytes: [UInt8], text: String)] = []

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// A string that is likely a repeated code: the earlier `String` with the same bytes, if any.
    mutating func code() throws(DecodingError) -> String {
      let start = offset
      let n = try count()
      guard n <= bytes.count - offset else { throw DecodingError(description: "compact input ends early") }
      let at = offset
      let known = bytes.withUnsafeBufferPointer { all -> String? in
        for code in codes where code.bytes.count == n {
          // A concrete byte loop: the generic `elementsEqual` is not specialised here.
          let equal = code.bytes.withUnsafeBufferPointer { mine in (0..<n).allSatisfy { mine[$0] == all[at + $0] } }
          if equal { return code.text }
        }
        return nil
      }
      if let known {
        offset += n
        return known
      }
      offset = start
      let text = try string()
      if codes.count < 64 { codes.append((Array(bytes[at..<at + n]), text)) }
      return text
    }

    mutating func byte() throws(DecodingError) -> UInt8 {
      guard offset < bytes.count else { throw DecodingError(description: "compact input ends early") }
      defer { offset += 1 }
      return bytes[offset]
    }
    mutating func count() throws(DecodingError) -> Int {
      var v: UInt64 = 0
      var shift: UInt64 = 0
      while true {
        let b = try byte()
        guard shift < 63 else { throw DecodingError(description: "count too large in compact input") }
        v |= UInt64(b & 0x7F) << shift
        if b & 0x80 == 0 { break }
        shift += 7
      }
      guard v <= UInt64(bytes.count) * 8 + 10_000_000 else { throw DecodingError(description: "count out of range in compact input") }
      return Int(v)
    }
    mutating func string() throws(DecodingError) -> String {
      let n = try count()
      guard n <= bytes.count - offset else { throw DecodingError(description: "compact input ends early") }
      defer { offset += n }
      guard let text = String(validating: bytes[offset..<offset + n], as: UTF8.self) else {
        throw DecodingError(description: "invalid UTF-8 in a string of compact input")
      }
      return text
    }
    mutating func fixed() throws(DecodingError) -> UInt64 {
      guard bytes.count - offset >= 8 else { throw DecodingError(description: "compact input ends early") }
      var v: UInt64 = 0
      for i in 0..<8 { v |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
      offset += 8
      return v
    }
    mutating func money() throws(DecodingError) -> Money { Money(ore: Int64(bitPattern: try fixed())) }
    mutating func double() throws(DecodingError) -> Double { Double(bitPattern: try fixed()) }
    mutating func flag() throws(DecodingError) -> Bool { try byte() != 0 }

    /// A list of records; `withCounterfactuals`: each ends with its optional counterfactual (`SNC2`).
    mutating func records(withCounterfactuals: Bool) throws(DecodingError) -> [Participant] {
      let n = try count()
      var records: [Participant] = []
      records.reserveCapacity(n)
      for _ in 0..<n {
        let id = try string()
        let number = try count()
        var attributes: [String: String] = [:]
        for _ in 0..<(try count()) { attributes[try string()] = try string() }
        let before = try period()
        let after = try period()
        var counterfactual: Period? = nil
        if withCounterfactuals, try flag() { counterfactual = try period() }
        records.append(Participant(id: id, count: number, attributes: attributes, before: before, after: after, counterfactual: counterfactual))
      }
      return records
    }

    mutating func period() throws(DecodingError) -> Period {
      var spells: [Spell] = []
      for _ in 0..<(try count()) {
        let state = try code()
        let months = try double()
        let extent = try double()
        let amount = try flag() ? try money() : nil
        let share = try flag() ? try double() : nil
        spells.append(Spell(state: state, months: months, extent: extent, monthlyAmount: amount, subsidyShare: share))
      }
      var care: [CareUse] = []
      for _ in 0..<(try count()) { care.append(CareUse(type: try code(), count: try double())) }
      return Period(spells: spells, care: care)
    }
  }
}
