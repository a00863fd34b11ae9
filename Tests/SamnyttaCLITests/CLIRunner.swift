import Foundation
import SamnyttaTestSupport
import Testing

/// What one run of the real `samnytta` executable produced.
typealias CLIResult = ProcessResult

/// Runs the built `samnytta` executable as a user would (``ChildProcess``), with the package's models.
enum CLI {
  /// The golden files in the source tree (written when recording, read when comparing).
  static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

  /// The executable: first in the products directory the test bundle was built into (so a
  /// `swift test -c release` run tests the release binary), then the usual `.build` places.
  /// The resource bundle sits directly in the products directory (e.g. .build/debug/Samnytta_SamnyttaCLITests.resources).
  static let executable: URL? = BuiltExecutable.find("samnytta", in: [Bundle.module.bundleURL.deletingLastPathComponent()])

  static var modelsDirectory: String { PackageRoot.url("Models").path }

  /// The environment `samnytta` runs in: this process's, with SAMNYTTA_MODELS pointing at the
  /// package's Models folder, a fixed locale, and `extra` on top.
  static func environment(_ extra: [String: String] = [:]) -> [String: String] {
    ChildProcess.environment(
      adding: ["SAMNYTTA_MODELS": modelsDirectory, "LC_ALL": "C.UTF-8", "SOURCE_DATE_EPOCH": "1767225600"].merging(extra) { $1 })
  }

  /// The environment for a run whose messages a test reads in English (the default is Swedish).
  static let english = ["SAMNYTTA_LANG": "en"]

  /// Runs `samnytta arguments…` in `directory` (default: the package root) in ``environment(_:)``.
  ///
  /// `standardOutput` replaces the captured standard output (a device copy, a closed pipe; the
  /// result's `stdout` is then empty). `launcher` runs the executable through another program
  /// (`/bin/sh -c 'trap "" PIPE; exec "$0" "$@"'`, `setpriv …`), which gets the executable's path
  /// and the arguments after its own. `standardInput` is what the command reads as `-` (default:
  /// nothing). `executable` runs another copy of the program (an installed layout).
  static func run(
    _ arguments: [String], in directory: URL? = nil, environment extra: [String: String] = [:],
    standardOutput: FileHandle? = nil, standardInput: Data? = nil, executable other: URL? = nil, launcher: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> CLIResult {
    let executable = try #require(
      other ?? Self.executable, "the samnytta executable was not found; run `swift build` first", sourceLocation: sourceLocation)
    return try ChildProcess.run(
      executable, arguments, in: directory, environment: environment(extra), standardInput: standardInput, standardOutput: standardOutput,
      launcher: launcher)
  }
}
