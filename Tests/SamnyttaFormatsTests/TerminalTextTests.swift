import SamnyttaFormats
import Testing

/// User text printed on a terminal shows its control characters instead of obeying them.
@Suite struct TerminalTextTests {
  @Test func plainTextIsLeftAlone() {
    for text in ["Samordningsförbundet Östra Skaraborg", "Åsa 👩🏽‍💻 Ölund", "", "a\\u{1B}b"] {
      #expect(TerminalText.escaped(text) == text)
    }
  }

  @Test(arguments: [
    ("\u{1B}]0;pwned\u{7}name", "\\u{1B}]0;pwned\\u{7}name"),  // retitle the window
    ("\u{1B}[2J", "\\u{1B}[2J"),  // clear the screen
    ("\u{0}\u{1F}\u{7F}", "\\u{0}\\u{1F}\\u{7F}"),
    ("\u{80}\u{9B}31m\u{9F}", "\\u{80}\\u{9B}31m\\u{9F}"),  // C1, including the one-byte CSI
    ("line\nbreak\r\ntab\t", "line\\u{A}break\\u{D}\\u{A}tab\\u{9}"),
    ("abc\u{202E}fed", "abc\\u{202E}fed"),  // Trojan Source: right-to-left override
    ("\u{202A}\u{202B}\u{202C}\u{202D}\u{2066}\u{2067}\u{2068}\u{2069}", "\\u{202A}\\u{202B}\\u{202C}\\u{202D}\\u{2066}\\u{2067}\\u{2068}\\u{2069}"),
    ("a\u{2028}b\u{2029}", "a\\u{2028}b\\u{2029}"),
  ])
  func controlAndBidiCharactersAreShownVisibly(text: String, shown: String) {
    #expect(TerminalText.escaped(text) == shown)
    #expect(!TerminalText.escaped(text).unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
  }

  @Test func aTextTableEscapesEveryCellAndStillLinesUp() {
    let lines = TextTable.lines([["namn", "vg"], ["A\u{1B}[31m", "1"], ["two\nlines", "22"]], indent: "  ")
    #expect(lines == ["  namn           vg", "  A\\u{1B}[31m     1", "  two\\u{A}lines  22"])
  }

  @Test func aDocumentEscapesEachLineAndEndsEachWithANewline() {
    #expect(TerminalText.document(["Titel: \u{1B}[2J", "", "x"]) == "Titel: \\u{1B}[2J\n\nx\n")
  }

  @Test func multiLineTextKeepsItsLineFeedsOnly() {
    #expect(TerminalText.escapedKeepingLineFeeds("error: '\u{1B}[2J'\r\nhint\n") == "error: '\\u{1B}[2J'\\u{D}\nhint\n")
  }

  @Test func jsonOutputEscapesTheSameCharactersAndReadsBackTheSame() throws {
    let text = "a\u{1B}[2J\u{7F}\u{9B}\u{202E}\u{2028}ö"
    let json = JSONOutput.string(text).rendered()
    #expect(json.hasPrefix("\"a\\u001b[2J\\u007f\\u009b\\u202e\\u2028ö\""))
    guard case .string(let back) = try JSONParser.parse(Array(json.utf8)).kind else {
      Issue.record("not a string")
      return
    }
    #expect(back == text)
  }
}
