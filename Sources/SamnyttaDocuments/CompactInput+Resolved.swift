import SamnyttaEngine

extension CompactInput {
  /// A compact input decoded for evaluation only (`batch`): the input's own fields, and its records
  /// resolved under one model (``ResolvedInput``) straight from the bytes, read in place.
  ///
  /// No `String`, array or dictionary is made per record: ids go to the builder as bytes (which
  /// checks them for duplicates by their bytes), codes are found by their bytes, and attributes,
  /// which no stored run holds, are only checked to be UTF-8 and skipped. The few strings of the
  /// input itself (name, association, cost types) are made once.
  public struct Resolved: Sendable {
    public var name: String
    public var association: String
    public var period: String?
    public var classification: ClassificationInput
    public var cost: InterventionCost
    public var records: ResolvedInput
  }

  /// `bytes` decoded as ``decode(_:)`` reads them, with the records resolved under `model`; `nil`
  /// when this path does not decide, and the caller takes the general one (``decode(_:)``, then the
  /// engine's checks, which report every problem at its place): bytes ``decode(_:)`` refuses, a
  /// record that breaks or may break a rule (``ResolvedInput/Builder``: an unknown code, an id that
  /// is not ASCII, repeated, or looks like a personal identity number), a counterfactual period or a
  /// comparison group (their baselines are the general path's).
  public static func resolve(_ bytes: UnsafeRawBufferPointer, model: PreparedModel) -> Resolved? {
    var codes = CodeMemo()
    return resolve(bytes, model: model, codes: &codes)
  }

  /// ``resolve(_:model:)`` with the codes found so far (``CodeMemo``): `batch` keeps one memo for a
  /// run of documents resolved under the same model, so each code is looked up once per run.
  public static func resolve(_ bytes: UnsafeRawBufferPointer, model: PreparedModel, codes: inout CodeMemo) -> Resolved? {
    do throws(DecodingError) {
      var r = RawReader(bytes: bytes)
      let hasBaseline: Bool
      switch try r.magic() {
      case magic: hasBaseline = true
      case magicWithoutBaseline: hasBaseline = false
      default: return nil
      }
      let name = try r.string()
      let association = try r.string()
      let period = try r.flag() ? try r.string() : nil
      guard let aim = ClassificationInput.Aim(rawValue: try r.string()), let method = ClassificationInput.Method(rawValue: try r.string()) else {
        return nil
      }
      let total = try r.money()
      var byType: [String: Money] = [:]
      for _ in 0..<(try r.count()) { byType[try r.string()] = try r.money() }
      var financing: [Actor: Double] = [:]
      for _ in 0..<(try r.count()) {
        guard let actor = Actor(rawValue: try r.string()) else { return nil }
        financing[actor] = try r.double()
      }
      guard let records = try r.records(model: model, withCounterfactuals: hasBaseline, codes: &codes) else { return nil }
      if hasBaseline, try r.flag() { return nil }
      guard r.isAtEnd else { return nil }
      return Resolved(
        name: name, association: association, period: period, classification: ClassificationInput(aim: aim, method: method),
        cost: InterventionCost(total: total, byType: byType, financing: financing), records: records)
    } catch {
      return nil
    }
  }

  /// The compact forms' primitives (bytes, LEB128 counts, fixed words, strings), read in place (no
  /// copy into an array of their own): the one implementation, which ``Reader`` uses too.
  struct RawReader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    /// The first four bytes, as an array to compare with the magic numbers.
    mutating func magic() throws(DecodingError) -> [UInt8] {
      guard bytes.count >= 4 else { throw DecodingError(description: "not a compact evaluation input") }
      offset = 4
      return Array(bytes[0..<4])
    }

    @inline(__always) mutating func byte() throws(DecodingError) -> UInt8 {
      guard offset < bytes.count else { throw DecodingError(description: "compact input ends early") }
      let b = bytes.load(fromByteOffset: offset, as: UInt8.self)
      offset &+= 1
      return b
    }

