import Foundation

/// What one run of a child process produced.
public struct ProcessResult: Sendable, CustomStringConvertible {
  /// The exit status, or the signal's number when the process was killed by one.
  public var status: Int32
  /// Whether the process was killed by a signal (a trap is SIGILL or SIGTRAP) rather than exiting.
  public var killedBySignal: Bool
  /// Whether the time limit ran out and the process was terminated.
  public var timedOut: Bool
  public var stdout: Data
  public var stderr: Data

  public var out: String { String(decoding: stdout, as: UTF8.self) }
  public var err: String { String(decoding: stderr, as: UTF8.self) }

  public var description: String {
    "\(killedBySignal ? "killed by signal" : "exit") \(status)\(timedOut ? " (timed out)" : "")\n--- stdout ---\n\(out)\n--- stderr ---\n\(err)"
  }
}

/// Runs programs as a user would: a child process with its own working directory, environment
/// and standard input, standard output and standard error captured separately. Output goes to
/// temporary files, not pipes, so a large output can never fill a pipe and dead-lock the child.
public enum ChildProcess {
  /// This process's environment with `changes` applied.
  public static func environment(adding changes: [String: String]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    for (key, value) in changes { environment[key] = value }
    return environment
  }

  /// Runs `executable arguments…` and waits for it.
  ///
  /// - Parameters:
  ///   - directory: the working directory; the package root when `nil`.
  ///   - standardOutput: replaces the captured standard output (a device copy, a closed pipe); the
  ///     result's `stdout` is then empty.
  ///   - launcher: runs the executable through another program (`/bin/sh -c 'trap "" PIPE; exec "$0" "$@"'`,
  ///     `setpriv …`), which gets the executable's path and the arguments after its own.
  ///   - environment: the child's whole environment; this process's when `nil`.
  ///   - standardInput: the bytes the child reads; an empty input (the null device) when `nil`.
  ///   - timeout: seconds after which the child is terminated and ``ProcessResult/timedOut`` set; no limit when `nil`.
  public static func run(
    _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
    standardInput: Data? = nil, standardOutput: FileHandle? = nil, launcher: [String] = [], timeout: Double? = nil
  ) throws -> ProcessResult {
    let scratch = try TemporaryDirectory()
    let outURL = scratch.url.appendingPathComponent("stdout")
    let errURL = scratch.url.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let outHandle = try FileHandle(forWritingTo: outURL)
    let errHandle = try FileHandle(forWritingTo: errURL)
    var inHandle: FileHandle?
    if let standardInput {
      let inURL = URL(fileURLWithPath: try scratch.write("stdin", standardInput))
      inHandle = try FileHandle(forReadingFrom: inURL)
    }

    let process = Process()
    if let program = launcher.first {
      process.executableURL = URL(fileURLWithPath: program)
      process.arguments = Array(launcher.dropFirst()) + [executable.path] + arguments
    } else {
      process.executableURL = executable
      process.arguments = arguments
    }
    process.currentDirectoryURL = directory ?? PackageRoot.url
    if let environment { process.environment = environment }
    process.standardInput = inHandle ?? FileHandle.nullDevice
    process.standardOutput = standardOutput ?? outHandle
    process.standardError = errHandle
    try process.run()
    var timedOut = false
    if let timeout {
      let deadline = Date().addingTimeInterval(timeout)
      while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
      if process.isRunning {
        timedOut = true
        process.terminate()
      }
    }
    process.waitUntilExit()
    try outHandle.close()
    try errHandle.close()
    try inHandle?.close()
    return ProcessResult(
      status: process.terminationStatus, killedBySignal: process.terminationReason == .uncaughtSignal, timedOut: timedOut,
      stdout: try Data(contentsOf: outURL), stderr: try Data(contentsOf: errURL))
  }

  /// Starts `executable arguments…` without waiting, its output discarded, for a test that
  /// interrupts it (e.g. kills it at a known point).
  public static func start(
    _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil
  ) throws -> Process {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? PackageRoot.url
    if let environment { process.environment = environment }
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }
}
