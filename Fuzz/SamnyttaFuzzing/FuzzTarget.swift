/// Which reader one fuzz input goes to. The first byte of a fuzz input chooses (modulo the number
/// of readers), the rest is the file's bytes; seed files are written with that byte in front.
public enum FuzzTarget: UInt8, CaseIterable, Sendable {
  /// An input document (`evaluate`'s file), then the engine or the summary figures.
  case inputDocument = 0
  /// A model document, then a known example evaluated under it.
  case modelDocument = 1
  /// The compact binary input the database stores, then the engine.
  case compactInput = 2
  /// A participant CSV import, then the document it makes, decoded and evaluated.
  case participantCSV = 3

  /// The reader a fuzz input's first byte selects.
  public static func selected(by byte: UInt8) -> FuzzTarget {
    // Four cases numbered 0...3: the remainder is always one of them.
    FuzzTarget(rawValue: byte % UInt8(allCases.count)) ?? .inputDocument
  }
}
