import SamnyttaEngine
import SamnyttaFormats

/// Participants from a spreadsheet (Docs/input-format.md, "Importing participants from a
/// spreadsheet"): one row per participant, period and spell, turned into the `participants` array
/// of an evaluation input.
///
/// Associations keep participant lists in Excel, not JSON, so the import speaks the spreadsheet's
/// language: Swedish headers, state names as well as codes, percentages, decimal commas. Every
/// problem is reported with its line and column, all at once, and the model's own input rules are
/// run on the result, so a file that imports cleanly also validates.
public enum ParticipantCSV {
  /// The columns an import file may have.
  public enum Column: String, CaseIterable, Sendable {
    case id, count, period, state, months, extent, monthlyAmount, subsidy, care, careCount, sex, ageBand, education, household, exitReason, group

    /// The header the template and the documentation use.
    public var header: String {
      switch self {
      case .id: "deltagare"
      case .count: "antal"
      case .period: "period"
      case .state: "försörjning"
      case .months: "månader"
      case .extent: "omfattning"
      case .monthlyAmount: "belopp"
      case .subsidy: "subvention"
      case .care: "vård"
      case .careCount: "vårdkontakter"
      case .sex: "kön"
      case .ageBand: "åldersgrupp"
      case .education: "utbildning"
      case .household: "hushåll"
      case .exitReason: "avslutsorsak"
      case .group: "grupp"
      }
    }

    /// Other accepted headers (English, and Swedish without å, ä, ö), compared after `normalized`.
    var aliases: [String] {
      switch self {
      case .id: ["id", "deltagarid", "participant"]
      case .count: ["count"]
      case .period: []
      case .state: ["forsorjning", "state"]
      case .months: ["manader", "months"]
      case .extent: ["extent"]
      case .monthlyAmount: ["manadsbelopp", "amount", "monthlyamount"]
      case .subsidy: ["lonesubvention", "subsidy"]
      case .care: ["vard", "care", "vardtyp", "caretype"]
      case .careCount: ["vardkontakter", "carecount", "carecontacts"]
      case .sex: ["kon", "sex"]
      case .ageBand: ["aldersgrupp", "ageband"]
      case .education: ["education"]
      case .household: ["hushall", "household"]
      case .exitReason: ["exitreason"]
      case .group: ["group"]
      }
    }

    /// The input format's attribute key, for the attribute columns.
    var attributeKey: String? {
      switch self {
      case .sex: "sex"
      case .ageBand: "ageBand"
      case .education: "education"
      case .household: "household"
      default: nil
      }
    }

    static let required: [Column] = [.id, .period, .state, .months]
    static let spellDetails: [Column] = [.months, .extent, .monthlyAmount, .subsidy]
    static let attributes: [Column] = [.sex, .ageBand, .education, .household]

    /// Headers compare without case, spaces, `_`, `-`, and a trailing unit in parentheses (`omfattning (%)`).
    static func normalized(_ header: String) -> String {
      var text = header.trimmedBlank
      if text.hasSuffix(")"), let open = text.lastIndex(of: "(") { text = String(text[..<open]) }
      return String(text.lowercased().filter { !($0.isWhitespace || $0 == "_" || $0 == "-") })
    }

    static func named(_ header: String) -> Column? {
      let key = normalized(header)
      return allCases.first { normalized($0.header) == key || $0.aliases.contains(key) }
    }
  }

  /// The periods, as the period column writes them (compared by ``nameKey(_:)``): 0 before, 1 after,
  /// 2 the stated counterfactual (the situation expected without the intervention).
  static let periodWords: [String: Int] = [
    "fore": 0, "forelage": 0, "before": 0,
    "efter": 1, "efterlage": 1, "after": 1,
    "kontrafaktisk": 2, "kontrafaktiskt": 2, "kontrafaktiskt lage": 2, "counterfactual": 2,
  ]

  /// The groups, as the group column writes them: `false` the participants (also an empty cell),
  /// `true` the comparison group (people who did not take part, followed over the same periods).
  static let groupWords: [String: Bool] = [
    "deltagare": false, "deltagargrupp": false, "participant": false, "participants": false,
    "jamforelse": true, "jamforelsegrupp": true, "kontrollgrupp": true, "comparison": true, "comparison group": true,
  ]

  /// What an import read, split by group.
  struct Groups {
    var participants: [Record] = []
    var comparison: [Record] = []
  }

