/// Writing a zip archive of stored (uncompressed) entries: what an .xlsx workbook needs, and
/// byte-for-byte deterministic (every entry dated 1980-01-01 00:00, in the order given).
///
/// Stored rather than deflated on purpose: the tables are small, every reader (Excel,
/// LibreOffice, Numbers, `unzip`) accepts stored entries, and the output stays simple to check.
public struct ZipWriter: Sendable {
  private var data: [UInt8] = []
  private var directory: [UInt8] = []
  private var count = 0

  public init() {}

  public mutating func add(_ name: String, _ contents: [UInt8]) {
    let nameBytes = Array(name.utf8)
    let crc = CRC32.checksum(contents)
    let offset = data.count
    // version 2.0, flags: UTF-8 names, method 0 (stored), time 00:00, date 1980-01-01.
    let common: [UInt8] =
      Self.le16(20) + Self.le16(0x0800) + Self.le16(0) + Self.le16(0) + Self.le16(0x21)
      + Self.le32(crc) + Self.le32(UInt32(contents.count)) + Self.le32(UInt32(contents.count)) + Self.le16(nameBytes.count) + Self.le16(0)
    data += Self.le32(0x0403_4B50) + common + nameBytes + contents
    directory +=
      Self.le32(0x0201_4B50) + Self.le16(20) + common + Self.le16(0) + Self.le16(0) + Self.le16(0) + Self.le32(0)
      + Self.le32(UInt32(offset)) + nameBytes
    count += 1
  }

  /// The archive: the entries, their central directory, and its end record.
  public var bytes: [UInt8] {
    data + directory + Self.le32(0x0605_4B50) + Self.le16(0) + Self.le16(0) + Self.le16(count) + Self.le16(count)
      + Self.le32(UInt32(directory.count)) + Self.le32(UInt32(data.count)) + Self.le16(0)
  }

  static func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
  static func le32(_ v: UInt32) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8((v >> 24) & 0xFF)] }
}
