/// A DEFLATE decoder (RFC 1951) and the zlib wrapper (RFC 1950): the compressed entries of an
/// .xlsx workbook (a zip archive), and the PNG check of the browser test, with no third-party code.
///
/// It follows the structure of Mark Adler's `puff`: canonical Huffman codes decoded bit by bit
/// from per-length counts. Small rather than fast, which suits spreadsheets of participants.
/// Every input is bounded: the output stops at `limit` bytes (a zip entry's declared size, so a
/// "zip bomb" cannot fill memory), and broken data is an ``InflateError``, never a trap.
public enum Inflate {
  /// The data inside a zlib stream (2-byte header, DEFLATE data, Adler-32 checksum, which is checked).
  public static func zlib(_ bytes: [UInt8], limit: Int = 1 << 30) throws(InflateError) -> [UInt8] {
    guard bytes.count >= 6 else { throw InflateError("zlib stream too short") }
    let cmf = Int(bytes[0])
    let flg = Int(bytes[1])
    guard cmf & 0x0F == 8, (cmf << 8 | flg) % 31 == 0 else { throw InflateError("not a zlib deflate stream") }
    guard flg & 0x20 == 0 else { throw InflateError("zlib preset dictionary not supported") }
    let output = try inflate(Array(bytes[2...]), limit: limit)
    let tail = bytes.suffix(4).map(UInt32.init)
    let expected = tail[tail.startIndex] << 24 | tail[tail.startIndex + 1] << 16 | tail[tail.startIndex + 2] << 8 | tail[tail.startIndex + 3]
    guard adler32(output) == expected else { throw InflateError("zlib Adler-32 checksum mismatch") }
    return output
  }

  public static func adler32(_ data: [UInt8]) -> UInt32 {
    var a: UInt32 = 1
    var b: UInt32 = 0
    var i = 0
    while i < data.count {
      let end = min(data.count, i + 5552)
      while i < end {
        a += UInt32(data[i])
        b += a
        i += 1
      }
      a %= 65521
      b %= 65521
    }
    return b << 16 | a
  }

  /// Raw DEFLATE data: stored, fixed-Huffman and dynamic-Huffman blocks, at most `limit` bytes out.
  public static func inflate(_ input: [UInt8], limit: Int = 1 << 30) throws(InflateError) -> [UInt8] {
    var state = State(input: input, limit: limit)
    var last = false
    while !last {
      last = try state.bits(1) == 1
      switch try state.bits(2) {
      case 0: try state.stored()
      case 1: try state.codes(Huffman.fixedLengths, Huffman.fixedDistances)
      case 2:
        let (lengths, distances) = try state.dynamicTables()
        try state.codes(lengths, distances)
      default: throw InflateError("invalid DEFLATE block type")
      }
    }
    return state.output
  }

  /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
  struct Huffman {
    var counts = [Int](repeating: 0, count: 16)
    var symbols: [Int] = []

    /// `lengths` are 0…15 (the callers read them from 3-bit fields or symbols below 16).
    init(lengths: [Int]) throws(InflateError) {
      for length in lengths { counts[length] += 1 }
      guard counts[0] < lengths.count else {
        counts[0] = lengths.count
        return
      }
      var left = 1
      for length in 1...15 {
        left <<= 1
        left -= counts[length]
        guard left >= 0 else { throw InflateError("over-subscribed Huffman code") }
      }
      var offsets = [Int](repeating: 0, count: 16)
      for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
      symbols = [Int](repeating: 0, count: lengths.count)
      for (symbol, length) in lengths.enumerated() where length != 0 {
        symbols[offsets[length]] = symbol
        offsets[length] += 1
      }
    }

    private init() {}

    /// RFC 1951, 3.2.6. These lengths form complete codes, so the fallback is never used.
    static let fixedLengths: Huffman = {
      var lengths = [Int](repeating: 8, count: 288)
      for i in 144..<256 { lengths[i] = 9 }
      for i in 256..<280 { lengths[i] = 7 }
      return (try? Huffman(lengths: lengths)) ?? Huffman()
    }()
    static let fixedDistances = (try? Huffman(lengths: [Int](repeating: 5, count: 30))) ?? Huffman()
  }

