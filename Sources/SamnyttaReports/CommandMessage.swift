import SamnyttaFormats

/// The commands' own messages, in Swedish and English: their usage errors (a missing file
/// argument, options that do not go together, an unknown command or model) and the status lines
/// they print (what was added, removed, imported, checked). The option parser's messages are
/// ``CLIMessage``; the help texts are ``HelpText``. `CLIMessageTests` checks that every message
/// exists in both languages.
///
/// Values the user typed arrive quoted for a message already (`quotedForMessage`).
public enum CommandMessage: Sendable, Hashable {
  // Usage errors.
  case unknownCommand(String)
  case groupNeedsCommand(String)
  /// `option` (spelled with its dashes) means nothing without `requires`.
  case onlyUsedWith(option: String, requires: String)
  case invalidDraws(value: String, maximum: Int)
  case invalidSeed(value: String)
  case invalidLevel(value: String)
  case expectedOneInputFile
  case expectedInputFiles
  case expectedOneInputFileOrID
  case fileOrIDNotBoth
  case expectedEvaluationIDs
  case expectedOneEvaluationID
  case invalidEvaluationID(String)
  case expectedOneModel
  case takesNoArguments(command: String)
  case unknownModel(String, available: [String])
  case uncertaintyNotInFormat(String)
  case uncertaintyNeedsParticipants
  case summaryHasNoParticipants(file: String)
  case reportNeedsParticipants(file: String)
  /// `known`: some of the file's participant ids, already joined.
  case unknownParticipant(id: String, file: String, known: String)
  case binaryNotToTerminal
  case expectedOneSpreadsheet
  case nothingToImport
  case invalidCost(String)
  /// A new document is made (`into` does not exist, or without it no base document is given) and
  /// the options in `missing` are needed for it.
  case newDocumentNeeds(into: String?, missing: [String])
  case allNeedsOut
  case associationAndYearRequired
  case formatNotOffered(String)
  // Data the command itself finds wrong (stored evaluations norms cannot compare).
  case notLatestVersion(id: Int64, version: Int, versions: Int)
  case noResultsToCompare(id: Int64)
  // Status lines and words in them.
  case added(id: Int64, name: String)
  case addedVersion(id: Int64, name: String, version: Int, previous: Int64?)
  case removed(id: Int64)
  case valid(file: String)
  case imported(records: Int, from: String, into: String)
  /// How messages name a document made from a spreadsheet that is not written to a file.
  case importedLabel(String)
  case batchEvaluated(done: Int, total: Int)
  case batchSaved(done: Int, total: Int)
  case batchDone(count: Int, model: String)
  case reportWritten(String)
  case defaultModelMark
  case noModelsFound
  case note(String)
  case cannotWriteStandardOutput(reason: String)
  // `report --format pdf`.
  case browserMissing
  /// Chromium ran and wrote no PDF: its own (English) words.
  case printFailed(String)

  /// One of each message, for the test that every message exists in both languages.
  public static let examples: [CommandMessage] = [
    .unknownCommand("frob"), .groupNeedsCommand("db"), .onlyUsedWith(option: "--draws", requires: "--uncertainty"),
    .invalidDraws(value: "0", maximum: 1_000_000), .invalidSeed(value: "-1"), .invalidLevel(value: "100"), .expectedOneInputFile,
    .expectedInputFiles, .expectedOneInputFileOrID, .fileOrIDNotBoth, .expectedEvaluationIDs, .expectedOneEvaluationID,
    .invalidEvaluationID("x"), .expectedOneModel, .takesNoArguments(command: "models"), .unknownModel("se-1999", available: ["se-2016"]),
    .uncertaintyNotInFormat("csv"), .uncertaintyNeedsParticipants, .summaryHasNoParticipants(file: "a.json"),
    .reportNeedsParticipants(file: "a.json"), .unknownParticipant(id: "p9", file: "a.json", known: "'p1', 'p2'"), .binaryNotToTerminal,
    .expectedOneSpreadsheet, .nothingToImport, .invalidCost("12x"), .newDocumentNeeds(into: "a.json", missing: ["--name TEXT"]), .allNeedsOut,
    .associationAndYearRequired, .formatNotOffered("text"), .notLatestVersion(id: 3, version: 1, versions: 2), .noResultsToCompare(id: 3),
    .added(id: 1, name: "Steget"), .addedVersion(id: 2, name: "Steget", version: 2, previous: 1), .removed(id: 1), .valid(file: "a.json"),
    .imported(records: 2, from: "a.csv", into: "a.json"), .importedLabel("a.csv"), .batchEvaluated(done: 1, total: 2),
    .batchSaved(done: 1, total: 2), .batchDone(count: 2, model: "se-2026"), .reportWritten("rapport-steget.html"), .defaultModelMark,
    .noModelsFound, .note("kolumnen 'x' används inte"), .cannotWriteStandardOutput(reason: "No space left on device"),
    .browserMissing, .printFailed("exit 1"),
  ]

