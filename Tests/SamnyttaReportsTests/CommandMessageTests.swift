import SamnyttaFormats
import SamnyttaReports
import Testing

/// Every message of the commands exists in Swedish and in English, and the Swedish one is Swedish.
@Suite struct CommandMessageTests {
  /// Every case by name: the switch must name each case, so a new message cannot be added without
  /// being listed here, and ``CommandMessage/examples`` must hold one of each.
  static func name(_ m: CommandMessage) -> String {
    switch m {
    case .unknownCommand: "unknownCommand"
    case .groupNeedsCommand: "groupNeedsCommand"
    case .onlyUsedWith: "onlyUsedWith"
    case .invalidDraws: "invalidDraws"
    case .invalidSeed: "invalidSeed"
    case .invalidLevel: "invalidLevel"
    case .expectedOneInputFile: "expectedOneInputFile"
    case .expectedInputFiles: "expectedInputFiles"
    case .expectedOneInputFileOrID: "expectedOneInputFileOrID"
    case .fileOrIDNotBoth: "fileOrIDNotBoth"
    case .expectedEvaluationIDs: "expectedEvaluationIDs"
    case .expectedOneEvaluationID: "expectedOneEvaluationID"
    case .invalidEvaluationID: "invalidEvaluationID"
    case .expectedOneModel: "expectedOneModel"
    case .takesNoArguments: "takesNoArguments"
    case .unknownModel: "unknownModel"
    case .uncertaintyNotInFormat: "uncertaintyNotInFormat"
    case .uncertaintyNeedsParticipants: "uncertaintyNeedsParticipants"
    case .summaryHasNoParticipants: "summaryHasNoParticipants"
    case .reportNeedsParticipants: "reportNeedsParticipants"
    case .unknownParticipant: "unknownParticipant"
    case .binaryNotToTerminal: "binaryNotToTerminal"
    case .expectedOneSpreadsheet: "expectedOneSpreadsheet"
    case .nothingToImport: "nothingToImport"
    case .invalidCost: "invalidCost"
    case .newDocumentNeeds: "newDocumentNeeds"
    case .allNeedsOut: "allNeedsOut"
    case .associationAndYearRequired: "associationAndYearRequired"
    case .formatNotOffered: "formatNotOffered"
    case .notLatestVersion: "notLatestVersion"
    case .noResultsToCompare: "noResultsToCompare"
    case .added: "added"
    case .addedVersion: "addedVersion"
    case .removed: "removed"
    case .valid: "valid"
    case .imported: "imported"
    case .importedLabel: "importedLabel"
    case .batchEvaluated: "batchEvaluated"
    case .batchSaved: "batchSaved"
    case .batchDone: "batchDone"
    case .reportWritten: "reportWritten"
    case .defaultModelMark: "defaultModelMark"
    case .noModelsFound: "noModelsFound"
    case .note: "note"
    case .cannotWriteStandardOutput: "cannotWriteStandardOutput"
    case .browserMissing: "browserMissing"
    case .printFailed: "printFailed"
    }
  }

  @Test func everyMessageExistsInBothLanguages() {
    #expect(Set(CommandMessage.examples.map(Self.name)).count == 47, "examples must hold one of each case")
    #expect(CommandMessage.examples.count == 47)
    for message in CommandMessage.examples {
      let sv = message.text(.sv)
      let en = message.text(.en)
      #expect(!sv.isEmpty && !en.isEmpty && sv != en, "\(message): '\(sv)' / '\(en)'")
      #expect(EnglishWords.in(sv).isEmpty, "\(message): English in '\(sv)': \(EnglishWords.in(sv))")
    }
  }

  /// The progress lines overwrite each other on a terminal: the later, shorter one is padded.
  @Test func progressLinesOverwriteEachOther() {
    for l in Language.allCases {
      #expect(CommandMessage.batchSaved(done: 10, total: 20).text(l).count >= CommandMessage.batchEvaluated(done: 10, total: 20).text(l).count)
    }
  }

  @Test func countsAgreeWithTheirNoun() {
    #expect(CommandMessage.imported(records: 1, from: "a.csv", into: "a.json").text(.sv) == "importerade 1 deltagarpost från a.csv till a.json")
    #expect(CommandMessage.imported(records: 2, from: "a.csv", into: "a.json").text(.en) == "imported 2 participant records from a.csv into a.json")
    #expect(CommandMessage.addedVersion(id: 4, name: "X", version: 2, previous: nil).text(.sv).hasSuffix("(den föregående versionen är borttagen)"))
  }
}