  /// What an import read: the participant objects of an evaluation input, in the order their ids
  /// first appear, and notes on what was left out (columns the import does not know), each with
  /// its place in the file, for the user to see on standard error.
  public struct Import: Sendable {
    public var participants: [JSONOutput]
    /// The comparison group's records (rows whose `grupp` is `jämförelse`); empty without one.
    public var comparison: [JSONOutput] = []
    /// Each note as an error value (not thrown), so that it renders in the command line's language.
    public var notes: [DataError]
  }

  /// Reads an import file's bytes and returns the participant objects of an evaluation input, in
  /// the order their ids first appear. Throws every problem found, each naming `file` and a line.
  public static func read(_ bytes: [UInt8], file: String, model: ModelDocument) throws(DataErrors) -> [JSONOutput] {
    try load(bytes, file: file, model: model).participants
  }

  /// Reads CSV text or an .xlsx workbook (its first sheet, or `sheet`), with notes.
  public static func load(_ bytes: [UInt8], file: String, model: ModelDocument, sheet: String? = nil) throws(DataErrors) -> Import {
    let table = try Table.read(bytes, file: file, sheet: sheet)
    // Every cell, header included, before anything else: the messages below quote cells, and a
    // personnummer must never be repeated.
    let personal = PersonalDataCheck.errors(in: table.document, file: file).map { error in
      var located = error
      located.sheet = table.sheet
      return located
    }
    if !personal.isEmpty { throw DataErrors(personal) }
    var reader = Reader(file: file, model: model, sheet: table.sheet)
    let groups = reader.read(table.document)
    if !reader.errors.isEmpty { throw DataErrors(reader.errors.sorted { ($0.line ?? 0) < ($1.line ?? 0) }) }
    return Import(participants: groups.participants.map(\.json), comparison: groups.comparison.map(\.json), notes: reader.notes)
  }

  /// One participant's rows gathered by id.
  struct Record {
    var id: String
    var firstLine: Int
    var count: (value: Int, text: String, line: Int)?
    /// SUS's avslutsorsak 1–3, given once per participant or the same on every row.
    var exitReason: (value: Int, text: String, line: Int)?
    var attributes: [String: (value: String, line: Int)] = [:]
    /// Before, after and the counterfactual (which has no rows unless the file states one).
    var periods: [PeriodRows] = [PeriodRows(), PeriodRows(), PeriodRows()]
    /// A row of this participant had a bad period, so a missing period is not reported as well.
    var periodUnknown = false

    init(id: String, line: Int) {
      self.id = id
      firstLine = line
    }

    var json: JSONOutput {
      var object: [String: JSONOutput] = ["id": .string(id), "before": periods[0].json, "after": periods[1].json]
      if periods[2].firstLine != nil { object["counterfactual"] = periods[2].json }
      if let count { object["count"] = .integer(count.value) }
      if let exitReason { object[InputDocument.exitReasonKey] = .integer(exitReason.value) }
      for (key, value) in attributes { object[key] = .string(value.value) }
      return .object(object)
    }

    var participant: Participant {
      var p = Participant(
        id: id, count: count?.value ?? 1, before: periods[0].period, after: periods[1].period,
        counterfactual: periods[2].firstLine == nil ? nil : periods[2].period)
      p.attributes = attributes.mapValues(\.value)
      if let exitReason { p.attributes[InputDocument.exitReasonKey] = String(exitReason.value) }
      return p
    }
  }

  struct PeriodRows {
    var firstLine: Int?
    var label = ""
    var spells: [SpellRow] = []
    var care: [CareRow] = []

    var json: JSONOutput {
      var object: [String: JSONOutput] = ["spells": .array(spells.map(\.json))]
      if !care.isEmpty { object["care"] = .array(care.map(\.json)) }
      return .object(object)
    }

    var period: Period {
      Period(
        spells: spells.map {
          Spell(
            state: $0.state, months: $0.months.double, extent: $0.extent?.hundredth.double ?? 1, monthlyAmount: $0.monthlyAmount?.money,
            subsidyShare: $0.subsidy?.hundredth.double)
        },
        care: care.map { CareUse(type: $0.type, count: $0.count.double) })
    }
  }

