import SamnyttaFormats
import SamnyttaReports
import Testing

/// Every command's help exists in Swedish and in English, with the same options in both.
@Suite struct HelpTextTests {
  /// The option names of a help text: the first word of each line indented by two spaces.
  static func optionNames(_ text: String) -> [String] {
    text.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }.map { String($0.dropFirst(2).prefix { $0 != " " }) }
  }

  @Test(arguments: HelpText.allCases)
  func helpExistsInBothLanguages(_ help: HelpText) {
    let usage = "samnytta x [--y]"
    let sv = help.text(.sv, usage: usage)
    let en = help.text(.en, usage: usage)
    #expect(sv != en && !help.summary(.sv).isEmpty && help.summary(.sv) != help.summary(.en))
    #expect(sv.contains("användning: \(usage)\n") && en.contains("usage: \(usage)\n"))
    #expect(Self.optionNames(sv) == Self.optionNames(en), "\(help): the options differ between the languages")
    for text in [sv.replacingUsage(usage), help.summary(.sv)] {
      #expect(EnglishWords.in(text).isEmpty, "\(help): English in the Swedish help: \(EnglishWords.in(text))")
    }
  }

  @Test func mainAndGroupHelpExistInBothLanguages() {
    let commands: [(name: String, help: HelpText)] = [("db add", .dbAdd), ("db list", .dbList)]
    for (sv, en) in [
      (HelpText.main(version: "1.0.0", commands: commands, .sv), HelpText.main(version: "1.0.0", commands: commands, .en)),
      (HelpText.group("db", commands: commands, .sv), HelpText.group("db", commands: commands, .en)),
    ] {
      #expect(sv.contains("användning: samnytta") && sv.contains("kommandon:\n  db add   kontrollera och lagra"), "\(sv)")
      #expect(en.contains("usage: samnytta") && en.contains("commands:\n  db add   validate and store"), "\(en)")
      #expect(EnglishWords.in(sv.replacingUsage("samnytta")).isEmpty, "English in: \(sv)")
    }
  }
}

extension String {
  /// The text without its usage line (which is the same in both languages).
  fileprivate func replacingUsage(_ usage: String) -> String {
    split(separator: "\n").filter { !$0.hasPrefix("användning:") }.joined(separator: "\n")
  }
}
