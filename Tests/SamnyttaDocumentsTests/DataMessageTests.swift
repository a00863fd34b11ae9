import SamnyttaEngine
import SamnyttaFormats
import Testing

@testable import SamnyttaDocuments

/// Every data message and input rule exists in Swedish and in English, and the two differ.
@Suite struct DataMessageTests {
  /// Words that mark an English message; none may appear in a Swedish one (quoted keys aside).
  static let englishWords = [" the ", "must ", "expected", "unknown ", "missing", " found", " got ", " is ", " not ", " column ", " row "]

  /// Every case by name: the switch must name each case, so a new message cannot be added without
  /// being listed here, and ``DataMessage/examples`` must hold one of each.
  static func name(_ m: DataMessage) -> String {
    switch m {
    case .untranslated: "untranslated"
    case .invalidJSON: "invalidJSON"
    case .syntax: "syntax"
    case .rule: "rule"
    case .model: "model"
    case .expectedType: "expectedType"
    case .unknownKey: "unknownKey"
    case .missingKey: "missingKey"
    case .unknownName: "unknownName"
    case .numberOutOfRange: "numberOutOfRange"
    case .expectedWholeNumber: "expectedWholeNumber"
    case .amountOutOfRange: "amountOutOfRange"
    case .amountTooPrecise: "amountTooPrecise"
    case .unsupportedFormatVersion: "unsupportedFormatVersion"
    case .emptyEvaluationId: "emptyEvaluationId"
    case .referenceOnlyNational: "referenceOnlyNational"
    case .needsRevenue: "needsRevenue"
    case .expectedPriceYear: "expectedPriceYear"
    case .priceYearOutOfRange: "priceYearOutOfRange"
    case .unknownKind: "unknownKind"
    case .exitReasonOutOfRange: "exitReasonOutOfRange"
    case .personalIdentityNumber: "personalIdentityNumber"
    case .inColumn: "inColumn"
    case .importedRule: "importedRule"
    case .sheetForCSV: "sheetForCSV"
    case .summaryHasNoParticipants: "summaryHasNoParticipants"
    case .emptyImportFile: "emptyImportFile"
    case .noRowsBelowHeader: "noRowsBelowHeader"
    case .emptyId: "emptyId"
    case .notAGroup: "notAGroup"
    case .missingPeriod: "missingPeriod"
    case .emptyPeriod: "emptyPeriod"
    case .notAPeriod: "notAPeriod"
    case .repeatedColumn: "repeatedColumn"
    case .missingColumn: "missingColumn"
    case .notImportColumns: "notImportColumns"
    case .columnNeedsPartner: "columnNeedsPartner"
    case .differsFromEarlier: "differsFromEarlier"
    case .countNotWhole: "countNotWhole"
    case .notAnExitReason: "notAnExitReason"
    case .givenWithoutState: "givenWithoutState"
    case .unknownImportState: "unknownImportState"
    case .emptyMonths: "emptyMonths"
    case .notANumber: "notANumber"
    case .negativeImportAmount: "negativeImportAmount"
    case .importAmountTooPrecise: "importAmountTooPrecise"
    case .notAnAmount: "notAnAmount"
    case .emptyButGiven: "emptyButGiven"
    case .unknownImportCareType: "unknownImportCareType"
    case .cellsWithoutHeader: "cellsWithoutHeader"
    case .columnIgnored: "columnIgnored"
    }
  }

  static func name(_ rule: BrokenRule) -> String {
    switch rule {
    case .emptyText: "emptyText"
    case .noParticipants: "noParticipants"
    case .personalIdentityNumber: "personalIdentityNumber"
    case .duplicateId: "duplicateId"
    case .countOutOfRange: "countOutOfRange"
    case .tooManyPeople: "tooManyPeople"
    case .negativeAmount: "negativeAmount"
    case .costByTypeSum: "costByTypeSum"
    case .financingShareOutOfRange: "financingShareOutOfRange"
    case .financingSum: "financingSum"
    case .unknownState: "unknownState"
    case .monthsOutOfRange: "monthsOutOfRange"
    case .extentOutOfRange: "extentOutOfRange"
    case .amountWithoutSalaryOrBenefit: "amountWithoutSalaryOrBenefit"
    case .monthlyAmountOutOfRange: "monthlyAmountOutOfRange"
    case .subsidyWithoutWageSubsidy: "subsidyWithoutWageSubsidy"
    case .subsidyShareOutOfRange: "subsidyShareOutOfRange"
    case .periodOverfull: "periodOverfull"
    case .periodWithoutSpells: "periodWithoutSpells"
    case .unknownCareType: "unknownCareType"
    case .contactsOutOfRange: "contactsOutOfRange"
    case .counterfactualWithComparisonGroup: "counterfactualWithComparisonGroup"
    case .counterfactualInComparisonGroup: "counterfactualInComparisonGroup"
    case .costByTypeOverflow: "costByTypeOverflow"
    case .amountsBeyondLimit: "amountsBeyondLimit"
    case .summaryParticipantsOutOfRange: "summaryParticipantsOutOfRange"
    case .amountBeyondLimit: "amountBeyondLimit"
    case .publishedOutOfRange: "publishedOutOfRange"
    case .publishedBeyondLimit: "publishedBeyondLimit"
    case .publishedIncomplete: "publishedIncomplete"
    case .derivedAmountBeyondLimit: "derivedAmountBeyondLimit"
    }
  }