  struct SpellRow {
    var line: Int
    var state: String
    var months: DecimalText
    /// Percent of full time; the input format's share is a hundredth of it.
    var extent: DecimalText?
    var monthlyAmount: DecimalText?
    /// Percent of the labour cost.
    var subsidy: DecimalText?

    var json: JSONOutput {
      var object: [String: JSONOutput] = ["state": .string(state), "months": .number(months.json)]
      if let extent { object["extent"] = .number(extent.hundredth.json) }
      if let monthlyAmount { object["monthlyAmount"] = .number(monthlyAmount.json) }
      if let subsidy { object["subsidyShare"] = .number(subsidy.hundredth.json) }
      return .object(object)
    }
  }

  struct CareRow {
    var line: Int
    var type: String
    var count: DecimalText
    var json: JSONOutput { .object(["type": .string(type), "count": .number(count.json)]) }
  }

  /// Reads the records of one file, collecting every problem.
  struct Reader {
    let file: String
    let model: ModelDocument
    /// The workbook sheet being read (messages then name its rows and cells), or `nil` for CSV.
    let sheet: String?
    let states: [String: String]
    let careTypes: [String: String]
    var errors: [DataError] = []
    var notes: [DataError] = []
    /// The header as written, for messages.
    var headers: [Column: String] = [:]
    var positions: [Column: Int] = [:]
    /// Header cells the import does not know: left out, with a note.
    var ignored: [String] = []
    /// Cell positions beyond the header already noted, so each gets one note.
    var notedOutside: Set<Int> = []
    /// Per attribute key, the first spelling of each value (by ``ParticipantCSV/nameKey(_:)``):
    /// "Kvinna" and "kvinna" are one group, written as first met.
    var spellings: [String: [String: String]] = [:]

    init(file: String, model: ModelDocument, sheet: String? = nil) {
      self.file = file
      self.model = model
      self.sheet = sheet
      states = ParticipantCSV.nameIndex(codes: model.parameters.states.map(\.code), names: model.names)
      careTypes = ParticipantCSV.nameIndex(codes: model.parameters.careTypes.map(\.code), names: model.names)
    }

    mutating func fail(_ line: Int?, _ column: Column?, _ message: DataMessage) {
      let reason = column.map { DataMessage.inColumn(headers[$0] ?? $0.header, message) } ?? message
      // A workbook's message names the cell (D3); a CSV line has no fixed column positions.
      let cell = sheet == nil ? nil : column.flatMap { positions[$0] }.map { $0 + 1 }
      errors.append(DataError(file: file, path: "", line: line, column: cell, reason: reason, sheet: sheet))
    }

    mutating func note(_ line: Int?, _ message: DataMessage) {
      notes.append(DataError(file: file, path: "", line: line, reason: message, sheet: sheet))
    }

    mutating func read(_ document: CSVReader.Document) -> Groups {
      guard let header = document.records.first else {
        fail(1, nil, .emptyImportFile(template: ParticipantCSV.templateHeader(document.separator)))
        return Groups()
      }
      readHeader(header)
      guard errors.isEmpty else { return Groups() }
      let rows = document.records.dropFirst()
      if rows.isEmpty { fail(header.line, nil, .noRowsBelowHeader) }

      var groups = Groups()
      var index: [String: Int] = [:]
      var comparisonIndex: [String: Int] = [:]
      var ungrouped: Set<String> = []
      for row in rows {
        let before = errors.count
        // Cells beyond the header (a remark beside the table) are left out, with one note per column.
        let headed = Set(positions.values)
        for i in row.cells.indices
        where !headed.contains(i) && (i >= header.cells.count || header.cells[i].isBlank)
          && !row.cells[i].isBlank && !notedOutside.contains(i)
        {
          notedOutside.insert(i)
          note(row.line, .cellsWithoutHeader(column: i, spreadsheet: sheet != nil))
        }
        guard let id = cell(row, .id) else {
          fail(row.line, .id, .emptyId)
          continue
        }
        var inComparison = false
        if let groupText = cell(row, .group) {
          guard let group = ParticipantCSV.groupWords[ParticipantCSV.nameKey(groupText)] else {
            fail(row.line, .group, .notAGroup(groupText))
            // Its period may be the one the participant seems to lack: that is not reported as well.
            ungrouped.insert(id)
            continue
          }
          inComparison = group
        }
        let r: Int
        if let known = inComparison ? comparisonIndex[id] : index[id] {
          r = known
        } else if inComparison {
          r = groups.comparison.count
          comparisonIndex[id] = r
          groups.comparison.append(Record(id: id, line: row.line))
        } else {
          r = groups.participants.count
          index[id] = r
          groups.participants.append(Record(id: id, line: row.line))
        }
        if inComparison {
          read(row, into: &groups.comparison[r], errorsBefore: before)
        } else {
          read(row, into: &groups.participants[r], errorsBefore: before)
        }
      }
      for record in groups.participants + groups.comparison where !record.periodUnknown && !ungrouped.contains(record.id) {
        for p in [0, 1] where record.periods[p].firstLine == nil {
          fail(record.firstLine, .period, .missingPeriod(id: record.id, after: p == 1, noSupportState: noSupportState))
        }
      }
      if errors.isEmpty { checkRules(groups) }
      return groups
    }

