import Foundation

/// A fresh directory per test, so tests run in parallel without seeing each other's files. It is
/// removed with everything in it when the last reference goes.
public final class TemporaryDirectory {
  public let url: URL

  public init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("samnytta-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// The path of `name` in the directory (the file need not exist).
  public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  /// Writes `text` to `name` in the directory and returns the file's path.
  @discardableResult
  public func write(_ name: String, _ text: String) throws -> String {
    try write(name, Data(text.utf8))
  }

  @discardableResult
  public func write(_ name: String, _ data: Data) throws -> String {
    let file = url.appendingPathComponent(name)
    try data.write(to: file)
    return file.path
  }

  /// The names of the files in the directory, to show that nothing was created beside a refused file.
  public func fileNames() throws -> Set<String> { Set(try FileManager.default.contentsOfDirectory(atPath: url.path)) }
}
