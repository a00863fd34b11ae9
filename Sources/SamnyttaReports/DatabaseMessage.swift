import SamnyttaEngine
import SamnyttaFormats
import SamnyttaStore

/// What is wrong with the evaluation database or what a command asked of it, in Swedish and
/// English: the store's own errors (``StoreError``, typed in SamnyttaStore, which knows no
/// language) and the use cases' findings. The database file comes before the message
/// (`fel: evaluations.sqlite: …`), so the message does not repeat it. `DatabaseMessageTests`
/// checks that every message exists in both languages.
public enum DatabaseMessage: Sendable, Equatable {
  case store(StoreError)
  case noVersion(id: Int64, version: Int, versions: [Int])
  case ambiguousAssociation(String, matches: [String])
  case noAssociationResults(String, year: Int)

  /// One of each message, for the test that every message exists in both languages.
  public static let examples: [DatabaseMessage] =
    [
      StoreError.cannotOpen(path: "e.sqlite", reason: .unreadable), .notSamnyttaDatabase(path: "e.sqlite"),
      .schemaTooNew(path: "e.sqlite", found: 3, supported: 2), .schemaTooOld(path: "e.sqlite", found: 1, current: 2), .noDatabase(path: "e.sqlite"),
      .sqlite(path: "e.sqlite", code: 11, message: "malformed"),
      .duplicateDocument(path: "e.sqlite", name: "Steget", existingID: 3), .duplicateDocument(path: "e.sqlite", name: "Steget", existingID: nil),
      .noSuchEvaluation(path: "e.sqlite", id: 9),
    ].map(DatabaseMessage.store)
    + [
      .noVersion(id: 3, version: 4, versions: [1, 2]), .ambiguousAssociation("Sam", matches: ["Samverkan", "Samordning"]),
      .noAssociationResults("Sam", year: 2024),
    ]

  /// One of each reason a database cannot be opened.
  public static let openReasons: [OpenReason] =
    [.unreadable, .folderNotCreatable("data"), .cannotWriteNew(folder: "data", detail: "I/O"), .cannotMoveIntoPlace]
    + [PathRefusal.directory, .characterDevice, .blockDevice, .fifo, .socket, .special, .brokenLink, .unexaminable("Permission denied")].map(
      OpenReason.notAFile)

  public func text(_ l: Language) -> String {
    let sv = l == .sv
    switch self {
    case .store(let error): return Self.text(error, l)
    case .noVersion(let id, let v, let versions):
      let list = versions.map(String.init).joined(separator: ", ")
      return sv
        ? "utvärdering \(id) har ingen version \(v); dess versioner är \(list)" : "evaluation \(id) has no version \(v); its versions are \(list)"
    case .ambiguousAssociation(let a, let matches):
      let list = matches.map { "'\($0.quotedForMessage)'" }.joined(separator: ", ")
      return sv
        ? "'\(a.quotedForMessage)' passar \(matches.count) förbund (\(list)); ange ett av dem i sin helhet"
        : "'\(a.quotedForMessage)' matches \(matches.count) associations (\(list)); give one of them in full"
    case .noAssociationResults(let a, let year):
      return sv
        ? "ingen sparad utvärdering med resultat för ett förbund som passar '\(a.quotedForMessage)' år \(year) (`samnytta db list --association NAME --year \(year)`; `samnytta batch` kör utvärderingar som saknar resultat)"
        : "no stored evaluation with results of an association matching '\(a.quotedForMessage)' for the year \(year) (`samnytta db list --association NAME --year \(year)`; `samnytta batch` runs evaluations without results)"
    }
  }

  static func text(_ error: StoreError, _ l: Language) -> String {
    let sv = l == .sv
    switch error {
    case .cannotOpen(_, let reason):
      return sv ? "utvärderingsdatabasen kan inte öppnas: \(text(reason, l))" : "cannot open the evaluation database: \(text(reason, l))"
    case .notSamnyttaDatabase:
      return sv
        ? "filen är ingen utvärderingsdatabas för Samnytta; den lämnades orörd"
        : "the file is not a Samnytta evaluation database; it was left unchanged"
    case .schemaTooNew(_, let found, let supported):
      return sv
        ? "utvärderingsdatabasen har schemaversion \(found), men detta program klarar versioner upp till \(supported); den lämnades orörd. Använd en nyare Samnytta."
        : "the evaluation database has schema version \(found), but this program supports versions up to \(supported); it was left unchanged. Use a newer Samnytta."
    case .schemaTooOld(_, let found, let current):
      return sv
        ? "utvärderingsdatabasen har schemaversion \(found), äldre än programmets \(current); den lämnades orörd. Kör ett skrivande kommando (t.ex. `samnytta batch`) för att uppgradera den."
        : "the evaluation database has schema version \(found), older than this program's \(current); it was left unchanged. Run a write command (e.g. `samnytta batch`) to upgrade it."
    case .noDatabase:
      return sv
        ? "här finns ingen utvärderingsdatabas; ett läsande kommando skapar aldrig någon (lägg till utvärderingar med `samnytta db add`)"
        : "there is no evaluation database here; a read-only command never creates one (add evaluations with `samnytta db add`)"
    case .sqlite(_, let code, let message):
      return sv ? "SQLite-fel \(code) i utvärderingsdatabasen: \(message)" : "SQLite error \(code) in the evaluation database: \(message)"
    case .duplicateDocument(_, let name, let id?):
      return sv
        ? "dokumentet \"\(name)\" finns redan sparat som utvärdering \(id); inget lades till"
        : "the document \"\(name)\" is already stored as evaluation \(id); nothing was added"
    case .duplicateDocument(_, let name, nil):
      return sv
        ? "dokumentet \"\(name)\" förekommer två gånger bland dokumenten som läggs till; inget lades till"
        : "the document \"\(name)\" appears twice among the documents being added; nothing was added"
    case .noSuchEvaluation(_, let id): return sv ? "det finns ingen utvärdering med id \(id)" : "there is no evaluation with id \(id)"
    }
  }

  static func text(_ reason: OpenReason, _ l: Language) -> String {
    let sv = l == .sv
    switch reason {
    case .notAFile(let kind):
      let what: String
      switch kind {
      case .directory: what = sv ? "en mapp" : "a directory"
      case .characterDevice: what = sv ? "en teckenenhet" : "a character device"
      case .blockDevice: what = sv ? "en blockenhet" : "a block device"
      case .fifo: what = sv ? "en FIFO (namngiven rörledning)" : "a FIFO (named pipe)"
      case .socket: what = sv ? "en socket" : "a socket"
      case .special: what = sv ? "ingen vanlig fil" : "not a regular file"
      case .brokenLink: what = sv ? "en symbolisk länk till en fil som saknas" : "a symbolic link to a missing file"
      case .unexaminable(let t): what = sv ? "en sökväg som inte kan undersökas (\(t))" : "a path that cannot be examined (\(t))"
      }
      return sv ? "den är \(what), inte en databasfil" : "it is \(what), not a database file"
    case .unreadable: return sv ? "filen kan inte läsas" : "the file cannot be read"
    case .folderNotCreatable(let f): return sv ? "mappen \(f) kan inte skapas" : "the directory \(f) cannot be created"
    case .cannotWriteNew(let f, let detail):
      return sv ? "en ny databas kan inte skrivas i \(f) (\(detail))" : "a new database cannot be written in \(f) (\(detail))"
    case .cannotMoveIntoPlace: return sv ? "den nya databasen kan inte flyttas på plats" : "the new database cannot be moved into place"
    case .sqlite(let t): return t
    }
  }
}