    /// One row's cells into its record: the participant's cells, then a spell and care entry of its period.
    mutating func read(_ row: CSVReader.Record, into record: inout Record, errorsBefore before: Int) {
      readParticipantCells(row, into: &record)
      guard let periodText = cell(row, .period) else {
        fail(row.line, .period, .emptyPeriod)
        record.periodUnknown = true
        return
      }
      guard let p = ParticipantCSV.periodWords[ParticipantCSV.nameKey(periodText)] else {
        fail(row.line, .period, .notAPeriod(periodText))
        record.periodUnknown = true
        return
      }
      if record.periods[p].firstLine == nil {
        record.periods[p].firstLine = row.line
        record.periods[p].label = periodText
      }
      let spell = readSpell(row)
      let care = readCare(row)
      // A row with any bad cell adds nothing, so the model's rules below see only good rows.
      guard errors.count == before else { return }
      if let spell { record.periods[p].spells.append(spell) }
      if let care { record.periods[p].care.append(care) }
    }

    /// The model's state for no public support, which the message names ('ingen_offentlig_forsorjning').
    var noSupportState: String? { PreparedModel(model.parameters).noPublicSupportState }

    mutating func readHeader(_ header: CSVReader.Record) {
      for (i, text) in header.cells.enumerated() {
        let name = text.trimmedBlank
        if name.isEmpty { continue }
        guard let column = Column.named(name) else {
          // A column of the association's own (a remark, a case officer) is left out, not refused.
          ignored.append(name)
          note(header.line, .columnIgnored(name))
          continue
        }
        if let earlier = headers[column] {
          fail(header.line, nil, .repeatedColumn(name, earlier: earlier))
          continue
        }
        headers[column] = name
        positions[column] = i
      }
      let missing = Column.required.filter { positions[$0] == nil }
      for column in missing { fail(header.line, nil, .missingColumn(column.header, alias: column.aliases.last ?? column.header)) }
      if !missing.isEmpty && !ignored.isEmpty {
        fail(header.line, nil, .notImportColumns(ignored))
      }
      if (positions[.care] == nil) != (positions[.careCount] == nil) {
        let (has, lacks) = positions[.care] == nil ? (Column.careCount, Column.care) : (.care, .careCount)
        fail(header.line, nil, .columnNeedsPartner(headers[has] ?? has.header, partner: lacks.header))
      }
    }

    /// The cell of `column` in `row`, trimmed; `nil` when the column is absent or the cell blank.
    func cell(_ row: CSVReader.Record, _ column: Column) -> String? {
      guard let i = positions[column], i < row.cells.count else { return nil }
      let text = row.cells[i].trimmedBlank
      return text.isEmpty ? nil : text
    }

