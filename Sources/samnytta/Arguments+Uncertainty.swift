import SamnyttaCommandLine
import SamnyttaEngine
import SamnyttaReports
import SamnyttaWorkflows

extension Arguments {
  /// `--uncertainty [--draws N] [--seed S] [--level PCT]`: the settings, or `nil` without the flag;
  /// `--draws`, `--seed` or `--level` without it is a usage error rather than silently ignored.
  func uncertaintySettings(usage: String) throws(UsageError) -> UncertaintySettings? {
    guard flags.contains(Uncertainty.flag) else {
      if let given = Uncertainty.valuedOptions.sorted().first(where: { options[$0] != nil }) {
        throw UsageError(.onlyUsedWith(option: "--\(given)", requires: "--uncertainty"), l, usage: usage)
      }
      return nil
    }
    do {
      return try Uncertainty.settings(draws: options["draws"], seed: options["seed"], level: options["level"])
    } catch {
      throw UsageError(error.message, l, usage: usage)
    }
  }
}
