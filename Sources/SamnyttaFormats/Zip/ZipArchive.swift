/// Reading a zip archive (PKWARE APPNOTE 6.3) as office files use it: the central directory at the
/// end, entries stored or deflated, each one's CRC-32 checked.
///
/// Bounded, because an archive is input: at most ``Limits/entries`` entries and
/// ``Limits/totalSize`` bytes unpacked in all (by the sizes the directory declares, which the
/// unpacking then may not exceed), so a small file cannot unpack to gigabytes. Multi-disk archives,
/// ZIP64, encryption and methods other than stored (0) and deflate (8) are refused with a
/// ``ZipError``; no input traps.
public struct ZipArchive: Sendable {
  public struct Limits: Sendable {
    public var entries: Int
    public var totalSize: Int
    public init(entries: Int = 10_000, totalSize: Int = 200_000_000) {
      self.entries = entries
      self.totalSize = totalSize
    }
  }

  /// One entry of the central directory.
  public struct Entry: Sendable {
    public var name: String
    var method: Int
    var flags: Int
    var crc: UInt32
    var compressedSize: Int
    public var size: Int
    var localHeaderOffset: Int
  }

  let bytes: [UInt8]
  public let entries: [Entry]

  public init(_ bytes: [UInt8], limits: Limits = Limits()) throws(ZipError) {
    self.bytes = bytes
    guard bytes.count >= 22 else { throw ZipError("the file is too short to be a zip archive") }
    // The end-of-central-directory record: the last signature within the last 64 kB + 22 bytes.
    var end: Int? = nil
    var i = bytes.count - 22
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    while i >= lowest {
      if Self.u32(bytes, i) == 0x0605_4B50 {
        end = i
        break
      }
      i -= 1
    }
    guard let end else { throw ZipError("no zip directory found (not a zip archive, or cut short)") }
    guard Self.u16(bytes, end + 4) == 0, Self.u16(bytes, end + 6) == 0 else { throw ZipError("multi-part zip archives are not supported") }
    let count = Self.u16(bytes, end + 10)
    let directorySize = Self.u32(bytes, end + 12)
    let directoryOffset = Self.u32(bytes, end + 16)
    guard count != 0xFFFF, directoryOffset != 0xFFFF_FFFF else { throw ZipError("ZIP64 archives are not supported") }
    guard count <= limits.entries else { throw ZipError("the archive has \(count) entries; at most \(limits.entries) are read") }
    guard directoryOffset + directorySize <= end else { throw ZipError("the zip directory lies outside the file") }

    var entries: [Entry] = []
    var total = 0
    var p = directoryOffset
    for _ in 0..<count {
      guard p + 46 <= end, Self.u32(bytes, p) == 0x0201_4B50 else { throw ZipError("the zip directory is damaged") }
      let nameLength = Self.u16(bytes, p + 28)
      let extraLength = Self.u16(bytes, p + 30)
      let commentLength = Self.u16(bytes, p + 32)
      guard p + 46 + nameLength <= end else { throw ZipError("the zip directory is damaged") }
      let entry = Entry(
        name: String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self), method: Self.u16(bytes, p + 10),
        flags: Self.u16(bytes, p + 8), crc: UInt32(Self.u32(bytes, p + 16)), compressedSize: Self.u32(bytes, p + 20),
        size: Self.u32(bytes, p + 24), localHeaderOffset: Self.u32(bytes, p + 42))
      guard entry.size != 0xFFFF_FFFF, entry.compressedSize != 0xFFFF_FFFF, entry.localHeaderOffset != 0xFFFF_FFFF else {
        throw ZipError("ZIP64 archives are not supported")
      }
      total += entry.size
      guard total <= limits.totalSize else { throw ZipError("the archive unpacks to more than \(limits.totalSize) bytes; refused") }
      entries.append(entry)
      p += 46 + nameLength + extraLength + commentLength
    }
    self.entries = entries
  }

  /// The entry called `name` (exact, or without regard to case as some writers vary it).
  public func entry(_ name: String) -> Entry? {
    entries.first { $0.name == name } ?? entries.first { $0.name.lowercased() == name.lowercased() }
  }

  /// The unpacked bytes of `entry`, checked against its size and CRC-32.
  public func contents(of entry: Entry) throws(ZipError) -> [UInt8] {
    guard entry.flags & 1 == 0 else { throw ZipError("\(entry.name) is encrypted") }
    let p = entry.localHeaderOffset
    guard p + 30 <= bytes.count, Self.u32(bytes, p) == 0x0403_4B50 else { throw ZipError("\(entry.name): its local header is missing or damaged") }
    let start = p + 30 + Self.u16(bytes, p + 26) + Self.u16(bytes, p + 28)
    guard start + entry.compressedSize <= bytes.count else { throw ZipError("\(entry.name) runs past the end of the file") }
    let packed = Array(bytes[start..<(start + entry.compressedSize)])
    let data: [UInt8]
    switch entry.method {
    case 0: data = packed
    case 8:
      do {
        data = try Inflate.inflate(packed, limit: entry.size)
      } catch {
        throw ZipError("\(entry.name) cannot be unpacked: \(error.description)")
      }
    default: throw ZipError("\(entry.name) uses compression method \(entry.method); only stored and deflate are supported")
    }
    guard data.count == entry.size else { throw ZipError("\(entry.name) unpacks to \(data.count) bytes, not the \(entry.size) its directory says") }
    guard CRC32.checksum(data) == entry.crc else { throw ZipError("\(entry.name) fails its CRC-32 check (the file is damaged)") }
    return data
  }

  static func u16(_ b: [UInt8], _ i: Int) -> Int { i >= 0 && i + 2 <= b.count ? Int(b[i]) | Int(b[i + 1]) << 8 : 0 }
  static func u32(_ b: [UInt8], _ i: Int) -> Int { u16(b, i) | u16(b, i + 2) << 16 }

  /// Whether `bytes` start as a zip archive does (a local file header), as an .xlsx file does.
  public static func looksLikeZip(_ bytes: [UInt8]) -> Bool { bytes.count >= 4 && u32(bytes, 0) == 0x0403_4B50 }
}

/// A zip archive that cannot be read: what was wrong, in words.
public struct ZipError: Error, Sendable, Equatable, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