  static func checkBothLanguages(_ what: String, sv: String, en: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!sv.isEmpty && !en.isEmpty && sv != en, "\(what): '\(sv)' / '\(en)'", sourceLocation: sourceLocation)
    for word in englishWords { #expect(!sv.contains(word), "\(what): Swedish '\(sv)' holds '\(word)'", sourceLocation: sourceLocation) }
  }

  @Test func everyDataMessageExistsInBothLanguages() {
    #expect(Set(DataMessage.examples.map(Self.name)).count == 51, "examples must hold one of each case")
    for message in DataMessage.examples {
      if case .untranslated(let text) = message {
        #expect(message.text(.sv) == text && message.text(.en) == text)
        continue
      }
      Self.checkBothLanguages("\(message)", sv: message.text(.sv), en: message.text(.en))
    }
  }

  @Test func everyInputRuleExistsInBothLanguages() {
    #expect(Set(BrokenRule.examples.map(Self.name)).count == 31, "examples must hold one of each rule")
    for rule in BrokenRule.examples {
      // English is the engine's own message, word for word.
      #expect(rule.text(.en) == rule.message)
      Self.checkBothLanguages("\(rule)", sv: rule.text(.sv), en: rule.text(.en))
    }
  }

  static func name(_ m: ModelMessage) -> String {
    switch m {
    case .needsSource: "needsSource"
    case .estimateNeedsNote: "estimateNeedsNote"
    case .missingEvidence: "missingEvidence"
    case .basisNeedsEstimate: "basisNeedsEstimate"
    case .basisContradictsEstimate: "basisContradictsEstimate"
    case .badVerifiedDate: "badVerifiedDate"
    case .tableHasNoRange: "tableHasNoRange"
    case .rangeInverted: "rangeInverted"
    case .shareRangeOutside: "shareRangeOutside"
    case .rangeExcludesValue: "rangeExcludesValue"
    case .mustBePositive: "mustBePositive"
    case .shareOutOfRange: "shareOutOfRange"
    case .emptyTable: "emptyTable"
    case .badCode: "badCode"
    case .duplicateCode: "duplicateCode"
    case .unsupportedVersion: "unsupportedVersion"
    case .idMismatch: "idMismatch"
    case .financingSum: "financingSum"
    case .largeBelowMedium: "largeBelowMedium"
    case .minimumPeersOutOfRange: "minimumPeersOutOfRange"
    case .yearKey: "yearKey"
    case .indexNeedsSource: "indexNeedsSource"
    case .skatteverketUnused: "skatteverketUnused"
    case .skatteverketMissing: "skatteverketMissing"
    case .unknownTaxRules: "unknownTaxRules"
    case .noStateWithBenefit: "noStateWithBenefit"
    case .noStateWithWageSubsidy: "noStateWithWageSubsidy"
    case .expectedResourceKind: "expectedResourceKind"
    case .bracketUpToPbb: "bracketUpToPbb"
    case .bracketOrder: "bracketOrder"
    case .dailyAmountNeedsDays: "dailyAmountNeedsDays"
    case .dailyAmountOrGuarantee: "dailyAmountOrGuarantee"
    case .tierOrder: "tierOrder"
    case .stepsNeedDays: "stepsNeedDays"
    case .firstStepDay: "firstStepDay"
    case .stepOrder: "stepOrder"
    case .stepRate: "stepRate"
    }
  }

  @Test func everyModelMessageExistsInBothLanguages() {
    #expect(Set(ModelMessage.examples.map(Self.name)).count == 37, "examples must hold one of each case")
    for message in ModelMessage.examples { Self.checkBothLanguages("\(message)", sv: message.text(.sv), en: message.text(.en)) }
  }

  @Test func swedishRulesQuoteNumbersWithADecimalComma() {
    #expect(BrokenRule.costByTypeSum(sum: Money(ore: 9_000_050), total: .kronor(1)).text(.sv) == "summan är 90000,5 kr men totalen är 1 kr")
    #expect(BrokenRule.financingSum(0.3).text(.sv) == "andelarna måste tillsammans vara 1, men summan är 0,3")
    #expect(BrokenRule.monthsOutOfRange(13).text(.sv) == "måste vara mer än 0 och högst 12, men är 13")
  }

  /// The place words follow the language too: a workbook's sheet, row and cell.
  @Test func aWorkbookPlaceIsNamedInEitherLanguage() {
    let error = DataError(file: "p.xlsx", path: "", line: 3, column: 4, reason: .inColumn("månader", .emptyMonths), sheet: "Deltagare")
    #expect(
      error.text(.en) == "p.xlsx: sheet 'Deltagare', row 3, cell D3: column 'månader': is empty; a spell needs its months (above 0, at most 12)")
    #expect(
      error.text(.sv)
        == "p.xlsx: blad 'Deltagare', rad 3, cell D3: kolumn 'månader': är tom; varje försörjning behöver sina månader (mer än 0, högst 12)")
    #expect(error.description == error.text(.en))
  }

  /// A document's errors hold typed messages, so one decode renders in both languages.
  @Test func aDocumentsErrorsRenderInEitherLanguage() throws {
    let text = #"{"formatVersion": 1, "name": 3, "association": "a", "cost": {"total": 0}, "participants": []}"#
    let error = try #require(#expect(throws: DataError.self) { try InputDocument.decode(Array(text.utf8), file: "in.json") })
    #expect(error.reason == .expectedType(.string, found: .number))
    #expect(error.text(.en) == "in.json:1:30: $.name: expected a string, found a number")
    #expect(error.text(.sv) == "in.json:1:30: $.name: förväntade en textsträng, men värdet är ett tal")
  }
}
