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
    guard bytes.count >= 4, Array(bytes[0..<4]) == magic || Array(bytes[0..<4]) == magicWithoutBaseline else {
      throw DecodingError(description: "not a compact evaluation input")
    }
    let hasBaseline = Array(bytes[0..<4]) == magic
    return try Reader.reading(bytes) { r throws(DecodingError) -> EvaluationInput in
      r.offset = 4
      let name = try r.string()
      let association = try r.string()
      let period = try r.flag() ? try r.string() : nil
      guard let aim = ClassificationInput.Aim(rawValue: try r.string()), let method = ClassificationInput.Method(rawValue: try r.string())
      else {
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

  /// The decoder of whole compact forms (into an ``EvaluationInput``, a stored result): a
  /// ``RawReader``, whose primitives it uses, and the codes it has made into strings.
  struct Reader {
    var raw: RawReader
    /// State and care codes read so far: a document repeats a handful of them on every record, so
    /// each is made into a `String` once and shared (no allocation per spell).
    private var codes: [(bytes: [UInt8], text: String)] = []

    init(_ bytes: UnsafeRawBufferPointer) { raw = RawReader(bytes: bytes) }

    /// `body` with a reader over `bytes`, which it may use only while it runs.
    static func reading<T>(_ bytes: [UInt8], _ body: (inout Reader) throws(DecodingError) -> T) throws(DecodingError) -> T {
      let result = bytes.withUnsafeBytes { raw -> Result<T, DecodingError> in
        var reader = Reader(raw)
        do throws(DecodingError) { return .success(try body(&reader)) } catch { return .failure(error) }
      }
      return try result.get()
    }

    var offset: Int {
      get { raw.offset }
      set { raw.offset = newValue }
    }

    /// A string that is likely a repeated code: the earlier `String` with the same bytes, if any.
    mutating func code() throws(DecodingError) -> String {
      let start = raw.offset
      let text = try raw.stringBytes()
      for code in codes where code.bytes.count == text.count {
        // A concrete byte loop: the generic `elementsEqual` is not specialised here.
        let equal = code.bytes.withUnsafeBufferPointer { mine in (0..<text.count).allSatisfy { mine[$0] == text[$0] } }
        if equal { return code.text }
      }
      raw.offset = start
      let string = try raw.string()
      if codes.count < 64 { codes.append((Array(text), string)) }
      return string
    }

    mutating func count() throws(DecodingError) -> Int { try raw.count() }
    mutating func string() throws(DecodingError) -> String { try raw.string() }
    mutating func fixed() throws(DecodingError) -> UInt64 { try raw.fixed() }
    mutating func money() throws(DecodingError) -> Money { try raw.money() }
    mutating func double() throws(DecodingError) -> Double { try raw.double() }
    mutating func flag() throws(DecodingError) -> Bool { try raw.flag() }

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
