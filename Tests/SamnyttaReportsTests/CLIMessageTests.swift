import SamnyttaFormats
import SamnyttaReports
import Testing

/// Every message of the catalogue exists in Swedish and in English, and the two differ.
@Suite struct CLIMessageTests {
  /// Every case by name: the switch must name each case, so a new message cannot be added without
  /// being listed here, and ``CLIMessage/examples`` must hold one of each.
  static func name(_ m: CLIMessage) -> String {
    switch m {
    case .unknownOption: "unknownOption"
    case .optionNeedsValue: "optionNeedsValue"
    case .optionGivenTwice: "optionGivenTwice"
    case .optionTakesNoValue: "optionTakesNoValue"
    case .invalidChoice: "invalidChoice"
    case .invalidPercentage: "invalidPercentage"
    case .invalidWholeNumber: "invalidWholeNumber"
    case .invalidLanguageVariable: "invalidLanguageVariable"
    case .percentBelowOne: "percentBelowOne"
    case .errorPrefix: "errorPrefix"
    case .usagePrefix: "usagePrefix"
    }
  }

  @Test func everyMessageExistsInBothLanguages() {
    #expect(Set(CLIMessage.examples.map(Self.name)).count == 11, "examples must hold one of each case")
    for message in CLIMessage.examples {
      let sv = message.text(.sv)
      let en = message.text(.en)
      #expect(!sv.isEmpty && !en.isEmpty && sv != en, "\(message): '\(sv)' / '\(en)'")
      #expect(EnglishWords.in(sv).isEmpty, "\(message): English in '\(sv)': \(EnglishWords.in(sv))")
    }
  }

  @Test func aWholeNumberOutOfRangeNamesTheRange() {
    #expect(CLIMessage.invalidWholeNumber(value: "0", option: "year", range: 1900...2200).text(.sv).hasSuffix("ange ett heltal från 1900 till 2200"))
    #expect(
      CLIMessage.invalidWholeNumber(value: "0", option: "version", range: 1...Int.max).text(.en).hasSuffix("expected a whole number of at least 1"))
  }

  @Test func thePercentNoteSaysWhatWasMeant() {
    #expect(CLIMessage.percentBelowOne(option: "discount-rate", text: "0.035", value: 0.035).text(.sv).contains("menade du 3,5 %?"))
    #expect(CLIMessage.percentBelowOne(option: "drop-off", text: "0,2", value: 0.2).text(.en).contains("did you mean 20 %?"))
  }

  @Test func theLanguageComesFromTheArgumentsThenTheEnvironment() {
    #expect(CLIMessage.language(arguments: ["x", "--lang", "en"], environment: [:]) == .en)
    #expect(CLIMessage.language(arguments: ["--lang=en"], environment: ["SAMNYTTA_LANG": "sv"]) == .en)
    #expect(CLIMessage.language(arguments: [], environment: ["SAMNYTTA_LANG": "en"]) == .en)
    #expect(CLIMessage.language(arguments: ["--", "--lang", "en"], environment: [:]) == .sv)
    #expect(CLIMessage.language(arguments: ["--lang", "de"], environment: [:]) == .sv)
  }
}
