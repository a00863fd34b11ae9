import Foundation
import SamnyttaTestSupport
import Testing

/// With --lang sv (the default) no English word reaches a person: class names, summary marks,
/// and notes on options. The English class keys stay in JSON and with --lang en.
@Suite struct SwedishOutputTests {
  static let englishClassWords = ["primary", "secondary", "traditional", "alternative", "extensive", "limited", "medium", "small", "large"]

  @Test func classNamesAreSwedishInText() throws {
    let sv = try CLI.run(["evaluate", GoldenTests.typfall])
    #expect(sv.status == 0, "\(sv.err)")
    for word in Self.englishClassWords { #expect(!sv.out.contains(word), "found \(word) in: \(sv.out)") }
    #expect(sv.out.contains("Klassificering: primärt arbetsmarknad, traditionell metod"))
    let en = try CLI.run(["evaluate", GoldenTests.typfall, "--lang", "en"])
    #expect(en.out.contains("(primary/traditional/extensive/medium)"))
  }

  @Test func reportHasNoEnglishClassKeys() throws {
    let plain = try CLI.run(["report", GoldenTests.typfall])
    #expect(plain.status == 0, "\(plain.err)")
    for word in ["primary/", "/traditional", "/extensive", "/medium"] { #expect(!plain.out.contains(word), "found \(word)") }
  }

  @Test func aPercentageBelowOneDrawsANote() throws {
    let small = try CLI.run(["evaluate", GoldenTests.typfall, "--discount-rate", "0.035"])
    #expect(small.status == 0)
    #expect(small.err.contains("menade du 3,5 %?"), "\(small.err)")
    for spelling in ["3,5", "3.5"] {
      let plain = try CLI.run(["evaluate", GoldenTests.typfall, "--discount-rate", spelling, "--format", "json"])
      #expect(plain.status == 0 && plain.err.isEmpty, "\(plain.err)")
      #expect(plain.out.contains("\"discountRate\": 0.035"), "\(spelling)")
    }
    let en = try CLI.run(["evaluate", GoldenTests.typfall, "--drop-off", "0,2", "--lang", "en"])
    #expect(en.err.contains("did you mean 20 %?"), "\(en.err)")
  }
}
