import Foundation
import SamnyttaTestSupport
import Testing

/// Issue 14's rest, through the real executable: a leading `--lang`, the file and database
/// messages in Swedish by default and English on request, `model show` and the portfolio's
/// spreadsheet headers in the chosen language.
@Suite struct LanguageOptionTests {
  static let seed = UsageTests.seed

  @Test func leadingLanguageIsGivenToTheCommand() throws {
    for option in [["--lang", "en"], ["--lang=en"]] {
      let result = try CLI.run(option + ["validate", Self.seed])
      #expect(result.status == 0 && result.out == "\(Self.seed): ok\n", "\(option): \(result)")
    }
    #expect(try CLI.run(["--lang", "sv", "validate", Self.seed]).out == "\(Self.seed): inga fel\n")
    // The option still belongs to the command: given twice is refused there.
    let twice = try CLI.run(["--lang", "en", "validate", Self.seed, "--lang", "en"])
    #expect(twice.status == 64 && twice.err.contains("option '--lang' given twice"), "\(twice)")
    let misspelt = try CLI.run(["--lang", "de", "validate", Self.seed])
    #expect(misspelt.status == 64 && misspelt.err.contains("ogiltigt värde 'de' för '--lang'"), "\(misspelt)")
  }

  @Test func leadingLanguageChoosesTheHelp() throws {
    let english = try CLI.run(["--help"], environment: CLI.english).out
    #expect(try CLI.run(["--lang", "en", "--help"]).out == english)
    #expect(try CLI.run(["--lang=en", "help"]).out == english)
    #expect(try CLI.run(["--lang", "en", "db", "--help"]).out == (try CLI.run(["db", "--help"], environment: CLI.english)).out)
    #expect(try CLI.run(["--lang", "en", "evaluate", "--help"]).out == (try CLI.run(["evaluate", "--help"], environment: CLI.english)).out)
    #expect(try CLI.run(["--help"]).out != english)
  }

  @Test func fileMessagesFollowTheLanguage() throws {
    let directory = try TemporaryDirectory()
    let missing = directory.path("saknas.json")
    let sv = try CLI.run(["validate", missing])
    #expect(sv.status == 66 && sv.err == "fel: \(missing): filen finns inte\n", "\(sv)")
    let en = try CLI.run(["--lang", "en", "validate", missing])
    #expect(en.status == 66 && en.err == "error: \(missing): no such file\n", "\(en)")
    let folder = try CLI.run(["validate", directory.url.path])
    #expect(folder.status == 66 && folder.err.hasSuffix(": är en mapp, inte en fil\n"), "\(folder)")
    let out = directory.path("ingen-mapp/ut.json")
    let write = try CLI.run(["evaluate", Self.seed, "--format", "json", "--out", out])
    #expect(write.status == 73 && write.err == "fel: \(out): kan inte skriva: mappen \(directory.path("ingen-mapp")) finns inte\n", "\(write)")
    let device = directory.path("fifo")
    #expect(mkfifo(device, 0o644) == 0)
    let fifo = try CLI.run(["evaluate", Self.seed, "--out", device], environment: CLI.english)
    #expect(fifo.status == 73 && fifo.err == "error: \(device): cannot write: it is a FIFO (named pipe), not a regular file\n", "\(fifo)")
  }

  @Test func databaseMessagesFollowTheLanguage() throws {
    let directory = try TemporaryDirectory()
    let none = try CLI.run(["db", "list", "--db", directory.path("saknas.sqlite")])
    #expect(none.status == 66 && none.err.contains("ingen utvärderingsdatabas finns här"), "\(none)")
    let folder = try CLI.run(["db", "list", "--db", directory.url.path])
    #expect(
      folder.status == 65 && folder.err == "fel: \(directory.url.path): utvärderingsdatabasen kan inte öppnas: den är en mapp, inte en databasfil\n",
      "\(folder)")
    let stranger = try directory.write("annat.sqlite", Data(Array("SQLite format 3\u{0}".utf8) + [UInt8](repeating: 1, count: 84)))
    let notOurs = try CLI.run(["db", "list", "--db", stranger, "--lang", "en"])
    #expect(notOurs.status == 65 && notOurs.err.hasPrefix("error: \(stranger): "), "\(notOurs)")
    let db = directory.path("e.sqlite")
    #expect(try CLI.run(["db", "add", Self.seed, "--db", db]).status == 0)
    let noSuch = try CLI.run(["db", "remove", "99", "--db", db])
    #expect(noSuch.status == 65 && noSuch.err == "fel: \(db): det finns ingen utvärdering med id 99\n", "\(noSuch)")
    let noVersion = try CLI.run(["--lang", "en", "db", "show", "1", "--version", "3", "--db", db])
    #expect(noVersion.status == 65 && noVersion.err == "error: \(db): evaluation 1 has no version 3; its versions are 1\n", "\(noVersion)")
    let duplicate = try CLI.run(["db", "add", Self.seed, "--db", db])
    #expect(duplicate.status == 65 && duplicate.err.contains("finns redan sparat som utvärdering 1; inget lades till"), "\(duplicate)")
  }

  @Test func modelShowFollowsTheLanguage() throws {
    let sv = try CLI.run(["model", "show", "se-2026"]).out
    let en = try CLI.run(["--lang", "en", "model", "show", "se-2026"]).out
    #expect(sv.contains("prisnivå 2026") && sv.contains("verifierad") && sv.contains("källa"))
    #expect(en.contains("price level 2026") && en.contains("verified") && en.contains("source") && !en.contains("samhällskonvention"))
    #expect(!en.contains("tabell,") && !en.contains("officiell statistik"))
    // The model's own texts stay as the file gives them.
    #expect(sv.split(separator: "\n").first == en.split(separator: "\n").first)
  }

  @Test func portfolioHeadersAreWordsUnlessKeysAreAsked() throws {
    let directory = try TemporaryDirectory()
    let db = try PortfolioTests().database(directory)
    let base = ["portfolio", "--association", PortfolioTests.association, "--year", "2024", "--db", db, "--format", "csv", "--csv-dialect", "comma"]
    let labels = try CLI.run(base)
    let header = String(labels.out.prefix { $0 != "\r" })
    for key in ["kind", "participants", "sex_", "exit_reason_", "amounts_at_price_year_"] { #expect(!header.contains(key), "\(key) in \(header)") }
    #expect(
      header.contains("Typ") && header.contains("Deltagare") && header.contains("Kön: kvinna") && header.contains("Avslutsorsak 1"), "\(header)")
    #expect(!labels.out.contains(",full,") && labels.out.contains(",utvärdering,"))
    let english = String(try CLI.run(base + ["--lang", "en"]).out.prefix { $0 != "\r" })
    #expect(english.contains("Kind") && english.contains("Sex: kvinna") && english.contains("Exit reason 1"), "\(english)")
    let keys = String(try CLI.run(base + ["--csv-headers", "keys"]).out.prefix { $0 != "\r" })
    #expect(keys.hasPrefix("id,name,kind,version,participants,sex_"), "\(keys)")
  }
}
