import Foundation
import SamnyttaTestSupport
import Testing

/// Inputs the fuzzer (or the seeded mutation test) made crash, kept in Tests/Regressions and run
/// through the real executable: each must end in an exit status (0, or 65 for bad data), never in
/// a trap. By name: `*.model.json` is a model (evaluated with the typfall example), `*.csv` a
/// participant import, any other `*.json` an input document.
@Suite struct FuzzRegressionTests {
  static let folder = "Tests/Regressions"

  static func files() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: PackageRoot.url(folder).path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
  }

  @Test func thereAreRegressionInputs() {
    #expect(!Self.files().isEmpty, "no files in \(Self.folder)")
  }

  @Test(arguments: files()) func endsInAnExitStatusNotATrap(_ name: String) throws {
    let directory = try TemporaryDirectory()
    let path = PackageRoot.url("\(Self.folder)/\(name)").path
    let arguments: [String] =
      if name.hasSuffix(".model.json") {
        ["evaluate", "Docs/examples/typfall-trampolinen.json", "--model", path]
      } else if name.hasSuffix(".csv") {
        ["import", path, "--name", "Fuzz", "--association", "Fuzz", "--cost", "1000000", "--into", directory.path("imported.json")]
      } else {
        ["evaluate", path]
      }
    let result = try CLI.run(arguments)
    #expect(!result.killedBySignal && (result.status == 0 || result.status == 65), "\(name): \(result)")
  }
}
