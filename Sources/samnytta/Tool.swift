import Foundation
import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaWorkflows

/// The command table and the one place errors become messages and exit codes.
enum Tool {
  static let version = SamnyttaVersion.current

  struct Context: Sendable {
    var environment: [String: String]
    var executablePath: String
    /// The language of messages and help, before a command's options are parsed (`CLIMessage.language`).
    var language = Language.sv
    var models: ModelLibrary { ModelLibrary.standard(environment: environment, executablePath: executablePath) }
  }

  /// A command: its usage line, its help (summary and text in both languages), and what it does.
  struct Command: Sendable {
    var name: String
    var usage: String
    var help: HelpText
    var run: @Sendable (Context, [String]) throws -> Void
  }

  static let commands: [Command] = [
    EvaluateCommand.command, ExplainCommand.command, ValidateCommand.command, ImportCommand.command, ModelsCommand.listCommand,
    ModelsCommand.showCommand, DatabaseCommands.add, DatabaseCommands.list, DatabaseCommands.show, DatabaseCommands.history, DatabaseCommands.export,
    DatabaseCommands.remove, BatchCommand.command, RankCommand.command, CompareCommand.command, NormsCommand.command,
    ReportCommand.command, PortfolioCommand.command,
  ]

  /// Runs the command the arguments name and returns the exit status, which a failed write to
  /// standard output overrides (`Output.finish`).
  static func run(arguments: [String], environment: [String: String], executablePath: String) -> Int32 {
    let status = dispatch(arguments: arguments, environment: environment, executablePath: executablePath)
    return Output.finish(status, CLIMessage.language(arguments: arguments, environment: environment))
  }

  /// A leading `--lang X` or `--lang=X` (the main help lists it as global): split off, to be
  /// given to the command as if it came first among its own options.
  static func leadingLanguage(_ arguments: [String]) -> (option: [String], rest: [String]) {
    if arguments.first?.hasPrefix("--lang=") == true { return (Array(arguments.prefix(1)), Array(arguments.dropFirst())) }
    if arguments.first == "--lang", arguments.count >= 2 { return (Array(arguments.prefix(2)), Array(arguments.dropFirst(2))) }
    return ([], arguments)
  }

  private static func dispatch(arguments all: [String], environment: [String: String], executablePath: String) -> Int32 {
    let l = CLIMessage.language(arguments: all, environment: environment)
    let (languageOption, arguments) = leadingLanguage(all)
    let context = Context(environment: environment, executablePath: executablePath, language: l)
    guard let first = arguments.first else {
      Output.err(mainHelp(l))
      return ExitCode.usage
    }
    if first == "--help" || first == "-h" || first == "help" {
      if arguments.count > 1, let command = find(Array(arguments.dropFirst())) {
        Output.out(command.help.text(l, usage: command.usage))
      } else if arguments.count > 1, let help = groupHelp(arguments[1], l) {
        Output.out(help)
      } else {
        Output.out(mainHelp(l))
      }
      return ExitCode.success
    }
    if first == "--version" {
      Output.out("samnytta \(version)\n")
      return ExitCode.success
    }
    guard let command = find(arguments) else {
      // `samnytta db --help` lists the db commands; `samnytta db` or `samnytta db frob` does too, as an error.
      let fail = { (m: CommandMessage) in "\(CLIMessage.errorPrefix.text(l)): \(m.text(l))\n\n" }
      if let help = groupHelp(first, l) {
        let rest = arguments.dropFirst()
        if rest.first == "--help" || rest.first == "-h" {
          Output.out(help)
          return ExitCode.success
        }
        Output.error((rest.first.map { fail(.unknownCommand("\(first) \($0)")) } ?? fail(.groupNeedsCommand(first.quotedForMessage))) + help)
        return ExitCode.usage
      }
      Output.error(fail(.unknownCommand(arguments.prefix(2).joined(separator: " ").quotedForMessage)) + mainHelp(l))
      return ExitCode.usage
    }
    let rest = Array(arguments.dropFirst(command.name.split(separator: " ").count))
    if rest.contains("--help") || rest.contains("-h") {
      Output.out(command.help.text(l, usage: command.usage))
      return ExitCode.success
    }
    do {
      try command.run(context, languageOption + rest)
      return ExitCode.success
    } catch let error as UsageError {
      Output.error("\(CLIMessage.errorPrefix.text(error.language)): \(error)\n")
      return ExitCode.usage
    } catch let error as DataError {
      Output.error("\(CLIMessage.errorPrefix.text(l)): \(error.text(l))\n")
      return ExitCode.dataError
    } catch let error as DataErrors {
      Output.error(error.errors.map { "\(CLIMessage.errorPrefix.text(l)): \($0.text(l))\n" }.joined())
      return ExitCode.dataError
    } catch let error as DatabaseError {
      Output.error("\(CLIMessage.errorPrefix.text(l)): \(error.text(l))\n")
      return ExitCode.dataError
    } catch let error as MissingFileError {
      Output.error("\(CLIMessage.errorPrefix.text(l)): \(error.text(l))\n")
      return ExitCode.noInput
    } catch let error as CannotCreateError {
      Output.error("\(CLIMessage.errorPrefix.text(l)): \(error.text(l))\n")
      return ExitCode.cannotCreate
    } catch let error as PDFPrinting.Failure {
      Output.error("\(CLIMessage.errorPrefix.text(l)): \(error.text(l))\n")
      return error.isBrowserMissing ? ExitCode.unavailable : ExitCode.failure
    } catch {
      // Not reached by any input: every failure above is typed. Kept so nothing ends in a trap.
      Output.error("\(CLIMessage.errorPrefix.text(l)): \(error)\n")
      return ExitCode.failure
    }
  }

  /// The command whose (one- or two-word) name starts the arguments.
  static func find(_ arguments: [String]) -> Command? {
    if arguments.count >= 2, let two = commands.first(where: { $0.name == "\(arguments[0]) \(arguments[1])" }) { return two }
    return commands.first { $0.name == arguments[0] }
  }

  /// The help of a command group (`db`, `model`): its commands, for `samnytta db --help`. `nil`
  /// when no two-word command starts with `group`.
  static func groupHelp(_ group: String, _ l: Language) -> String? {
    let members = commands.filter { $0.name.hasPrefix(group + " ") }
    guard !members.isEmpty else { return nil }
    return HelpText.group(group, commands: members.map { ($0.name, $0.help) }, l)
  }

  static func mainHelp(_ l: Language) -> String { HelpText.main(version: version, commands: commands.map { ($0.name, $0.help) }, l) }
}
