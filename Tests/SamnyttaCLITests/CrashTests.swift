import Foundation
import SamnyttaTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A process killed (SIGKILL, no chance to clean up) inside `db add` or `batch`, with its
/// transaction open, leaves the database exactly as it was before.
@Suite struct CrashTests {
  static let published = ["tuna-rar", "jobbcoach-kungalv", "balder-molndal"].map { "Docs/examples/published/\($0).json" }

  /// Starts `samnytta arguments…`, waits until it reaches `point` (it then sleeps), and kills it.
  func killAt(_ point: String, _ arguments: [String], directory: TemporaryDirectory) throws {
    let executable = try #require(CLI.executable, "run `swift build` first")
    let marker = directory.url.appendingPathComponent("paused-\(point)").path
    let process = try ChildProcess.start(
      executable, arguments, environment: CLI.environment(["SAMNYTTA_PAUSE_AT": point, "SAMNYTTA_PAUSE_MARKER": marker]))
    let deadline = Date().addingTimeInterval(60)
    while !FileManager.default.fileExists(atPath: marker) && process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    let paused = FileManager.default.fileExists(atPath: marker)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(paused, "the process never reached \(point)")
    #expect(process.terminationReason == .uncaughtSignal)
  }

  @Test func killedInTheMiddleOfDbAddLeavesTheDatabaseAsItWas() throws {
    let directory = try TemporaryDirectory()
    let db = directory.url.appendingPathComponent("crash.sqlite").path
    #expect(try CLI.run(["db", "add", "Docs/examples/typfall-trampolinen.json", "--db", db]).status == 0)
    let before = try CLI.run(["db", "list", "--db", db]).out

    try killAt("add-before-runs", ["db", "add"] + Self.published + ["--db", db], directory: directory)

    #expect(try CLI.run(["db", "list", "--db", db]).out == before)
    // Nothing half-added: the same files now add cleanly, each with its run.
    let again = try CLI.run(["db", "add"] + Self.published + ["--db", db])
    #expect(again.status == 0, "\(again.err)")
    let rank = try CLI.run(["rank", "--format", "json", "--db", db])
    #expect(rank.out.components(separatedBy: "\"rank\":").count - 1 == 4)
  }

  @Test func killedInTheMiddleOfBatchLeavesEveryEarlierRun() throws {
    let directory = try TemporaryDirectory()
    let db = directory.url.appendingPathComponent("crash.sqlite").path
    #expect(try CLI.run(["db", "add", "Docs/examples/typfall-trampolinen.json"] + Self.published + ["--db", db]).status == 0)
    let before = try CLI.run(["rank", "--format", "json", "--db", db]).out
    #expect(before.contains("\"model\": \"se-2026\""))

    try killAt("batch-half-saved", ["batch", "--model", "se-2016", "--db", db], directory: directory)

    // Not one run of the killed batch is visible.
    #expect(try CLI.run(["rank", "--format", "json", "--db", db]).out == before)
    for id in 1...4 { #expect(try CLI.run(["db", "show", "\(id)", "--db", db]).out.contains("senaste körning: modell se-2026")) }
    // And the database is usable: a batch that runs to the end lands completely.
    let batch = try CLI.run(["batch", "--model", "se-2016", "--db", db])
    #expect(batch.status == 0, "\(batch.err)")
    // (rank re-evaluates under its --model, so the stored runs are read through db show.)
    for id in 1...4 { #expect(try CLI.run(["db", "show", "\(id)", "--db", db]).out.contains("senaste körning: modell se-2016")) }
  }
}
