import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// The command line's help texts, in Swedish and English, one case per command: what it does,
/// its one-line summary in the command list, and what each option means. The option names and the
/// usage line stay as they are in both languages (they are what is typed); the executable gives the
/// usage line, built from its typed choices, and prints what ``text(_:usage:)`` returns.
/// `HelpTextTests` checks that every text exists in both languages.
public enum HelpText: String, CaseIterable, Sendable {
  case evaluate, explain, validate, importParticipants, models, modelShow
  case dbAdd, dbList, dbShow, dbHistory, dbExport, dbRemove
  case batch, rank, compare, norms, report, portfolio

  /// One option's line: its spelling and what it means, in a column from the 26th character (a
  /// name too long for the first column puts its meaning on the next line).
  struct Option {
    var name: String
    var meaning: String
    var line: String {
      let indent = String(repeating: " ", count: 25)
      let body = meaning.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + indent)
      if name.isEmpty { return indent + body + "\n" }
      return name.count < 23 ? "  " + HelpText.padded(name, 23) + body + "\n" : "  \(name)\n\(indent)\(body)\n"
    }
  }

  /// The whole help of the command: what it does, `usage` (the command's usage line), its options.
  public func text(_ l: Language, usage: String) -> String {
    let (about, options) = content(l)
    var text = about + "\n\n\(CLIMessage.usagePrefix.text(l)): \(usage)\n"
    if !options.isEmpty { text += "\n" + options.map(\.line).joined() }
    return text
  }

  /// The line in the main help's list of commands.
  public func summary(_ l: Language) -> String {
    let sv = l == .sv
    switch self {
    case .evaluate: return sv ? "beräkna nyckeltalen för en utvärderingsfil" : "compute the key figures of an evaluation file"
    case .explain:
      return sv ? "visa flödena och parametrarna bakom en deltagares nyckeltal" : "show the flows and parameters behind a participant's figures"
    case .validate: return sv ? "kontrollera indatafiler utan att utvärdera dem" : "check input files without evaluating them"
    case .importParticipants:
      return sv
        ? "importera deltagare från ett kalkylark (.xlsx eller CSV) till en indatafil eller databasen"
        : "import participants from a spreadsheet (.xlsx or CSV) into an input file or the database"
    case .models: return sv ? "lista de tillgängliga parameteruppsättningarna (modellerna)" : "list the available parameter sets"
    case .modelShow:
      return sv
        ? "visa varje parameter i en modell med intervall, grund, källa och år"
        : "show every parameter of a model with its range, basis, source and year"
    case .dbAdd: return sv ? "kontrollera och lagra utvärderingsfiler (alla eller ingen)" : "validate and store evaluation files (all or nothing)"
    case .dbList: return sv ? "lista lagrade utvärderingar (senaste versionerna)" : "list stored evaluations (latest versions)"
    case .dbShow: return sv ? "visa en lagrad utvärdering och dess senaste resultat" : "show a stored evaluation and its latest results"
    case .dbHistory:
      return sv ? "lista versionerna av en lagrad utvärdering och vad som ändrades" : "list the versions of a stored evaluation and what changed"
    case .dbExport: return sv ? "skriv ut lagrade dokument igen, byte för byte" : "write stored documents back, byte for byte"
    case .dbRemove: return sv ? "ta bort en lagrad utvärdering och dess körningar" : "remove a stored evaluation and its runs"
    case .batch: return sv ? "räkna om varje lagrad utvärdering med en och samma modell" : "re-evaluate every stored evaluation under one model"
    case .rank: return sv ? "rangordna lagrade utvärderingar efter ett nyckeltal" : "rank stored evaluations by a key figure"
    case .compare: return sv ? "nyckeltal för lagrade utvärderingar sida vid sida" : "key figures of stored evaluations side by side"
    case .norms:
      return sv
        ? "jämförande värden per klassgrupp; en utvärdering mot sin grupp" : "comparison values per class group; one evaluation against its group"
    case .report:
      return sv
        ? "skriv en styrelserapport (HTML, PDF eller Markdown) för en utvärdering" : "write a board report (HTML, PDF or Markdown) of an evaluation"
    case .portfolio:
      return sv
        ? "förbundets år: varje insats och summan, mot riksreferensen"
        : "the association's year: every intervention and the total, against the national reference"
    }
  }

  /// The main help (`samnytta --help`): `commands` are the command names with their help, in the
  /// order they are listed.
  public static func main(version: String, commands: [(name: String, help: HelpText)], _ l: Language) -> String {
    let sv = l == .sv
    var text =
      sv
      ? "samnytta \(version): samhällsekonomisk utvärdering av samordningsförbundens insatser\n\n"
        + "\(CLIMessage.usagePrefix.text(l)): samnytta <kommando> [flaggor]\n\nkommandon:\n"
      : "samnytta \(version): socio-economic cost-benefit evaluation for coordination associations (samordningsförbund)\n\n"
        + "\(CLIMessage.usagePrefix.text(l)): samnytta <command> [options]\n\ncommands:\n"
    text += list(commands, l)
    text +=
      sv
      ? """

      flaggor:
        --help         visa hjälpen (även: samnytta <kommando> --help)
        --version      visa versionen
        --lang sv|en   hjälpens och meddelandenas språk (standard: SAMNYTTA_LANG, annars sv)

      returkoder: 0 klart, 64 fel i kommandoraden, 65 felaktiga data, 66 filen saknas, 73 kan inte skriva en fil, 74 fel vid utskrift

      """
      : """

      options:
        --help         show help (also: samnytta <command> --help)
        --version      show the version
        --lang sv|en   language of help and messages (default: SAMNYTTA_LANG, else sv)

      exit codes: 0 success, 64 usage error, 65 bad data, 66 missing file, 73 cannot write a file, 74 output error

      """
    return text
  }

  /// The help of a command group (`samnytta db --help`): its commands.
  public static func group(_ group: String, commands: [(name: String, help: HelpText)], _ l: Language) -> String {
    let sv = l == .sv
    return "\(CLIMessage.usagePrefix.text(l)): samnytta \(group) "
      + (sv ? "<kommando> [flaggor]\n\nkommandon:\n" : "<command> [options]\n\ncommands:\n")
      + list(commands, l)
      + (sv
        ? "\nKör `samnytta \(group) <kommando> --help` för ett kommandos flaggor.\n"
        : "\nRun `samnytta \(group) <command> --help` for a command's options.\n")
  }

  static func list(_ commands: [(name: String, help: HelpText)], _ l: Language) -> String {
    let width = commands.map(\.name.count).max() ?? 0
    return commands.map { "  \(padded($0.name, width))  \($0.help.summary(l))\n" }.joined()
  }

  static func padded(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
}
