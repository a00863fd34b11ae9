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

  /// `$SAMNYTTA_MODELS`, then `./Models`, then `Models` beside the package the executable was built in,
  /// then `../share/samnytta/Models` beside an installed executable.
  public static func standard(environment: [String: String], executablePath: String) -> ModelLibrary {
    var directories: [String] = []
    if let custom = environment["SAMNYTTA_MODELS"], !custom.isEmpty { directories.append(custom) }
    directories.append(FileManager.default.currentDirectoryPath + "/Models")
    var url = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<4 {
      directories.append(url.appendingPathComponent("Models").path)
      url.deleteLastPathComponent()
    }
    directories.append(URL(fileURLWithPath: executablePath).deletingLastPathComponent().appendingPathComponent("../share/samnytta/Models").standardized.path)
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
