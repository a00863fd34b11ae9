import SamnyttaFormats
import SamnyttaReports
import SamnyttaStore
import Testing

/// Every message about files and the evaluation database exists in Swedish and in English, and the
/// Swedish one is Swedish.
@Suite struct FileMessageTests {
  /// Every case by name: the switch must name each case, so a new message cannot be added without
  /// being listed here, and the examples must hold one of each.
  static func name(_ m: FileMessage) -> String {
    switch m {
    case .noSuchFile: "noSuchFile"
    case .isDirectory: "isDirectory"
    case .cannotBeRead: "cannotBeRead"
    case .noDatabase: "noDatabase"
    case .folderMissing: "folderMissing"
    case .cannotCreateIn: "cannotCreateIn"
    case .cannotExamine: "cannotExamine"
    case .notRegularFile: "notRegularFile"
    case .linkUnreadable: "linkUnreadable"
    case .tooManyLinks: "tooManyLinks"
    case .system: "system"
    case .exportNeedsFolder: "exportNeedsFolder"
    case .cannotCreateFolder: "cannotCreateFolder"
    case .cannotWrite: "cannotWrite"
    }
  }

  static func name(_ m: DatabaseMessage) -> String {
    switch m {
    case .store(let error):
      switch error {
      case .cannotOpen: "cannotOpen"
      case .notSamnyttaDatabase: "notSamnyttaDatabase"
      case .schemaTooNew: "schemaTooNew"
      case .schemaTooOld: "schemaTooOld"
      case .noDatabase: "noDatabase"
      case .sqlite: "sqlite"
      case .duplicateDocument(_, _, let id): id == nil ? "duplicateInBatch" : "duplicateDocument"
      case .noSuchEvaluation: "noSuchEvaluation"
      }
    case .noVersion: "noVersion"
    case .ambiguousAssociation: "ambiguousAssociation"
    case .noAssociationResults: "noAssociationResults"
    }
  }

  static func check(_ sv: String, _ en: String, _ what: String) {
    #expect(!sv.isEmpty && !en.isEmpty && sv != en, "\(what): '\(sv)' / '\(en)'")
    #expect(EnglishWords.in(sv).isEmpty, "\(what): English in '\(sv)': \(EnglishWords.in(sv))")
  }

  @Test func everyFileMessageExistsInBothLanguages() {
    #expect(Set(FileMessage.examples.map(Self.name)).count == 14, "examples must hold one of each case")
    for m in FileMessage.examples { Self.check(m.text(.sv), m.text(.en), "\(m)") }
    for kind in FileKind.allCases { Self.check(kind.text(.sv), kind.text(.en), "\(kind)") }
    #expect(SystemReason.examples.count == 9 && Set(SystemReason.examples).count == 9)
    for r in SystemReason.examples { Self.check(r.text(.sv), r.text(.en), "\(r)") }
    // A reason the system has no words for here stays in the system's text.
    #expect(SystemReason.other("Input/output error").text(.sv) == "Input/output error")
  }

  @Test func everyDatabaseMessageExistsInBothLanguages() {
    #expect(Set(DatabaseMessage.examples.map(Self.name)).count == 12, "examples must hold one of each case")
    for m in DatabaseMessage.examples { Self.check(m.text(.sv), m.text(.en), "\(m)") }
    #expect(DatabaseMessage.openReasons.count == 12)
    for r in DatabaseMessage.openReasons {
      let m = DatabaseMessage.store(.cannotOpen(path: "e.sqlite", reason: r))
      Self.check(m.text(.sv), m.text(.en), "\(r)")
    }
    // The file comes before the message, so the message does not repeat it.
    for m in DatabaseMessage.examples { #expect(!m.text(.sv).contains("e.sqlite") && !m.text(.en).contains("e.sqlite"), "\(m)") }
  }
}
