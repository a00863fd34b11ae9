import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports

enum ModelsCommand {
  static let listCommand = Tool.Command(
    name: "models", usage: "samnytta models", summary: "list the available parameter sets",
    help: "Lists the parameter sets (models) found, with price year and convention.\n\nusage: samnytta models\n",
    run: { context, arguments in
      let args = try Arguments(arguments, valued: [], flags: [], usage: "samnytta models")
      guard args.positional.isEmpty else { throw UsageError("'models' takes no arguments", usage: "samnytta models") }
      let library = context.models
      var lines: [String] = []
      for id in library.availableIDs() {
        let model = try Files.model(id, context: context)
        let mark = id == ModelLibrary.defaultModelID ? " (default)" : ""
        lines.append("\(id)\(mark)  \(model.parameters.priceYear)  \(model.parameters.convention.rawValue)  \(model.title)")
      }
      Output.out(lines.isEmpty ? "no models found; set SAMNYTTA_MODELS to the Models directory\n" : lines.joined(separator: "\n") + "\n")
    })

  static let showUsage = "samnytta model show ID|PATH [--format text|json]"
  static let showCommand = Tool.Command(
    name: "model show", usage: showUsage, summary: "show every parameter of a model with its range, basis, source and year",
    help:
      "Shows every parameter of a model, one row each: its path, value, range (low–high), basis (law, official statistic, price list, derived, estimate), year, the date it was verified and its source. --format json gives the same per parameter.\n\nusage: \(showUsage)\n",
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["format"], flags: [], usage: showUsage)
      guard args.positional.count == 1 else { throw UsageError("expected one model id or path", usage: showUsage) }
      let format = try args.format(among: [.text, .json], default: .text, usage: showUsage)
      let model = try Files.model(args.positional[0], context: context)
      Output.out(format == .json ? ModelReport.json(model).rendered() : ModelReport.text(model))
    })
}