  static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
  static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
  static let distanceBase = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
  ]
  static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

  struct State {
    let input: [UInt8]
    let limit: Int
    var position = 0
    var bitBuffer = 0
    var bitCount = 0
    var output: [UInt8] = []

    init(input: [UInt8], limit: Int) {
      self.input = input
      self.limit = limit
    }

    mutating func bits(_ need: Int) throws(InflateError) -> Int {
      var value = bitBuffer
      while bitCount < need {
        guard position < input.count else { throw InflateError("DEFLATE data ends early") }
        value |= Int(input[position]) << bitCount
        position += 1
        bitCount += 8
      }
      bitBuffer = value >> need
      bitCount -= need
      return value & ((1 << need) - 1)
    }

    func room(for count: Int) throws(InflateError) {
      guard output.count + count <= limit else { throw InflateError("the data unpacks to more than \(limit) bytes") }
    }

    mutating func stored() throws(InflateError) {
      bitBuffer = 0
      bitCount = 0
      guard position + 4 <= input.count else { throw InflateError("stored block header ends early") }
      let length = Int(input[position]) | Int(input[position + 1]) << 8
      let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
      position += 4
      guard length == ~complement & 0xFFFF else { throw InflateError("stored block length check failed") }
      guard position + length <= input.count else { throw InflateError("stored block ends early") }
      try room(for: length)
      output.append(contentsOf: input[position..<position + length])
      position += length
    }

    mutating func decode(_ h: Huffman) throws(InflateError) -> Int {
      var code = 0
      var first = 0
      var index = 0
      for length in 1...15 {
        code |= try bits(1)
        let count = h.counts[length]
        if code - count < first {
          let i = index + (code - first)
          guard h.symbols.indices.contains(i) else { break }
          return h.symbols[i]
        }
        index += count
        first += count
        first <<= 1
        code <<= 1
      }
      throw InflateError("invalid Huffman code")
    }

    mutating func codes(_ lengths: Huffman, _ distances: Huffman) throws(InflateError) {
      while true {
        let symbol = try decode(lengths)
        if symbol < 256 {
          try room(for: 1)
          output.append(UInt8(symbol))
        } else if symbol == 256 {
          return
        } else {
          let s = symbol - 257
          guard s < 29 else { throw InflateError("invalid length symbol") }
          let length = Inflate.lengthBase[s] + (try bits(Inflate.lengthExtra[s]))
          let d = try decode(distances)
          guard d < 30 else { throw InflateError("invalid distance symbol") }
          let distance = Inflate.distanceBase[d] + (try bits(Inflate.distanceExtra[d]))
          guard distance <= output.count else { throw InflateError("distance too far back") }
          try room(for: length)
          let start = output.count - distance
          for i in 0..<length { output.append(output[start + i]) }
        }
      }
    }

    mutating func dynamicTables() throws(InflateError) -> (Huffman, Huffman) {
      let literalCount = try bits(5) + 257
      let distanceCount = try bits(5) + 1
      let codeCount = try bits(4) + 4
      guard literalCount <= 286, distanceCount <= 30 else { throw InflateError("bad code counts") }
      let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
      var codeLengths = [Int](repeating: 0, count: 19)
      for i in 0..<codeCount { codeLengths[order[i]] = try bits(3) }
      let lengthCode = try Huffman(lengths: codeLengths)
      var lengths: [Int] = []
      while lengths.count < literalCount + distanceCount {
        let symbol = try decode(lengthCode)
        switch symbol {
        case 0..<16: lengths.append(symbol)
        case 16:
          guard let previous = lengths.last else { throw InflateError("repeat with no previous length") }
          lengths += [Int](repeating: previous, count: 3 + (try bits(2)))
        case 17: lengths += [Int](repeating: 0, count: 3 + (try bits(3)))
        default: lengths += [Int](repeating: 0, count: 11 + (try bits(7)))
        }
      }
      guard lengths.count == literalCount + distanceCount else { throw InflateError("too many code lengths") }
      guard lengths[256] != 0 else { throw InflateError("no end-of-block code") }
      return (try Huffman(lengths: Array(lengths[..<literalCount])), try Huffman(lengths: Array(lengths[literalCount...])))
    }
  }
}

/// Compressed data that cannot be unpacked: what was wrong, in words.
public struct InflateError: Error, Sendable, Equatable, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
