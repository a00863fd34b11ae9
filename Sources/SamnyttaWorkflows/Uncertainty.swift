import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaReports

/// `--uncertainty`: the uncertainty analysis of an evaluated input under a model file, which knows
/// which parameters to draw and how (``ModelDocument/parameterSpace``), and its options.
public enum Uncertainty {
  /// Runs the analysis. The input has been evaluated already, so its rules hold; the draws change
  /// no value the rules check.
  public static func analyse(
    _ input: EvaluationInput, model: ModelDocument, options: ForecastOptions, settings: UncertaintySettings
  ) throws(EvaluationError) -> UncertaintyResult {
    try UncertaintyAnalysis.run(input, model: model.parameters, options: options, space: model.parameterSpace, settings: settings)
  }

  /// An analysis to run on every evaluation of a batch: the model's parameter space and the settings.
  public struct Request: Sendable {
    public var space: ParameterSpace
    public var settings: UncertaintySettings
    public init(model: ModelDocument, settings: UncertaintySettings) {
      space = model.parameterSpace
      self.settings = settings
    }

    /// The analysis of an evaluated input under `model` (the parameter set the space was made for).
    public func analyse(_ input: EvaluationInput, model: ParameterSet, options: ForecastOptions) throws(EvaluationError) -> UncertaintyResult {
      try UncertaintyAnalysis.run(input, model: model, options: options, space: space, settings: settings)
    }
  }

  /// The options' names: the flag, and those that take a value.
  public static let flag = "uncertainty"
  public static let valuedOptions: Set<String> = ["draws", "seed", "level"]
  /// The largest `--draws`.
  public static let maximumDraws = UncertaintySettings.maximumDraws

  /// A bad option value, with the message to show.
  public struct OptionError: Error, Sendable {
    public var message: CommandMessage
  }

  /// The settings from the options' texts (`nil`: the default).
  public static func settings(draws: String?, seed: String?, level: String?) throws(OptionError) -> UncertaintySettings {
    var settings = UncertaintySettings()
    if let text = draws {
      guard let n = wholeNumber(text), n >= 1, n <= UInt64(maximumDraws) else {
        throw OptionError(message: .invalidDraws(value: text.quotedForMessage, maximum: maximumDraws))
      }
      settings.draws = Int(n)
    }
    if let text = seed {
      guard let n = wholeNumber(text) else {
        throw OptionError(message: .invalidSeed(value: text.quotedForMessage))
      }
      settings.seed = n
    }
    if let text = level {
      guard let value = plainDecimal(text), value > 0, value < 100 else {
        throw OptionError(message: .invalidLevel(value: text.quotedForMessage))
      }
      settings.level = value
    }
    return settings
  }

  /// Decimal digits only (no sign, no spaces), fitting in 64 bits.
  static func wholeNumber(_ text: String) -> UInt64? {
    guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
    return UInt64(text)
  }

  /// Digits with at most one `.` or `,` between digits ("90", "97.5", "97,5").
  static func plainDecimal(_ text: String) -> Double? {
    let parts = text.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }
    guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }) else {
      return nil
    }
    return Double(parts.joined(separator: "."))
  }
}
