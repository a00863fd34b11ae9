import Foundation

extension EvaluationDatabase {
  /// Where the database lives when the user does not say: `$SAMNYTTA_DB`, else
  /// `$XDG_DATA_HOME/samnytta/evaluations.sqlite`, else `~/.local/share/samnytta/evaluations.sqlite`.
  /// Follows the XDG base-directory convention so a newcomer never has to choose a path.
  public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    if let explicit = environment["SAMNYTTA_DB"], !explicit.isEmpty { return explicit }
    // The XDG specification says relative values are invalid and must be ignored.
    if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
      return join(dataHome, "samnytta/evaluations.sqlite")
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return join(home, ".local/share/samnytta/evaluations.sqlite")
  }

  private static func join(_ directory: String, _ relative: String) -> String {
    directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
  }
}