  public func text(_ l: Language) -> String {
    let sv = l == .sv
    switch self {
    case .unknownCommand(let c): return sv ? "okänt kommando '\(c)'" : "unknown command '\(c)'"
    case .groupNeedsCommand(let g): return sv ? "'\(g)' behöver ett kommando" : "'\(g)' needs a command"
    case .onlyUsedWith(let o, let r): return sv ? "\(o) används bara med \(r)" : "\(o) is only used with \(r)"
    case .invalidDraws(let v, let m):
      return sv
        ? "ogiltigt värde '\(v)' för '--draws'; ange ett heltal från 1 till \(m)"
        : "invalid value '\(v)' for '--draws'; expected a whole number from 1 to \(m)"
    case .invalidSeed(let v):
      return sv
        ? "ogiltigt värde '\(v)' för '--seed'; ange ett heltal från 0 till \(UInt64.max)"
        : "invalid value '\(v)' for '--seed'; expected a whole number from 0 to \(UInt64.max)"
    case .invalidLevel(let v):
      return sv
        ? "ogiltigt värde '\(v)' för '--level'; ange procent över 0 och under 100"
        : "invalid value '\(v)' for '--level'; expected a percentage above 0 and below 100"
    case .expectedOneInputFile: return sv ? "ange exakt en indatafil" : "expected exactly one input file"
    case .expectedInputFiles: return sv ? "ange minst en indatafil" : "expected at least one input file"
    case .expectedOneInputFileOrID: return sv ? "ange exakt en indatafil eller --id ID" : "expected exactly one input file or --id ID"
    case .fileOrIDNotBoth: return sv ? "ange antingen FILE eller --id, inte båda" : "give either FILE or --id, not both"
    case .expectedEvaluationIDs: return sv ? "ange minst ett utvärderings-id" : "expected at least one evaluation id"
    case .expectedOneEvaluationID: return sv ? "ange ett utvärderings-id" : "expected one evaluation id"
    case .invalidEvaluationID(let t): return sv ? "ogiltigt utvärderings-id '\(t)'" : "invalid evaluation id '\(t)'"
    case .expectedOneModel: return sv ? "ange ett modell-id eller en sökväg till en modellfil" : "expected one model id or path"
    case .takesNoArguments(let c): return sv ? "'\(c)' tar inga argument" : "'\(c)' takes no arguments"
    case .unknownModel(let r, let available):
      let list =
        available.isEmpty ? (sv ? "inga hittades (sätt SAMNYTTA_MODELS)" : "none found (set SAMNYTTA_MODELS)") : available.joined(separator: ", ")
      return sv ? "okänd modell '\(r)'; tillgängliga modeller: \(list)" : "unknown model '\(r)'; available models: \(list)"
    case .uncertaintyNotInFormat(let f):
      return sv ? "--uncertainty visas i text och JSON, inte i --format \(f)" : "--uncertainty is shown in text and JSON, not in --format \(f)"
    case .uncertaintyNeedsParticipants:
      return sv
        ? "--uncertainty behöver deltagarposter; en sammanfattning av publicerade aggregat har inga att dra ur"
        : "--uncertainty needs participant records; a summary of published aggregates has none to resample"
    case .summaryHasNoParticipants(let f):
      return sv ? "\(f) är en sammanfattning; den har inga deltagare att förklara" : "\(f) is a summary document; it has no participants to explain"
    case .reportNeedsParticipants(let f):
      return sv
        ? "\(f) är en sammanfattning (bara publicerade aggregat); en rapport behöver deltagarposter. Använd `samnytta evaluate` för dess nyckeltal."
        : "\(f) is a summary document (published aggregates only); a report needs participant records. Use `samnytta evaluate` for its key figures."
    case .unknownParticipant(let id, let f, let known):
      return sv
        ? "ingen deltagare med id '\(id)' i \(f); bland id:na finns: \(known)" : "no participant with id '\(id)' in \(f); ids include: \(known)"
    case .binaryNotToTerminal:
      return sv
        ? "en .xlsx-arbetsbok är binär och skrivs inte till en terminal; ange --out FIL.xlsx (eller skicka utdata vidare med |)"
        : "an .xlsx workbook is binary and is not written to a terminal; give --out FILE.xlsx (or pipe it)"
    case .expectedOneSpreadsheet: return sv ? "ange exakt ett kalkylark (.xlsx eller CSV)" : "expected exactly one spreadsheet (.xlsx or CSV)"
    case .nothingToImport:
      return sv ? "inget att göra: ange --into FILE.json, --db-add eller båda" : "nothing to do: give --into FILE.json, --db-add, or both"
    case .invalidCost(let t):
      return sv
        ? "ogiltigt värde '\(t)' för '--cost'; ange kronor (högst två decimaler), till exempel 1440000 eller 1440000,50"
        : "invalid value '\(t)' for '--cost'; expected kronor (at most two decimals), e.g. 1440000 or 1440000,50"
    case .newDocumentNeeds(let into, let missing):
      let needed = missing.joined(separator: ", ")
      return sv
        ? (into.map { "\($0) finns inte" } ?? "inget --base-dokument är angivet") + ", så ett nytt dokument skapas; det behöver \(needed)"
        : (into.map { "\($0) does not exist" } ?? "no --base document is given") + ", so a new document is made; it needs \(needed)"
    case .allNeedsOut: return sv ? "--all kräver --out DIR" : "--all needs --out DIR"
    case .associationAndYearRequired:
      return sv
        ? "--association NAME och --year YEAR (ett år som 2024) krävs" : "--association NAME and --year YEAR (a year such as 2024) are required"
    case .formatNotOffered(let f): return sv ? "--format \(f) finns inte för detta kommando" : "--format \(f) is not offered"
    case .notLatestVersion(let id, let v, let n):
      return sv
        ? "utvärdering \(id) är version \(v) av \(n); jämförelser använder den senaste versionen (`samnytta db history \(id)`)"
        : "evaluation \(id) is version \(v) of \(n); comparisons use the latest version (`samnytta db history \(id)`)"
    case .noResultsToCompare(let id):
      return sv
        ? "utvärdering \(id) har inga resultat, är riksreferensen eller ligger utanför --class; kör `samnytta batch`"
        : "evaluation \(id) has no results, is the national reference, or is outside --class; run `samnytta batch`"
    case .added(let id, let name): return sv ? "lade till \(id): \(name)" : "added \(id): \(name)"
    case .addedVersion(let id, let name, let v, let previous):
      let before = previous.map(String.init) ?? (sv ? "borttagen" : "removed")
      return sv
        ? "lade till \(id): \(name), version \(v) av utvärderingen (den föregående versionen är \(before))"
        : "added \(id): \(name), version \(v) of the evaluation (the previous version is \(before))"
    case .removed(let id): return sv ? "tog bort \(id)" : "removed \(id)"
    case .valid(let f): return sv ? "\(f): inga fel" : "\(f): ok"
    case .imported(let n, let from, let into):
      return sv
        ? "importerade \(n) deltagarpost\(n == 1 ? "" : "er") från \(from) till \(into)"
        : "imported \(n) participant record\(n == 1 ? "" : "s") from \(from) into \(into)"
    case .importedLabel(let csv): return sv ? "\(csv) (importerad)" : "\(csv) (imported)"
    case .batchEvaluated(let d, let t): return sv ? "batch: \(d)/\(t) utvärderade" : "batch: \(d)/\(t) evaluated"
    case .batchSaved(let d, let t): return sv ? "batch: \(d)/\(t) sparade    " : "batch: \(d)/\(t) saved    "
    case .batchDone(let n, let m):
      return sv ? "batch: \(n) utvärderingar omräknade med \(m)" : "batch: \(n) evaluations re-evaluated under \(m)"
    case .reportWritten(let name): return sv ? "rapporten är skriven till \(name)" : "the report is written to \(name)"
    case .defaultModelMark: return sv ? " (standard)" : " (default)"
    case .noModelsFound:
      return sv ? "inga modeller hittades; sätt SAMNYTTA_MODELS till mappen Models" : "no models found; set SAMNYTTA_MODELS to the Models directory"
    case .note(let text): return sv ? "anmärkning: \(text)" : "note: \(text)"
    case .cannotWriteStandardOutput(let r): return sv ? "kan inte skriva till standard ut: \(r)" : "cannot write to standard output: \(r)"
    case .browserMissing:
      return sv
        ? "PDF kräver Chromium utan fönster, som inte hittades: installera paketet 'chromium' (Debian/Ubuntu: apt-get install chromium), sätt CHROMIUM till dess sökväg, eller skriv --format html och skriv ut den från en webbläsare"
        : "PDF needs headless Chromium, which was not found: install the package 'chromium' (Debian/Ubuntu: apt-get install chromium), set CHROMIUM to its path, or write --format html and print it from a browser"
    case .printFailed(let d): return sv ? "Chromium kunde inte skriva ut rapporten som PDF: \(d)" : "Chromium could not print the report to PDF: \(d)"
    }
  }
}
