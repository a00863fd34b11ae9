import Foundation

/// A file a command names is missing or cannot be read (the CLI exits 66).
public struct MissingFileError: Error, Sendable, CustomStringConvertible {
  public var path: String
  public var reason: String
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }
  public var description: String { "\(path): \(reason)" }
}

/// Reading the files a use case is given: a missing file is a `MissingFileError`, never a crash.
public enum FileReading {
  public static func read(_ path: String) throws(MissingFileError) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw MissingFileError(path: path, reason: "no such file")
    }
    guard !isDirectory.boolValue else { throw MissingFileError(path: path, reason: "is a directory, not a file") }
    guard let data = FileManager.default.contents(atPath: path) else { throw MissingFileError(path: path, reason: "cannot be read") }
    return [UInt8](data)
  }
}
