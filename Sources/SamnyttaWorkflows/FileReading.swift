import Foundation
import SamnyttaFormats
import SamnyttaReports

/// A file a command names is missing or cannot be read (the CLI exits 66).
public struct MissingFileError: Error, Sendable, CustomStringConvertible {
  public var path: String
  public var reason: FileMessage
  public init(path: String, reason: FileMessage) {
    self.path = path
    self.reason = reason
  }
  /// `in.json: filen finns inte` in `language`.
  public func text(_ language: Language) -> String { "\(path): \(reason.text(language))" }
  public var description: String { text(.en) }
}

/// Reading the files a use case is given: a missing file is a `MissingFileError`, never a crash.
/// `-` is standard input, read to its end (so a program can pipe a document through `samnytta`).
public enum FileReading {
  /// How messages name standard input.
  public static let standardInputName = "<stdin>"

  /// The name of `path` in messages: `<stdin>` for `-`, else the path.
  public static func name(_ path: String) -> String { path == "-" ? standardInputName : path }

  public static func read(_ path: String) throws(MissingFileError) -> [UInt8] {
    if path == "-" { return try readStandardInput() }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw MissingFileError(path: path, reason: .noSuchFile)
    }
    guard !isDirectory.boolValue else { throw MissingFileError(path: path, reason: .isDirectory) }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw MissingFileError(path: path, reason: .cannotBeRead(access(path, R_OK) != 0 ? SystemReason(errno: errno) : nil))
    }
    return [UInt8](data)
  }
}

extension FileReading {
  /// Standard input to its end, with `read(2)` (an interrupted read is retried; a failure is a
  /// `MissingFileError` naming `<stdin>`, never a trap).
  static func readStandardInput() throws(MissingFileError) -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { Foundation.read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if count > 0 {
        bytes += buffer[0..<count]
      } else if count == 0 {
        return bytes
      } else if errno != EINTR {
        throw MissingFileError(path: standardInputName, reason: .cannotBeRead(SystemReason(errno: errno)))
      }
    }
  }
}