    /// LEB128, at most 63 bits, and no more than the bytes could hold. Nearly
    /// every count is below 128: one byte, always in range, read here; longer ones by ``longCount()``.
    @inline(__always) mutating func count() throws(DecodingError) -> Int {
      guard offset < bytes.count else { throw DecodingError(description: "compact input ends early") }
      let b = bytes.load(fromByteOffset: offset, as: UInt8.self)
      guard b < 0x80 else { return try longCount() }
      offset &+= 1
      return Int(b)
    }

    /// ``count()`` of more than one byte.
    @inline(never) mutating func longCount() throws(DecodingError) -> Int {
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

    /// A string's bytes, in place: valid only while `bytes` is.
    @inline(__always) mutating func stringBytes() throws(DecodingError) -> UnsafeRawBufferPointer {
      let n = try count()
      guard n <= bytes.count - offset else { throw DecodingError(description: "compact input ends early") }
      defer { offset += n }
      return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + n])
    }

    mutating func string() throws(DecodingError) -> String {
      let text = try stringBytes()
      guard let string = String(validating: text.bindMemory(to: UInt8.self), as: UTF8.self) else {
        throw DecodingError(description: "invalid UTF-8 in a string of compact input")
      }
      return string
    }

    /// A string that is skipped, checked to be UTF-8 as ``string()`` checks it.
    @inline(__always) mutating func skipString() throws(DecodingError) {
      guard CompactInput.isUTF8(try stringBytes()) else { throw DecodingError(description: "invalid UTF-8 in a string of compact input") }
    }

    @inline(__always) mutating func fixed() throws(DecodingError) -> UInt64 {
      guard bytes.count - offset >= 8 else { throw DecodingError(description: "compact input ends early") }
      let v = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      offset += 8
      return v
    }

    @inline(__always) mutating func money() throws(DecodingError) -> Money { Money(ore: Int64(bitPattern: try fixed())) }
    @inline(__always) mutating func double() throws(DecodingError) -> Double { Double(bitPattern: try fixed()) }
    @inline(__always) mutating func flag() throws(DecodingError) -> Bool { try byte() != 0 }

    /// The participants' records into a builder; `nil` when the builder refuses one or a record
    /// has a counterfactual period.
    mutating func records(model: PreparedModel, withCounterfactuals: Bool, codes: inout CodeMemo) throws(DecodingError) -> ResolvedInput? {
      let n = try count()
      // A record takes more than 16 bytes, so a corrupt count cannot make the builder reserve much.
      var builder = ResolvedInput.Builder(model: model, capacity: min(n, bytes.count / 16))
      for _ in 0..<n {
        let id = try stringBytes()
        let number = try count()
        guard builder.beginRecord(idUTF8: id, count: number) else { return nil }
        for _ in 0..<(try count()) {
          try skipString()
          try skipString()
        }
        guard try period(.before, &builder, &codes), try period(.after, &builder, &codes), builder.endRecord() else { return nil }
        if withCounterfactuals, try flag() { return nil }
      }
      return builder.finish()
    }

    /// One period's spells and care into the builder; `false` when it refuses one.
    @inline(__always) mutating func period(
      _ side: ResolvedInput.Side, _ builder: inout ResolvedInput.Builder, _ codes: inout CodeMemo
    ) throws(DecodingError) -> Bool {
      for _ in 0..<(try count()) {
        let code = try stringBytes()
        let months = try double()
        let extent = try double()
        let amount = try flag() ? try money() : nil
        let share = try flag() ? try double() : nil
        // The builder is asked in place (passing it to a helper would copy it, spell by spell).
        var state = codes.state(code)
        if state == nil {
          state = builder.stateIndex(utf8: code)
          if let state { codes.remember(state: code, state) }
        }
        guard let state, builder.addSpell(side, state: state, months: months, extent: extent, monthlyAmount: amount, subsidyShare: share)
        else { return false }
      }
      for _ in 0..<(try count()) {
        let code = try stringBytes()
        let count = try double()
        var type = codes.care(code)
        if type == nil {
          type = builder.careIndex(utf8: code)
          if let type { codes.remember(care: code, type) }
        }
        guard let type, builder.addCare(side, type: type, count: count) else { return false }
      }
      return true
    }
  }

  /// The state and care codes named so far, with their indices under one model: records repeat a
  /// handful of codes, so one byte comparison with the code last seen in the same slot (chosen by
  /// the code's length and three of its bytes) spares most table lookups. The memo keeps its own
  /// copy of each code (up to 32 bytes; longer codes are looked up every time), so one memo serves
  /// every document resolved under the same model, and only under that model: an index is the
  /// model's. Exact: a hit is a code with the very same bytes.
  public struct CodeMemo: Sendable {
    struct Slot {
      var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
      /// The code's length; -1 for an empty slot.
      var count = -1
      var index = 0
    }
    static let slots = 32
    static let longest = 32
    private var states = [Slot](repeating: Slot(), count: slots)
    private var care = [Slot](repeating: Slot(), count: slots)

    public init() {}

    @inline(__always) static func slot(_ code: UnsafeRawBufferPointer) -> Int {
      let n = code.count
      var h = UInt64(truncatingIfNeeded: n) | UInt64(code[0]) << 8 | UInt64(code[n >> 1]) << 16 | UInt64(code[n - 1]) << 24
      h &*= 0x9E37_79B9_7F4A_7C15
      h ^= h >> 32
      return Int(truncatingIfNeeded: h) & (slots - 1)
    }

    @inline(__always) static func matches(_ slot: Slot, _ code: UnsafeRawBufferPointer) -> Bool {
      guard slot.count == code.count else { return false }
      return withUnsafeBytes(of: slot.words) { equal(UnsafeRawBufferPointer(rebasing: $0[0..<code.count]), code) }
    }

    /// The index of a code seen before with these bytes, if any.
    @inline(__always) func state(_ code: UnsafeRawBufferPointer) -> Int? {
      guard !code.isEmpty else { return nil }
      let known = states[Self.slot(code)]
      return Self.matches(known, code) ? known.index : nil
    }

    @inline(__always) func care(_ code: UnsafeRawBufferPointer) -> Int? {
      guard !code.isEmpty else { return nil }
      let known = care[Self.slot(code)]
      return Self.matches(known, code) ? known.index : nil
    }

    static func slot(copying code: UnsafeRawBufferPointer, index: Int) -> Slot {
      var slot = Slot(count: code.count, index: index)
      withUnsafeMutableBytes(of: &slot.words) { $0.copyMemory(from: code) }
      return slot
    }

    mutating func remember(state code: UnsafeRawBufferPointer, _ index: Int) {
      if !code.isEmpty, code.count <= Self.longest { states[Self.slot(code)] = Self.slot(copying: code, index: index) }
    }

    mutating func remember(care code: UnsafeRawBufferPointer, _ index: Int) {
      if !code.isEmpty, code.count <= Self.longest { care[Self.slot(code)] = Self.slot(copying: code, index: index) }
    }

    /// Byte equality, eight bytes at a time (the last eight overlapping when the length is not a multiple).
    @inline(__always) static func equal(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
      let n = a.count
      guard n == b.count else { return false }
      guard n >= 8 else {
        for k in 0..<n where a[k] != b[k] { return false }
        return true
      }
      var k = 0
      while k + 8 <= n {
        guard a.loadUnaligned(fromByteOffset: k, as: UInt64.self) == b.loadUnaligned(fromByteOffset: k, as: UInt64.self) else { return false }
        k += 8
      }
      return k == n || a.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
    }
  }

  /// Whether `bytes` are well-formed UTF-8, as `String(validating:as:)` decides, without making a
  /// `String`: ASCII at once, anything else scalar by scalar.
  static func isUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
    var ascii: UInt8 = 0
    for b in bytes { ascii |= b }
    if ascii < 0x80 { return true }
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid: continue
      case .emptyInput: return true
      case .error: return false
      }
    }
  }
}
