import SamnyttaEngine
import Testing

/// The personnummer rule (Docs/input-format.md, "Personal identity numbers"), table-driven: each
/// written variant that must be caught, the shapes the rule always caught, and texts that are not one.
@Suite("Personal identity numbers")
struct PersonalIdentityNumberTests {
  /// Variants the first rule let through: other dashes, other digits, text around the number,
  /// `/` and `.` separators, no-break and zero-width characters.
  static let variants: [(name: String, text: String)] = [
    ("en dash", "850101\u{2013}1234"),
    ("minus sign", "850101\u{2212}1234"),
    ("em dash, long form", "19850101\u{2014}1234"),
    ("hyphen U+2010", "850101\u{2010}1234"),
    ("non-breaking hyphen U+2011", "850101\u{2011}1234"),
    ("full-width digits and hyphen-minus", "８５０１０１－１２３４"),
    ("full-width digits, no separator", "１９８５０１０１１２３４"),
    ("Arabic-Indic digits", "٨٥٠١٠١-١٢٣٤"),
    ("Devanagari digits, long form", "१९८५०१०११२३४"),
    ("mathematical bold digits", "\u{1D7D6}\u{1D7D3}\u{1D7CE}\u{1D7CF}\u{1D7CE}\u{1D7CF}\u{1D7CF}\u{1D7D0}\u{1D7D1}\u{1D7D2}"),
    ("prefix, long form", "id 19850101-1234"),
    ("prefix and suffix", "pnr:850101-1234x"),
    ("suffix only", "8501011234x"),
    ("inside a sentence", "Deltagare (19850101-1234) hänvisad från AF"),
    ("name and number", "Anna 8501011234"),
    ("slash", "850101/1234"),
    ("slash, long form", "19850101/1234"),
    ("dot", "850101.1234"),
    ("full-width slash", "850101\u{FF0F}1234"),
    ("no-break space", "850101\u{00A0}1234"),
    ("narrow no-break space", "850101\u{202F}1234"),
    ("no-break spaces around a dash", "850101\u{00A0}-\u{00A0}1234"),
    ("zero-width space between digits", "8501\u{200B}01-1234"),
    ("zero-width joiner before the separator", "850101\u{200D}-1234"),
    ("word joiner", "850101\u{2060}1234"),
    ("byte order mark first", "\u{FEFF}850101-1234"),
    ("soft hyphen as separator", "850101\u{00AD}1234"),
    ("samordningsnummer with en dash", "850161\u{2013}1234"),
    ("samordningsnummer inside text", "snr 19850191+1234 (ny)"),
  ]

  /// The shapes the rule caught from the start; they must stay caught.
  static let documentedShapes = [
    "8501011234", "850101-1234", "850101+1234", "198501011234", "19850101-1234", "19850101+1234", "850101 1234", " 850101-1234 ",
    "8501 01 1234", "19850101 1234", "850161-1234", "199001611234", "900101-1234", "19900161-1234", "850101 - 1234",
  ]

  /// Texts that are not a personnummer, each for a stated reason.
  static let negatives: [(reason: String, text: String)] = [
    ("pseudonym", "p1"), ("pseudonym", "D001"), ("pseudonym", "typfall-A"), ("pseudonym", "deltagare-12"), ("short number", "1234"),
    ("year and month", "2015-01"), ("letters and six digits", "AB-123456"), ("month 13", "991399-1234"), ("day 32", "850132-1234"),
    ("month 00", "850001-1234"), ("day 00", "850100-1234"), ("day 92 (samordning 32)", "850192-1234"),
    ("amount with decimals", "8501011234.50"), ("amount with a decimal comma", "8501011234,75"), ("decimal fraction", "0.8501011234"),
    ("amount with decimals after a separator", "850101-1234,50"), ("amount grouped by spaces", "1 250 000 kr"),
    ("grouped amount in text", "Kostnad 12 500 000 kr"), ("date range", "2024-01-01–2024-12-31"), ("compact date range", "20240101-20241231"),
    ("organisation number", "802456-1234"), ("organisation number", "556677-8899"), ("11 digits", "85010112345"),
    ("13 digits", "1985010112345"), ("five last digits", "850101-12345"), ("three last digits", "850101-123"),
    ("two separators", "850101--1234"), ("seven date digits", "8501011-1234"), ("a year", "Verksamhetsår 2024"),
    ("phone number in groups", "tel 08-123 456 78"), ("empty", ""), ("spaces in a grouped number inside text", "konto 8501 01 1234"),
  ]

  @Test(arguments: variants)
  func variantIsCaught(name: String, text: String) {
    #expect(PersonalIdentityNumber.looksLikeOne(text), "\(name)")
  }

  @Test(arguments: documentedShapes)
  func documentedShapeIsCaught(text: String) {
    #expect(PersonalIdentityNumber.looksLikeOne(text))
  }

  @Test(arguments: negatives)
  func notOne(reason: String, text: String) {
    #expect(!PersonalIdentityNumber.looksLikeOne(text), "\(reason): \(text)")
  }
}
