import SamnyttaEngine
import SamnyttaFormats

/// What is wrong with a file's contents, as a value each ``Language`` renders: the readers name
/// the fault and the values it quotes, and the command line renders it in the language it was
/// asked for (Swedish by default). Text from the file is held already shortened
/// (``Swift/String/quotedForMessage``) where it is quoted.
public indirect enum DataMessage: Sendable, Hashable {
  /// A message not yet translated, English in every language (model files, the database).
  case untranslated(String)
  case invalidJSON(SyntaxMessage)
  /// A CSV text that cannot be split into cells, or an .xlsx workbook that cannot be read.
  case syntax(SyntaxMessage)
  /// A broken input rule, as the engine found it.
  case rule(BrokenRule)
  /// A problem in a model file.
  case model(ModelMessage)

  // The JSON reader (any document)
  case expectedType(ValueType, found: ValueType)
  case unknownKey(String, allowed: [String])
  case missingKey(String)
  /// A string that must be one of `expected`; `what` names its kind when it is known.
  case unknownName(String, what: NameKind, expected: [String])
  case numberOutOfRange(String)
  case expectedWholeNumber(found: String)
  case amountOutOfRange(String)
  case amountTooPrecise(String)

  // Evaluation and summary inputs
  case unsupportedFormatVersion(Int, newest: Int)
  case emptyEvaluationId
  case referenceOnlyNational
  /// A summary's `potential` or `cost` given without `revenue`.
  case needsRevenue(String)
  case expectedPriceYear
  case priceYearOutOfRange(Int)
  case unknownKind(String)
  case exitReasonOutOfRange(Int)

  /// Text that looks like a personnummer; the text itself is never held. `elsewhere` lists the
  /// other places in the same file (at most ten), `elsewhereCount` how many there are in all.
  case personalIdentityNumber(PersonalNumberPlace, elsewhere: [Elsewhere] = [], elsewhereCount: Int = 0)

  // A participant import (CSV or .xlsx)
  /// A message about one column's cell: the column as its header writes it.
  case inColumn(String, DataMessage)
  /// A rule the engine found broken, with the participant and period it came from.
  case importedRule(BrokenRule, context: ImportContext)
  case sheetForCSV(String)
  /// `--base` names a summary document, which has no participant records.
  case summaryHasNoParticipants
  case emptyImportFile(template: String)
  case noRowsBelowHeader
  case emptyId
  case notAGroup(String)
  case missingPeriod(id: String, after: Bool, noSupportState: String?)
  case emptyPeriod
  case notAPeriod(String)
  case repeatedColumn(String, earlier: String)
  case missingColumn(String, alias: String)
  case notImportColumns([String])
  case columnNeedsPartner(String, partner: String)
  case differsFromEarlier(String, earlier: String, line: Int, id: String)
  case countNotWhole(String)
  case notAnExitReason(String)
  case givenWithoutState(stateHeader: String)
  case unknownImportState(String, model: String, codes: [String])
  case emptyMonths
  case notANumber(String, expected: NumberExpectation)
  case negativeImportAmount(String)
  case importAmountTooPrecise(String)
  case notAnAmount(String)
  case emptyButGiven(other: String)
  case unknownImportCareType(String, model: String, codes: [String])
  // Notes on an import (not errors)
  case cellsWithoutHeader(column: Int, spreadsheet: Bool)
  case columnIgnored(String)

  /// The type of a JSON value, as a message names it.
  public enum ValueType: Sendable, Hashable, CaseIterable {
    case null, boolean, number, string, array, object
    /// `true or false`, `a whole number` where a reader expects them.
    case wholeNumber

    public init(_ value: JSONValue) {
      switch value.kind {
      case .null: self = .null
      case .bool: self = .boolean
      case .number: self = .number
      case .string: self = .string
      case .array: self = .array
      case .object: self = .object
      }
    }
  }

  /// What kind of name an unknown one was meant to be.
  public enum NameKind: Sendable, Hashable, CaseIterable { case value, perspective, actor }

  /// Where a personnummer-like text sits.
  public enum PersonalNumberPlace: Sendable, Hashable {
    /// A JSON string value (the path names it).
    case value
    /// The `n`th key of a JSON object (1-based).
    case key(Int)
    /// The `n`th cell of a CSV header (1-based).
    case headerCell(Int)
    /// A cell below the header, in the column the header names (`nil`: the header's text is not
    /// shown, and `cell` is the 1-based position).
    case cell(header: String?, position: Int)
  }

  /// Another place in the file that looks like a personnummer.
  public struct Elsewhere: Sendable, Hashable {
    public var line: Int?
    public var path: String
    public init(line: Int?, path: String) {
      self.line = line
      self.path = path
    }
  }

  /// Which participant and period an imported rule is about, when it is about more than one cell.
  public enum ImportContext: Sendable, Hashable {
    case none
    /// The participants as a whole.
    case participants
    /// The participant's id.
    case id(String)
    case participant(String)
    case period(id: String, label: String)
    indirect case comparison(ImportContext)
  }

  /// What a number cell must hold.
  public enum NumberExpectation: Sendable, Hashable, CaseIterable { case months, extent, subsidy, contacts }

  /// One of each message, for the test that every message exists in both languages.
  public static let examples: [DataMessage] = {
    var all: [DataMessage] = [
      .untranslated("model text"), .expectedType(.string, found: .number), .expectedType(.object, found: .array),
      .expectedType(.wholeNumber, found: .string), .expectedType(.boolean, found: .null), .expectedType(.array, found: .object),
      .unknownKey("nmae", allowed: ["name", "id"]), .missingKey("name"), .unknownName("x", what: .value, expected: ["a", "b"]),
      .unknownName("x", what: .perspective, expected: ["a"]), .unknownName("x", what: .actor, expected: ["a"]), .numberOutOfRange("1e999"),
      .expectedWholeNumber(found: "1.5"), .amountOutOfRange("1e20"), .amountTooPrecise("1.005"),
      .unsupportedFormatVersion(2, newest: 1), .emptyEvaluationId, .referenceOnlyNational, .needsRevenue("cost"), .expectedPriceYear,
      .priceYearOutOfRange(1800), .unknownKind("x"), .exitReasonOutOfRange(4), .personalIdentityNumber(.value),
      .personalIdentityNumber(.key(2)), .personalIdentityNumber(.headerCell(3)), .personalIdentityNumber(.cell(header: "deltagare", position: 1)),
      .personalIdentityNumber(.cell(header: nil, position: 4)),
      .personalIdentityNumber(.value, elsewhere: [Elsewhere(line: 3, path: "$.participants[0].id")], elsewhereCount: 1),
      .personalIdentityNumber(.value, elsewhere: [Elsewhere(line: 3, path: "")], elsewhereCount: 12),
      .inColumn("månader", .emptyMonths), .sheetForCSV("Deltagare"), .summaryHasNoParticipants, .emptyImportFile(template: "deltagare;period"),
      .noRowsBelowHeader,
      .emptyId, .notAGroup("x"), .missingPeriod(id: "p1", after: false, noSupportState: "ingen"),
      .missingPeriod(id: "p1", after: true, noSupportState: nil), .emptyPeriod, .notAPeriod("x"),
      .repeatedColumn("id", earlier: "deltagare"), .missingColumn("period", alias: "period"), .notImportColumns(["x", "y"]),
      .columnNeedsPartner("vård", partner: "vårdkontakter"), .differsFromEarlier("2", earlier: "1", line: 2, id: "p1"), .countNotWhole("1,5"),
      .notAnExitReason("4"), .givenWithoutState(stateHeader: "försörjning"), .unknownImportState("x", model: "se-2026", codes: ["fs"]),
      .emptyMonths, .negativeImportAmount("-1"), .importAmountTooPrecise("1,005"), .notAnAmount("x"), .emptyButGiven(other: "vård"),
      .unknownImportCareType("x", model: "se-2026", codes: ["psykiatri"]), .cellsWithoutHeader(column: 3, spreadsheet: false),
      .cellsWithoutHeader(column: 3, spreadsheet: true), .columnIgnored("handläggare"),
    ]
    all += NumberExpectation.allCases.map { .notANumber("x", expected: $0) }
    all += SyntaxMessage.examples.prefix(3).map { .invalidJSON($0) } + SyntaxMessage.examples.suffix(2).map { .syntax($0) }
    let contexts: [ImportContext] = [
      .none, .participants, .id("p1"), .participant("p1"), .period(id: "p1", label: "före"), .comparison(.participants),
    ]
    all += contexts.map { .importedRule(.monthsOutOfRange(14), context: $0) }
    all += BrokenRule.examples.prefix(3).map { .rule($0) } + ModelMessage.examples.prefix(3).map { .model($0) }
    return all
  }()

  public func text(_ l: Language) -> String {
    let sv = l == .sv
    switch self {
    case .untranslated(let text): return text
    case .invalidJSON(let syntax): return (sv ? "ogiltig JSON: " : "invalid JSON: ") + syntax.text(l)
    case .syntax(let syntax): return syntax.text(l)
    case .rule(let rule): return rule.text(l)
    case .model(let message): return message.text(l)

    case .expectedType(let expected, let found):
      let wanted = expected == .boolean ? (sv ? "true eller false" : "true or false") : Self.text(expected, l)
      return sv ? "förväntade \(wanted), men värdet är \(Self.text(found, l))" : "expected \(wanted), found \(Self.text(found, l))"
    case .unknownKey(let key, let allowed):
      let keys = allowed.sorted().joined(separator: ", ")
      return sv ? "okänd nyckel '\(key.quotedForMessage)'; tillåtna nycklar: \(keys)" : "unknown key '\(key.quotedForMessage)'; allowed keys: \(keys)"
    case .missingKey(let key): return sv ? "nyckeln '\(key)' saknas" : "missing required key '\(key)'"
    case .unknownName(let name, let what, let expected):
      let list = expected.joined(separator: ", ")
      let word =
        switch what {
        case .value: sv ? "okänt värde" : "unknown value"
        case .perspective: sv ? "okänt perspektiv" : "unknown perspective"
        case .actor: sv ? "okänd aktör" : "unknown actor"
        }
      return sv ? "\(word) '\(name.quotedForMessage)'; möjliga värden: \(list)" : "\(word) '\(name.quotedForMessage)'; expected one of: \(list)"
    case .numberOutOfRange(let text):
      return sv ? "talet \(text.quotedForMessage) ligger utanför giltigt intervall" : "number \(text.quotedForMessage) is out of range"
    case .expectedWholeNumber(let text):
      return sv ? "förväntade ett heltal, men värdet är \(text.quotedForMessage)" : "expected a whole number, found \(text.quotedForMessage)"
    case .amountOutOfRange(let text):
      return sv ? "beloppet \(text.quotedForMessage) ligger utanför giltigt intervall" : "amount \(text.quotedForMessage) is out of range"
    case .amountTooPrecise(let text):
      return sv
        ? "beloppet \(text.quotedForMessage) har fler än två decimaler (öre)" : "amount \(text.quotedForMessage) has more than two decimals (öre)"

    case .unsupportedFormatVersion(let version, let newest):
      return sv
        ? "formatversion \(version) stöds inte; programmet läser version \(newest)"
        : "format version \(version) is not supported; this program reads version \(newest)"
    case .emptyEvaluationId: return sv ? "ett evaluationId får inte vara tomt" : "an evaluationId must not be empty"
    case .referenceOnlyNational:
      return sv
        ? "'reference' får bara vara \"national\": posten som varje jämförelse visar bredvid sin grupp"
        : "'reference' may only be \"national\": the entry every comparison shows beside its group"
    case .needsRevenue(let key):
      return sv
        ? "'\(key)' kräver 'revenue'; utan den räknas beloppen fram ur 'published'"
        : "'\(key)' needs 'revenue'; without it the amounts are derived from 'published'"
    case .expectedPriceYear: return sv ? "förväntade ett år, till exempel 2025, eller \"unknown\"" : "expected a year such as 2025, or \"unknown\""
    case .priceYearOutOfRange(let year):
      return sv ? "förväntade ett år mellan 1900 och 2200, men är \(year)" : "expected a year between 1900 and 2200, got \(year)"
    case .unknownKind(let kind):
      return sv
        ? "okänd dokumenttyp '\(kind.quotedForMessage)'; möjliga värden: evaluation, summary"
        : "unknown kind '\(kind.quotedForMessage)'; expected evaluation or summary"
    case .exitReasonOutOfRange(let reason):
      return sv
        ? "avslutsorsaken ska vara SUS avslutsorsak 1, 2 eller 3, men är \(reason)" : "an exit reason is SUS's avslutsorsak 1, 2 or 3, got \(reason)"

    case .personalIdentityNumber(let place, let elsewhere, let count):
      return Self.text(place, l) + Self.text(elsewhere, count: count, l)

    case .inColumn(let header, let message):
      return (sv ? "kolumn '\(header.quotedForMessage)': " : "column '\(header.quotedForMessage)': ") + message.text(l)
    case .importedRule(let rule, let context): return Self.text(context, l) + rule.text(l)
    case .sheetForCSV(let sheet):
      return sv
        ? "--sheet '\(sheet)' anger ett blad i en .xlsx-arbetsbok, men filen är CSV-text"
        : "--sheet '\(sheet)' names a sheet of an .xlsx workbook, but this file is CSV text"
    case .summaryHasNoParticipants:
      return sv
        ? "ett sammanfattningsdokument har inga deltagare att importera till; använd ett utvärderingsdokument"
        : "a summary document has no participants to import into; use an evaluation document"
    case .emptyImportFile(let template):
      return sv ? "filen är tom; förväntade en rubrikrad som \(template)" : "the file is empty; expected a header line such as \(template)"
    case .noRowsBelowHeader: return sv ? "inga deltagarrader under rubrikraden" : "no participant rows below the header"
    case .emptyId: return sv ? "är tom; varje rad behöver ett deltagar-id" : "is empty; every row needs a participant id"
    case .notAGroup(let text):
      return sv
        ? "'\(text.quotedForMessage)' är ingen grupp; förväntade deltagare eller jämförelse"
        : "'\(text.quotedForMessage)' is not a group; expected deltagare or jämförelse (participants or comparison)"
    case .missingPeriod(let id, let after, let state):
      let hint = state.map { "'\($0)'" }
      if sv {
        return
          "deltagaren '\(id.quotedForMessage)' har ingen rad för perioden \(after ? "efter" : "före"); lägg till en (en period utan offentlig försörjning är en rad med \(hint.map { "försörjningen \($0)" } ?? "modellens försörjning för det"))"
      }
      return
        "participant '\(id.quotedForMessage)' has no row for the period \(after ? "efter (after)" : "före (before)"); give it one (a period without public support is a row with the state \(hint ?? "of the model"))"
    case .emptyPeriod: return (sv ? "är tom; " : "is empty; ") + Self.periodExpected(l)
    case .notAPeriod(let text):
      return (sv ? "'\(text.quotedForMessage)' är ingen period; " : "'\(text.quotedForMessage)' is not a period; ") + Self.periodExpected(l)
    case .repeatedColumn(let name, let earlier):
      return sv
        ? "kolumnen '\(name.quotedForMessage)' upprepar kolumnen '\(earlier)'" : "column '\(name.quotedForMessage)' repeats column '\(earlier)'"
    case .missingColumn(let header, let alias):
      return sv ? "kolumnen '\(header)' (eller '\(alias)') saknas" : "missing column '\(header)' (or '\(alias)')"
    case .notImportColumns(let names):
      let list = names.map { "'\($0)'" }.joined(separator: ", ")
      return sv
        ? "rubrikradens kolumner \(list) är inte importkolumner; \(Self.knownColumns(l))"
        : "the header's columns \(list) are not import columns; \(Self.knownColumns(l))"
    case .columnNeedsPartner(let has, let partner):
      return sv
        ? "kolumnen '\(has.quotedForMessage)' behöver en kolumn '\(partner)' bredvid sig"
        : "column '\(has.quotedForMessage)' needs a column '\(partner)' beside it"
    case .differsFromEarlier(let text, let earlier, let line, let id):
      return sv
        ? "'\(text.quotedForMessage)' skiljer sig från '\(earlier.quotedForMessage)' på rad \(line) för deltagaren '\(id.quotedForMessage)'"
        : "'\(text.quotedForMessage)' differs from '\(earlier.quotedForMessage)' on line \(line) for participant '\(id.quotedForMessage)'"
    case .countNotWhole(let text):
      return sv
        ? "'\(text.quotedForMessage)' är inte ett heltal från 1 till \(InputRules.maximumCount)"
        : "'\(text.quotedForMessage)' is not a whole number from 1 to \(InputRules.maximumCount)"
    case .notAnExitReason(let text):
      return sv
        ? "'\(text.quotedForMessage)' är ingen avslutsorsak; förväntade SUS avslutsorsak 1, 2 eller 3"
        : "'\(text.quotedForMessage)' is not an exit reason; expected SUS's avslutsorsak 1, 2 or 3"
    case .givenWithoutState(let header):
      return sv ? "är ifylld men '\(header.quotedForMessage)' är tom" : "is given but '\(header.quotedForMessage)' is empty"
    case .unknownImportState(let text, let model, let codes):
      let list = codes.joined(separator: ", ")
      return sv
        ? "okänd försörjning '\(text.quotedForMessage)'; skriv en försörjningskod eller dess svenska namn i modellen \(model): \(list)"
        : "unknown state '\(text.quotedForMessage)'; write a state code or its Swedish name under model \(model): \(list)"
    case .emptyMonths:
      return sv ? "är tom; varje försörjning behöver sina månader (mer än 0, högst 12)" : "is empty; a spell needs its months (above 0, at most 12)"
    case .notANumber(let text, let expected):
      return (sv ? "'\(text)' är inte " : "'\(text)' is not ") + Self.text(expected, l)
    case .negativeImportAmount(let text): return sv ? "'\(text)' får inte vara negativt" : "'\(text)' must not be negative"
    case .importAmountTooPrecise(let text): return sv ? "'\(text)' har fler än två decimaler (öre)" : "'\(text)' has more than two decimals (öre)"
    case .notAnAmount(let text):
      return sv
        ? "'\(text.quotedForMessage)' är inte ett belopp i kronor per månad" : "'\(text.quotedForMessage)' is not an amount in kronor per month"
    case .emptyButGiven(let other):
      return sv ? "är tom men '\(other.quotedForMessage)' är ifylld" : "is empty but '\(other.quotedForMessage)' is given"
    case .unknownImportCareType(let text, let model, let codes):
      let list = codes.joined(separator: ", ")
      return sv
        ? "okänd vårdtyp '\(text.quotedForMessage)'; skriv en vårdtypskod eller dess svenska namn i modellen \(model): \(list)"
        : "unknown care type '\(text.quotedForMessage)'; write a care-type code or its Swedish name under model \(model): \(list)"
    case .cellsWithoutHeader(let column, let spreadsheet):
      let place =
        spreadsheet
        ? (sv ? "kolumn \(XLSXWorkbook.columnName(column))" : "column \(XLSXWorkbook.columnName(column))")
        : (sv ? "cell \(column + 1)" : "cell \(column + 1)")
      return sv
        ? "\(place) saknar rubrik, så dess celler hoppas över (från och med den här raden)"
        : "\(place) has no header, so its cells are ignored (from this row on)"
    case .columnIgnored(let name):
      return sv
        ? "kolumnen '\(name)' är ingen importkolumn och hoppas över; \(Self.knownColumns(l))"
        : "column '\(name)' is not an import column and is ignored; \(Self.knownColumns(l))"
    }
  }

  static func text(_ type: ValueType, _ l: Language) -> String {
    let sv = l == .sv
    return switch type {
    case .null: "null"
    case .boolean: sv ? "ett sanningsvärde" : "a boolean"
    case .number: sv ? "ett tal" : "a number"
    case .string: sv ? "en textsträng" : "a string"
    case .array: sv ? "en lista" : "an array"
    case .object: sv ? "ett objekt" : "an object"
    case .wholeNumber: sv ? "ett heltal" : "a whole number"
    }
  }

  static func text(_ place: PersonalNumberPlace, _ l: Language) -> String {
    let sv = l == .sv
    let refusal =
      sv
      ? "ser ut som ett personnummer; indata måste vara pseudonymiserade, så texten upprepas inte här: ta bort numret eller använd en pseudonym"
      : PersonalDataCheck.message
    return switch place {
    case .value: refusal
    case .key(let n): (sv ? "nyckel \(n) " : "key \(n) ") + refusal
    case .headerCell(let n): (sv ? "rubrikcell \(n) " : "header cell \(n) ") + refusal
    case .cell(let header?, _): (sv ? "kolumn '\(header.quotedForMessage)': " : "column '\(header.quotedForMessage)': ") + refusal
    case .cell(nil, let position): "cell \(position): " + refusal
    }
  }

  static func text(_ elsewhere: [Elsewhere], count: Int, _ l: Language) -> String {
    guard count > 0 else { return "" }
    let shown = elsewhere.map { place in (place.line.map { l == .sv ? "rad \($0) " : "line \($0) " } ?? "") + place.path }
    let more = count > shown.count ? ", …" : ""
    return l == .sv
      ? " (\(count) till i den här filen: \(shown.joined(separator: ", "))\(more))"
      : " (\(count) more in this file: \(shown.joined(separator: ", "))\(more))"
  }

  static func text(_ context: ImportContext, _ l: Language) -> String {
    let sv = l == .sv
    return switch context {
    case .none: ""
    case .participants: sv ? "deltagarna " : "the participants "
    case .id(let id): "'\(id.quotedForMessage)': "
    case .participant(let id): sv ? "deltagaren '\(id.quotedForMessage)': " : "participant '\(id.quotedForMessage)': "
    case .period(let id, let label):
      sv ? "deltagaren '\(id.quotedForMessage)', perioden '\(label)': " : "participant '\(id.quotedForMessage)', period '\(label)': "
    case .comparison(let inner): (sv ? "jämförelsegruppen, " : "comparison group, ") + text(inner, l)
    }
  }

  static func text(_ expected: NumberExpectation, _ l: Language) -> String {
    let sv = l == .sv
    return switch expected {
    case .months: sv ? "ett antal månader över 0 och högst 12" : "a number of months above 0 and at most 12"
    case .extent:
      sv
        ? "en andel av heltid i procent från 1 till 100 (100 = heltid, 50 = halvtid)"
        : "a percentage of full time from 1 to 100 (100 = full time, 50 = half time)"
    case .subsidy: sv ? "en andel av lönekostnaden i procent från 0 till 100" : "a percentage of the labour cost from 0 to 100"
    case .contacts: sv ? "ett antal kontakter från 0 till 10000" : "a number of contacts from 0 to 10000"
    }
  }

  static func periodExpected(_ l: Language) -> String {
    l == .sv ? "förväntade före, efter eller kontrafaktisk" : "expected före, efter or kontrafaktisk (before, after or counterfactual)"
  }

  static func knownColumns(_ l: Language) -> String {
    let swedish = ParticipantCSV.Column.allCases.map(\.header).joined(separator: ", ")
    let english =
      "id, count, period, state, months, extent, amount, subsidy, care, care_count, sex, age_band, education, household, exit_reason, group"
    return l == .sv ? "kända kolumner: \(swedish) (eller på engelska: \(english))" : "known columns: \(swedish) (or in English: \(english))"
  }
}
