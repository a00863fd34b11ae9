import Foundation

/// Finds an executable product of this package that `swift build` (or `swift test`, which builds
/// it first) produced.
public enum BuiltExecutable {
  /// The executable `name`: first in `productDirectories` (e.g. the folder a test bundle's
  /// resources sit in, so a `swift test -c release` run tests the release binary), then beside the
  /// test runner, then in the usual `.build` places. `nil` when none is executable.
  public static func find(_ name: String, in productDirectories: [URL] = []) -> URL? {
    var candidates = productDirectories.map { $0.appendingPathComponent(name) }
    // The test runner itself (…/SamnyttaPackageTests.xctest) lives in the products directory.
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name))
    candidates.append(Bundle.main.bundleURL.appendingPathComponent(name))
    candidates.append(PackageRoot.url(".build/debug/\(name)"))
    candidates.append(PackageRoot.url(".build/release/\(name)"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }
}
