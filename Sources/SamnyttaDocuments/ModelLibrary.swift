import Foundation
import SamnyttaEngine
import SamnyttaFormats

/// Finds model files: `--model ID` names `ID.json` in the first models directory that has it;
/// `--model PATH` (anything with a `/` or ending in `.json`) names a file.
public struct ModelLibrary: Sendable {
  /// The model used when none is named.
  public static let defaultModelID = "se-2026"
  public var directories: [String]

  public init(directories: [String]) { self.directories = directories }

  /// `$SAMNYTTA_MODELS`, then `./Models`, then `../share/samnytta/Models` beside the executable
  /// (where `make install` puts them: `PREFIX/bin/samnytta` and `PREFIX/share/samnytta/Models`),
  /// then `Models` beside the package the executable was built in (up to four folders above it).
  /// The installed layout comes before the walk up, so an installed command never picks up a
  /// stray `Models` folder in a parent such as `/tmp`.
  public static func standard(environment: [String: String], executablePath: String) -> ModelLibrary {
    var directories: [String] = []
    if let custom = environment["SAMNYTTA_MODELS"], !custom.isEmpty { directories.append(custom) }
    directories.append(FileManager.default.currentDirectoryPath + "/Models")
    let executable = URL(fileURLWithPath: executablePath)
    var installed = [executable, executable.resolvingSymlinksInPath()].map {
      $0.deletingLastPathComponent().appendingPathComponent("../share/samnytta/Models").standardized.path
    }
    if installed[0] == installed[1] { installed.removeLast() }
    directories += installed
    var url = executable.resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<4 {
      directories.append(url.appendingPathComponent("Models").path)
      url.deleteLastPathComponent()
    }
    return ModelLibrary(directories: directories)
  }

  /// The file a model reference names, or `nil` when no directory has it.
  public func path(for reference: String) -> String? {
    if reference.contains("/") || reference.hasSuffix(".json") { return reference }
    for directory in directories {
      let candidate = directory + "/" + reference + ".json"
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// The ids of all models in the first directory that holds any, sorted.
  public func availableIDs() -> [String] {
    for directory in directories {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
      let ids = names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
      if !ids.isEmpty { return ids }
    }
    return []
  }
}
