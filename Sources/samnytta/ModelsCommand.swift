import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports

enum ModelsCommand {
  static let listUsage = "samnytta models [--lang \(Language.spelled())]"
  static let listCommand = Tool.Command(
    name: "models", usage: listUsage, help: .models,
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["lang"], flags: [], usage: listUsage)
      _ = try args.language(usage: listUsage)
      guard args.positional.isEmpty else { throw UsageError(.takesNoArguments(command: "models"), args.l, usage: listUsage) }
      let library = context.models
      var lines: [String] = []
      for id in library.availableIDs() {
        let model = try Files.model(id, context: context)
        let mark = id == ModelLibrary.defaultModelID ? CommandMessage.defaultModelMark.text(args.l) : ""
        lines.append("\(id)\(mark)  \(model.parameters.priceYear)  \(model.parameters.convention.rawValue)  \(model.title)")
      }
      Output.out((lines.isEmpty ? CommandMessage.noModelsFound.text(args.l) : lines.joined(separator: "\n")) + "\n")
    })

  static let showUsage = "samnytta model show ID|PATH [--format text|json] [--lang \(Language.spelled())]"
  static let showCommand = Tool.Command(
    name: "model show", usage: showUsage, help: .modelShow,
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["format", "lang"], flags: [], usage: showUsage)
      let language = try args.language(usage: showUsage)
      guard args.positional.count == 1 else { throw UsageError(.expectedOneModel, args.l, usage: showUsage) }
      let format = try args.format(among: [.text, .json], default: .text, usage: showUsage)
      let model = try Files.model(args.positional[0], context: context)
      Output.out(format == .json ? ModelReport.json(model).rendered() : ModelReport.text(model, language))
    })
}