    /// `antal` and the attribute labels: given once per participant, or the same on every row.
    mutating func readParticipantCells(_ row: CSVReader.Record, into record: inout Record) {
      if let text = cell(row, .count) {
        if let number = DecimalText(grouped: text), !number.negative, number.isWhole, let n = Int(number.digits), n >= 1, n <= InputRules.maximumCount
        {
          if let earlier = record.count, earlier.value != n {
            fail(row.line, .count, .differsFromEarlier(text, earlier: earlier.text, line: earlier.line, id: record.id))
          } else if record.count == nil {
            record.count = (n, text, row.line)
          }
        } else {
          fail(row.line, .count, .countNotWhole(text))
        }
      }
      if let text = cell(row, .exitReason) {
        // A whole number 1–3; SUS's labels are the report's (the portfolio), the sheet gives the number.
        if let number = DecimalText(grouped: text), !number.negative, number.isWhole, let n = Int(number.digits), (1...3).contains(n) {
          if let earlier = record.exitReason, earlier.value != n {
            fail(row.line, .exitReason, .differsFromEarlier(text, earlier: earlier.text, line: earlier.line, id: record.id))
          } else if record.exitReason == nil {
            record.exitReason = (n, text, row.line)
          }
        } else {
          fail(row.line, .exitReason, .notAnExitReason(text))
        }
      }
      for column in Column.attributes {
        guard let key = column.attributeKey, let written = cell(row, column) else { continue }
        let text = spellings[key, default: [:]][ParticipantCSV.nameKey(written)] ?? written
        spellings[key, default: [:]][ParticipantCSV.nameKey(written)] = text
        if let earlier = record.attributes[key], earlier.value != text {
          fail(row.line, column, .differsFromEarlier(text, earlier: earlier.value, line: earlier.line, id: record.id))
        } else if record.attributes[key] == nil {
          record.attributes[key] = (text, row.line)
        }
      }
    }

    mutating func readSpell(_ row: CSVReader.Record) -> SpellRow? {
      guard let stateText = cell(row, .state) else {
        for column in Column.spellDetails where cell(row, column) != nil {
          fail(row.line, column, .givenWithoutState(stateHeader: headers[.state] ?? Column.state.header))
        }
        return nil
      }
      let code = states[ParticipantCSV.nameKey(stateText)]
      if code == nil {
        fail(row.line, .state, .unknownImportState(stateText, model: model.parameters.id, codes: model.parameters.states.map(\.code)))
      }
      let months = number(row, .months, expected: .months) { $0 > 0 && $0 <= InputRules.periodMonths }
      if cell(row, .months) == nil { fail(row.line, .months, .emptyMonths) }
      let extent = number(row, .extent, suffix: "%", expected: .extent) {
        $0 >= 1 && $0 <= 100
      }
      let subsidy = number(row, .subsidy, suffix: "%", expected: .subsidy) { $0 >= 0 && $0 <= 100 }
      var amount: DecimalText? = nil
      if let text = cell(row, .monthlyAmount) {
        let bare = text.lowercased().hasSuffix("kr") ? String(text.dropLast(2)) : text
        if let value = DecimalText(grouped: bare), value.money != nil, !value.negative {
          amount = value
        } else if let value = DecimalText(grouped: bare), value.negative {
          fail(row.line, .monthlyAmount, .negativeImportAmount(text))
        } else if let value = DecimalText(grouped: bare), value.scale > 2 {
          fail(row.line, .monthlyAmount, .importAmountTooPrecise(text))
        } else {
          fail(row.line, .monthlyAmount, .notAnAmount(text))
        }
      }
      guard let code, let months else { return nil }
      return SpellRow(line: row.line, state: code, months: months, extent: extent, monthlyAmount: amount, subsidy: subsidy)
    }

    mutating func readCare(_ row: CSVReader.Record) -> CareRow? {
      let typeText = cell(row, .care)
      let count = number(row, .careCount, expected: .contacts) { $0 >= 0 && $0 <= InputRules.maximumContacts }
      switch (typeText, cell(row, .careCount)) {
      case (nil, nil): return nil
      case (nil, _):
        fail(row.line, .care, .emptyButGiven(other: headers[.careCount] ?? Column.careCount.header))
        return nil
      case (_, nil):
        fail(row.line, .careCount, .emptyButGiven(other: headers[.care] ?? Column.care.header))
        return nil
      case (let typeText?, _):
        guard let type = careTypes[ParticipantCSV.nameKey(typeText)] else {
          fail(row.line, .care, .unknownImportCareType(typeText, model: model.parameters.id, codes: model.parameters.careTypes.map(\.code)))
          return nil
        }
        guard let count else { return nil }
        return CareRow(line: row.line, type: type, count: count)
      }
    }

    /// A number cell (an optional unit suffix allowed) that must satisfy `valid`; reports otherwise.
    mutating func number(
      _ row: CSVReader.Record, _ column: Column, suffix: String? = nil, expected: DataMessage.NumberExpectation, valid: (Double) -> Bool
    ) -> DecimalText? {
      guard let text = cell(row, column) else { return nil }
      var bare = text
      if let suffix, bare.hasSuffix(suffix) { bare = String(bare.dropLast(suffix.count)) }
      guard let value = DecimalText(grouped: bare), valid(value.double) else {
        fail(row.line, column, .notANumber(text, expected: expected))
        return nil
      }
      return value
    }

