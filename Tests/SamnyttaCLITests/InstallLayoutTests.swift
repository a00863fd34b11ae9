import Foundation
import SamnyttaTestSupport
import Testing

/// `make install` puts `samnytta` in PREFIX/bin and the models in PREFIX/share/samnytta/Models;
/// the installed command must find them from any folder, with no SAMNYTTA_MODELS set.
@Suite struct InstallLayoutTests {
  @Test func anInstalledCommandFindsItsModelsFromAnyFolder() throws {
    let prefix = try TemporaryDirectory()
    let elsewhere = try TemporaryDirectory()
    let bin = prefix.url.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let installed = bin.appendingPathComponent("samnytta")
    try FileManager.default.copyItem(at: try #require(CLI.executable), to: installed)
    let example = PackageRoot.url("Docs/examples/typfall-trampolinen.json").path
    let noModels = ["SAMNYTTA_MODELS": ""]

    // Before the models are installed beside it, the copy finds none: the lookup below is real.
    let before = try CLI.run(["evaluate", example], in: elsewhere.url, environment: noModels, executable: installed)
    #expect(before.status == 64 && before.err.contains("okänd modell 'se-2026'"), "\(before)")

    let models = prefix.url.appendingPathComponent("share/samnytta/Models")
    try FileManager.default.createDirectory(at: models, withIntermediateDirectories: true)
    for id in ["se-2016", "se-2025", "se-2026"] {
      try FileManager.default.copyItem(
        at: PackageRoot.url("Models/\(id).json"), to: models.appendingPathComponent("\(id).json"))
    }
    let after = try CLI.run(["evaluate", example], in: elsewhere.url, environment: noModels, executable: installed)
    #expect(after.status == 0, "\(after)")
    #expect(after.out.contains("Modell: se-2026"))
    let listed = try CLI.run(["models"], in: elsewhere.url, environment: noModels, executable: installed)
    #expect(listed.out.contains("se-2016") && listed.out.contains("se-2026 (standard)"), "\(listed)")
  }
}
