import Foundation
import Testing

/// What one run of the real `samnytta` executable produced.
struct CLIResult: Sendable, CustomStringConvertible {
  var status: Int32
  var stdout: Data
  var stderr: Data

  var out: String { String(decoding: stdout, as: UTF8.self) }
  var err: String { String(decoding: stderr, as: UTF8.self) }

  var description: String { "exit \(status)\n--- stdout ---\n\(out)\n--- stderr ---\n\(err)" }
}

/// Runs the built `samnytta` executable as a user would: a child process with its own working
/// directory and environment, standard output and standard error captured separately.
enum CLI {
  /// The package root (the folder holding Package.swift), found from this source file's path.
  static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" {
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
      url.deleteLastPathComponent()
    }
    fatalError("no Package.swift above \(#filePath)")
  }()

  /// The golden files in the source tree (written when recording, read when comparing).
  static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

  /// The executable: first in the products directory the test bundle was built into (so a
  /// `swift test -c release` run tests the release binary), then the usual `.build` places.
  static let executable: URL? = {
    var candidates: [URL] = []
    // The resource bundle sits directly in the products directory (e.g. .build/debug/Samnytta_SamnyttaCLITests.resources).
    candidates.append(Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("samnytta"))
    // The test runner itself (…/SamnyttaPackageTests.xctest) also lives in the products directory.
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("samnytta"))
    candidates.append(Bundle.main.bundleURL.appendingPathComponent("samnytta"))
    candidates.append(packageRoot.appendingPathComponent(".build/debug/samnytta"))
    candidates.append(packageRoot.appendingPathComponent(".build/release/samnytta"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  static var modelsDirectory: String { packageRoot.appendingPathComponent("Models").path }

  /// Runs `samnytta arguments…` in `directory` (default: the package root) with SAMNYTTA_MODELS
  /// pointing at the package's Models folder. Output goes to temporary files, not pipes, so a
  /// large output can never fill a pipe and dead-lock the child.
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
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("samnytta-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let outHandle = try FileHandle(forWritingTo: outURL)
    let errHandle = try FileHandle(forWritingTo: errURL)

    var environment = ProcessInfo.processInfo.environment
    environment["SAMNYTTA_MODELS"] = modelsDirectory
    environment["LC_ALL"] = "C.UTF-8"
    for (key, value) in extra { environment[key] = value }

    let process = Process()
    if let program = launcher.first {
      process.executableURL = URL(fileURLWithPath: program)
      process.arguments = Array(launcher.dropFirst()) + [executable.path] + arguments
    } else {
      process.executableURL = executable
      process.arguments = arguments
    }
    process.currentDirectoryURL = directory ?? packageRoot
    process.environment = environment
    if let standardInput {
      let inURL = scratch.appendingPathComponent("stdin")
      try standardInput.write(to: inURL)
      process.standardInput = try FileHandle(forReadingFrom: inURL)
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    process.standardOutput = standardOutput ?? outHandle
    process.standardError = errHandle
    try process.run()
    process.waitUntilExit()
    try outHandle.close()
    try errHandle.close()
    return CLIResult(
      status: process.terminationStatus, stdout: try Data(contentsOf: outURL), stderr: try Data(contentsOf: errURL))
  }
}

/// A fresh directory per test, so tests run in parallel without seeing each other's files.
final class TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("samnytta-cli-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `text` to `name` in the directory and returns the file's path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, Data(text.utf8))
  }

  @discardableResult
  func write(_ name: String, _ data: Data) throws -> String {
    let file = url.appendingPathComponent(name)
    try data.write(to: file)
    return file.path
  }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}