    /// Runs the model's input rules on the participants and reports each broken rule at the row and
    /// column it came from (the amount limits, amounts on states without one, 12 months per period,
    /// personnummer-like ids).
    mutating func checkRules(_ groups: Groups) {
      let input = EvaluationInput(
        name: "import", association: "import", cost: InterventionCost(total: .zero), participants: groups.participants.map(\.participant),
        comparison: groups.comparison.isEmpty ? nil : ComparisonGroup(participants: groups.comparison.map(\.participant)))
      for violation in InputRules.violations(in: input, model: PreparedModel(model.parameters)) {
        let place = ParticipantCSV.locate(violation.location, in: groups)
        // A period without spells lacks a state, whatever the location's usual column (months).
        let column = if case .periodWithoutSpells = violation.rule { Column.state } else { place.column }
        fail(place.line, column, .importedRule(violation.rule, context: place.context))
      }
    }
  }

  /// State and care-type names, periods and attribute values compare trimmed, without case,
  /// without diacritics ("Ingen offentlig forsorjning" is "Ingen offentlig försörjning"), and
  /// with runs of spaces as one.
  static func nameKey(_ text: String) -> String {
    var folded = String.UnicodeScalarView()
    for scalar in text.lowercased().unicodeScalars {
      // Combining marks (a decomposed "å" is "a" and U+030A) are dropped; precomposed letters mapped.
      if (0x300...0x36F).contains(scalar.value) { continue }
      if let plain = diacriticFree[scalar] { folded.append(plain) } else { folded.append(scalar) }
    }
    return String(folded).split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The lowercase Latin letters with diacritics a Swedish list may hold, without them.
  static let diacriticFree: [Unicode.Scalar: Unicode.Scalar] = {
    var map: [Unicode.Scalar: Unicode.Scalar] = [:]
    for (plain, marked) in [("a", "åäàáâãā"), ("o", "öøòóôõō"), ("e", "éèêëē"), ("u", "üùúûū"), ("i", "íìîïī"), ("c", "ç"), ("n", "ñ"), ("y", "ýÿ")] {
      for scalar in marked.unicodeScalars { map[scalar] = plain.unicodeScalars.first }
    }
    return map
  }()

  /// Every way a code may be written, to the code: the code itself, the Swedish and English names,
  /// the names without a parenthesised remark ("Försörjningsstöd" for "Försörjningsstöd
  /// (ekonomiskt bistånd)"), and a remark without digits ("a-kassa"). An earlier kind wins over a
  /// later one; a spelling two codes share within one kind is not accepted at all.
  static func nameIndex(codes: [String], names: [String: LocalizedName]) -> [String: String] {
    func main(_ name: String) -> String {
      guard let open = name.firstIndex(of: "(") else { return name }
      return String(name[..<open])
    }
    func remark(_ name: String) -> String? {
      guard let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close else { return nil }
      let text = String(name[name.index(after: open)..<close])
      return text.contains(where: \.isNumber) ? nil : text
    }
    let named = codes.compactMap { code in names[code].map { (code, $0) } }
    let kinds: [[(alias: String, code: String)]] = [
      codes.map { ($0, $0) },
      named.flatMap { [($1.sv, $0), ($1.en, $0)] },
      named.flatMap { [(main($1.sv), $0), (main($1.en), $0)] },
      named.compactMap { code, name in remark(name.sv).map { ($0, code) } },
    ]
    var index: [String: String] = [:]
    for kind in kinds {
      var claims: [String: Set<String>] = [:]
      for (alias, code) in kind where index[nameKey(alias)] == nil && !nameKey(alias).isEmpty { claims[nameKey(alias), default: []].insert(code) }
      for (key, claimants) in claims where claimants.count == 1 { index[key] = claimants.first }
    }
    return index
  }

  /// The template's header line, for the message about an empty file.
  static func templateHeader(_ separator: Character) -> String {
    [Column.id, .count, .period, .state, .months, .extent, .monthlyAmount].map(\.header).joined(separator: String(separator))
  }
}

extension String {
  /// Without leading and trailing whitespace (no Foundation needed).
  var trimmedBlank: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
