import SamnyttaDocuments
import SamnyttaEngine

/// `--uncertainty`: the uncertainty analysis of an evaluated input under a model file, which knows
/// which parameters to draw and how (``ModelDocument/parameterSpace``).
public enum Uncertainty {
  /// Runs the analysis. The input has been evaluated already, so its rules hold; the draws change
  /// no value the rules check.
  public static func analyse(
    _ input: EvaluationInput, model: ModelDocument, options: ForecastOptions, settings: UncertaintySettings
  ) throws(EvaluationError) -> UncertaintyResult {
    try UncertaintyAnalysis.run(input, model: model.parameters, options: options, space: model.parameterSpace, settings: settings)
  }
}
