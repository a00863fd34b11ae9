import Foundation

/// The package root (the folder holding Package.swift), found from this source file's path, so
/// tests read the repository's examples and models wherever the package is checked out.
public enum PackageRoot {
  public static let url: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" {
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
      url.deleteLastPathComponent()
    }
    fatalError("no Package.swift above \(#filePath)")
  }()

  /// A file or folder in the package, e.g. `PackageRoot.url("Models/se-2025.json")`.
  public static func url(_ relativePath: String) -> URL { url.appendingPathComponent(relativePath) }

  /// The bytes of a file in the package.
  public static func bytes(_ relativePath: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url(relativePath))) }
}
