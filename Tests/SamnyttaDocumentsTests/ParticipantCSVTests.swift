import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaTestSupport
import Testing

@Suite struct ParticipantCSVTests {
  let model: ModelDocument

  init() throws {
    let root = PackageRoot.url
    let path = root.appendingPathComponent("Models/se-2025.json").path
    model = try ModelDocument.decode([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
  }

  /// The participants a CSV text imports to, decoded back through the input format's own decoder.
  func participants(_ text: String) throws -> [Participant] {
    let objects = try ParticipantCSV.read(Array(text.utf8), file: "p.csv", model: model)
    let document = JSONOutput.object([
      "formatVersion": .integer(1), "name": .string("x"), "association": .string("y"), "cost": .object(["total": .integer(0)]),
      "participants": .array(objects),
    ])
    guard case .evaluation(let input, _) = try InputDocument.decode(Array(document.rendered().utf8), file: "p.json").document else {
      Issue.record("not an evaluation")
      return []
    }
    #expect(InputRules.violations(in: input, model: PreparedModel(model.parameters)).isEmpty)
    return input.participants
  }

  /// The error lines a CSV text gives.
  func errors(_ text: String) -> [String] {
    do {
      _ = try ParticipantCSV.read(Array(text.utf8), file: "p.csv", model: model)
      return []
    } catch {
      return error.errors.map(\.description)
    }
  }

  @Test func rowsBecomeParticipantsPeriodsAndSpells() throws {
    let text = """
      \u{FEFF}deltagare;antal;period;försörjning;månader;omfattning;belopp;subvention;vård;vårdkontakter;kön;åldersgrupp\r
      B2;4;före;Aktivitetsersättning;12;;;;Besök i psykiatrisk öppenvård;10;man;25-29\r
      A1;2;före;  försörjningsstöd ;12;;9 500;;;;kvinna;\r
      A1;;före;ingen_offentlig_forsorjning;12;100 %;;;;;;20-24\r
      A1;2;efter;ARBETE UTAN SUBVENTION;9;;25000,50 kr;;Läkarbesök i primärvården;2;kvinna;\r
      A1;;efter;a-kassa;3;50;;;;;;\r
      B2;;efter;lönestöd;12;50;24000;60;;;;\r
      B2;;efter;;;;;;psykiatribesok;4,5;;\r

      """
    let ps = try participants(text)
    #expect(ps.map(\.id) == ["B2", "A1"])
    let a = ps[1]
    #expect(a.count == 2)
    #expect(a.attributes == ["sex": "kvinna", "ageBand": "20-24"])
    #expect(a.before.spells.map(\.state) == ["forsorjningsstod", "ingen_offentlig_forsorjning"])
    #expect(a.before.spells[0].monthlyAmount == Money(ore: 950_000))
    #expect(a.before.spells[1].extent == 1)
    #expect(a.after.spells.map(\.state) == ["arbete", "a_kassa"])
    #expect(a.after.spells[0].monthlyAmount == Money(ore: 2_500_050))
    #expect(a.after.spells[1].extent == 0.5)
    #expect(a.after.care.map(\.type) == ["lakarbesok_primarvard"])
    let b = ps[0]
    #expect(b.count == 4)
    #expect(b.after.spells.count == 1)
    #expect(b.after.spells[0].subsidyShare == 0.6)
    #expect(b.after.care.map(\.count) == [4.5])
  }

  @Test func englishHeadersAndCommaSeparators() throws {
    let ps = try participants("id,period,state,months,extent,amount\nP1,before,social assistance,12,,8000\nP1,after,arbete,12,\"62,5\",23000\n")
    #expect(ps.count == 1)
    #expect(ps[0].before.spells[0].state == "forsorjningsstod")
    #expect(ps[0].after.spells[0].extent == 0.625)
  }

  @Test("A period whose rows state no support is refused at its first row, in the state column")
  func aPeriodWithoutAStateIsRefused() throws {
    #expect(
      errors("deltagare;period;försörjning;månader\nP1;före;arbete;12\nP1;efter;;\n") == [
        "p.csv:3: column 'försörjning': participant 'P1', period 'efter': has no spells; a period without public support is stated with the state 'ingen_offentlig_forsorjning'"
      ])
    // Said with its state (by code or name), the same period is accepted.
    let ps = try participants("deltagare;period;försörjning;månader\nP1;före;arbete;12\nP1;efter;Ingen offentlig försörjning;12\n")
    #expect(ps[0].after.spells.map(\.state) == ["ingen_offentlig_forsorjning"])
  }

  @Test func everyBadRowIsReportedWithItsLineAndColumn() {
    let text = """
      deltagare;antal;period;försörjning;månader;omfattning;belopp;subvention
      P1;1;före;försörjningsstöd;13,5;;;
      P1;2;efter;arbete;12;;;
      P2;;mitten;arbete;12;;;
      ;;före;arbete;12;;;
      P3;;före;fiskare;12;;;
      P3;;efter;arbete;;150;-5;
      P4;;före;arbete;12;;abc;
      P4;;efter;sjukpenning;12;;;120
      P5;;före;arbete;12;;;
      """
    #expect(
      errors(text)
        == [
          "p.csv:2: column 'månader': '13,5' is not a number of months above 0 and at most 12",
          "p.csv:3: column 'antal': '2' differs from '1' on line 2 for participant 'P1'",
          "p.csv:4: column 'period': 'mitten' is not a period; expected före, efter or kontrafaktisk (before, after or counterfactual)",
          "p.csv:5: column 'deltagare': is empty; every row needs a participant id",
          "p.csv:6: column 'försörjning': unknown state 'fiskare'; write a state code or its Swedish name under model se-2025: "
            + model.parameters.states.map(\.code).joined(separator: ", "),
          "p.csv:7: column 'månader': is empty; a spell needs its months (above 0, at most 12)",
          "p.csv:7: column 'omfattning': '150' is not a percentage of full time from 1 to 100 (100 = full time, 50 = half time)",
          "p.csv:7: column 'belopp': '-5' must not be negative",
          "p.csv:8: column 'belopp': 'abc' is not an amount in kronor per month",
          "p.csv:9: column 'subvention': '120' is not a percentage of the labour cost from 0 to 100",
          "p.csv:10: column 'period': participant 'P5' has no row for the period efter (after); give it one (a period without public support is a row with the state 'ingen_offentlig_forsorjning')",
        ].sorted(by: { lineOf($0) < lineOf($1) }))
  }

  func lineOf(_ message: String) -> Int { Int(message.split(separator: ":")[1]) ?? 0 }

  @Test func theModelsRulesAreReportedAtTheRowTheyConcern() {
    let text = """
      deltagare;period;försörjning;månader;omfattning;belopp;subvention
      P1;före;arbete;12;;;
      P1;efter;arbete;12;;;
      P2;före;arbete;12;;;
      P2;före;sjukpenning;6;;;
      P2;efter;ingen_offentlig_forsorjning;12;;250000;
      P3;före;ovrigt;12;;;
      P3;efter;sjukpenning;12;;;40
      """
    #expect(
      errors(text) == [
        "p.csv:4: column 'månader': participant 'P2', period 'före': holds 18 full-time months; a period holds at most 12",
        "p.csv:6: column 'belopp': state 'ingen_offentlig_forsorjning' has no salary or benefit to set an amount for",
        "p.csv:8: column 'subvention': state 'sjukpenning' has no wage subsidy",
      ])
  }

  @Test func aRuleOnTheWholeListNamesTheParticipantsWithoutALine() {
    let text = """
      deltagare;antal;period;försörjning;månader
      P1;6000000;före;arbete;12
      P1;6000000;efter;arbete;12
      P2;5000000;före;arbete;12
      P2;5000000;efter;arbete;12
      """
    #expect(errors(text) == ["p.csv: the participants stand for 11000000 people; an evaluation may stand for at most 10000000"])
  }

  /// A personnummer in any cell (id, kön, any text column, a cell outside the header, the header
  /// itself) is refused at its row and column, before any check that would quote the cell.
  @Test func personnummerInAnyCellIsRefusedWithoutRepeatingIt() {
    let refusal = PersonalDataCheck.message
    let text = """
      deltagare;period;försörjning;månader;kön;utbildning
      19900101-1234;före;arbete;12;;
      19900101-1234;efter;arbete;12;;
      P2;före;arbete;12;K;gymnasium
      P2;efter;arbete;12;kvinna 900101–1234;gymnasium
      P3;före 900101/1234;arbete;12;;
      P3;efter;arbete;12;;;pnr ９００１０１－１２３４
      """
    let found = errors(text)
    #expect(
      found == [
        "p.csv:2: column 'deltagare': " + refusal,
        "p.csv:3: column 'deltagare': " + refusal,
        "p.csv:5: column 'kön': " + refusal,
        "p.csv:6: column 'period': " + refusal,
        "p.csv:7: cell 7: " + refusal,
      ])
    // The differing kön on P2's rows and the bad period would otherwise be quoted.
    #expect(!found.contains { $0.contains("1234") || $0.contains("１２３４") })
    #expect(errors("deltagare;period;månader;900101-1234\nP1;före;12;x\n") == ["p.csv:1: header cell 4 " + refusal])
  }

  @Test func labelsWithNumbersThatAreNotOneImport() throws {
    let imported = try participants(
      "deltagare;period;försörjning;månader;utbildning\nD-2024-0001;före;arbete;12;gymnasium 3 år\nD-2024-0001;efter;arbete;12;\n")
    #expect(imported.map(\.id) == ["D-2024-0001"])
  }

  @Test func headerProblems() {
    #expect(
      errors("deltagare;period;månader;färg\nP1;före;12;röd\n") == [
        "p.csv:1: missing column 'försörjning' (or 'state')",
        "p.csv:1: the header's columns 'färg' are not import columns; known columns: deltagare, antal, period, försörjning, månader, omfattning, belopp, subvention, vård, vårdkontakter, kön, åldersgrupp, utbildning, hushåll, avslutsorsak, grupp (or in English: id, count, period, state, months, extent, amount, subsidy, care, care_count, sex, age_band, education, household, exit_reason, group)",
      ])
    #expect(errors("id;deltagare;period;state;months\n") == ["p.csv:1: column 'deltagare' repeats column 'id'"])
    #expect(errors("") == ["p.csv:1: the file is empty; expected a header line such as deltagare;antal;period;försörjning;månader;omfattning;belopp"])
    #expect(errors("id;period;state;months\n") == ["p.csv:1: no participant rows below the header"])
    #expect(errors("id;period;state;months\nP1;före;arbete;12;\"12\n") == ["p.csv:2: a quoted cell starting on this line is never closed"])
  }

  /// Spreadsheets carry columns of the association's own and remarks beside the table: left out,
  /// each with one note, never refused.
  @Test func extraColumnsAndCellsOutsideTheHeaderAreIgnoredWithANote() throws {
    let imported = try ParticipantCSV.load(
      Array("id;period;state;months;handläggare\nP1;före;arbete;12;Eva;ring\nP1;efter;arbete;12;Eva;igen\n".utf8), file: "p.csv", model: model)
    #expect(imported.participants.count == 1)
    #expect(imported.notes.count == 2)
    #expect(
      imported.notes.first?.description.hasPrefix(
        "p.csv:1: column 'handläggare' is not an import column and is ignored; known columns: deltagare, antal") == true
    )
    #expect(imported.notes.last?.description == "p.csv:2: cell 6 has no header, so its cells are ignored (from this row on)")
  }

  /// What spreadsheets and people write: names without å, ä, ö or in other capitals, thousands
  /// grouped with a point, tabs between cells, one attribute value in two spellings.
  @Test func forgivesWhatSpreadsheetsAndPeopleWrite() throws {
    let text =
      "deltagare\tperiod\tförsörjning\tmånader\tbelopp\tkön\n"
      + "P1\tFÖRE\tIngen offentlig forsorjning\t12\t\tKvinna\n"
      + "P1\tefter\tforsorjningsstod\t12\t17.000,50\tkvinna\n"
      + "P2\tfore\tARBETSLOSHETSERSATTNING (A-KASSA)\t12\t12,000.25\tkvinna \n"
      + "P2\tefter\tingen offentlig försörjning\t12\t\t\n"
    let imported = try participants(text)
    #expect(imported.map(\.id) == ["P1", "P2"])
    #expect(imported[0].before.spells.map(\.state) == ["ingen_offentlig_forsorjning"])
    #expect(imported[0].after.spells.map(\.state) == ["forsorjningsstod"])
    #expect(imported[0].after.spells[0].monthlyAmount == Money(ore: 1_700_050))
    #expect(imported[1].before.spells.map(\.state) == ["a_kassa"])
    #expect(imported[1].before.spells[0].monthlyAmount == Money(ore: 1_200_025))
    // "Kvinna" and "kvinna" are one group, written as first met.
    #expect(imported.map { $0.attributes["sex"] } == ["Kvinna", "Kvinna"])
  }

  /// `avslutsorsak` (or `exit_reason`): SUS's exit reason 1–3, once per participant or the same on
  /// every row; it becomes the input's `exitReason`, which the decoder checks again.
  @Test func exitReasonColumnBecomesTheInputsExitReason() throws {
    let text =
      "deltagare;period;försörjning;månader;avslutsorsak\n"
      + "P1;före;forsorjningsstod;12;1\nP1;efter;arbete;12;\n"
      + "P2;före;sjukpenning;12;3\nP2;efter;sjukpenning;12;3\n"
      + "P3;före;arbete;12;\nP3;efter;arbete;12;\n"
    let imported = try participants(text)
    #expect(imported.map { $0.attributes["exitReason"] } == ["1", "3", nil])
    let objects = try ParticipantCSV.read(Array(text.utf8), file: "p.csv", model: model)
    #expect(JSONOutput.array(objects).rendered().contains("\"exitReason\": 1"))
    let english = try participants("id,period,state,months,exit_reason\nP1,before,arbete,12,2\nP1,after,arbete,12,2\n")
    #expect(english[0].attributes["exitReason"] == "2")
  }

  @Test func aBadOrContradictoryExitReasonIsRefusedAtItsCell() {
    #expect(
      errors("id;period;state;months;avslutsorsak\nP1;före;arbete;12;4\nP1;efter;arbete;12;\n") == [
        "p.csv:2: column 'avslutsorsak': '4' is not an exit reason; expected SUS's avslutsorsak 1, 2 or 3"
      ])
    #expect(
      errors("id;period;state;months;exit_reason\nP1;före;arbete;12;1\nP1;efter;arbete;12;2\n") == [
        "p.csv:3: column 'exit_reason': '2' differs from '1' on line 2 for participant 'P1'"
      ])
    #expect(errors("id;period;state;months;avslutsorsak\nP1;före;arbete;12;arbete\nP1;efter;arbete;12;\n").count == 1)
  }

  /// The same column in a workbook, as a number cell.
  @Test func exitReasonFromAWorkbook() throws {
    let table = CSVTable(
      header: ["deltagare", "period", "försörjning", "månader", "avslutsorsak"],
      rows: [
        [.text("P1"), .text("före"), .text("arbete"), .integer(12), .integer(2)],
        [.text("P1"), .text("efter"), .text("arbete"), .integer(12), .text("")],
      ])
    let imported = try ParticipantCSV.load(XLSXWriter.workbook(table, sheetName: "Deltagare"), file: "d.xlsx", model: model)
    #expect(JSONOutput.array(imported.participants).rendered().contains("\"exitReason\": 2"))
  }

  @Test func anAmountWithBadGroupingIsStillRefused() {
    #expect(
      errors("id;period;state;months;belopp\nP1;före;forsorjningsstod;12;1.23,5\nP1;efter;arbete;12;\n") == [
        "p.csv:2: column 'belopp': '1.23,5' is not an amount in kronor per month"
      ])
  }

  // MARK: - xlsx

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The bundled template in both forms imports to the same participants (the workbook stores
  /// omfattning and subvention as percent-formatted cells, amounts as numbers, shared strings
  /// with rich-text runs, a second sheet).
  @Test func theXLSXTemplateImportsAsTheCSVTemplate() throws {
    let csv = [UInt8](try Data(contentsOf: Self.root.appendingPathComponent("Docs/examples/participants-template.csv")))
    let xlsx = [UInt8](try Data(contentsOf: Self.root.appendingPathComponent("Docs/examples/participants-template.xlsx")))
    let fromCSV = try ParticipantCSV.load(csv, file: "t.csv", model: model)
    let fromXLSX = try ParticipantCSV.load(xlsx, file: "t.xlsx", model: model)
    #expect(!fromCSV.participants.isEmpty)
    #expect(JSONOutput.array(fromXLSX.participants).rendered() == JSONOutput.array(fromCSV.participants).rendered())
    #expect(fromXLSX.notes.isEmpty)
  }

  /// A workbook whose cells break rules: every message names the sheet, row and cell.
  @Test func xlsxMessagesNameSheetRowAndCell() throws {
    let table = CSVTable(
      header: ["deltagare", "period", "försörjning", "månader", "omfattning"],
      rows: [
        [.text("P1"), .text("före"), .text("arbete"), .integer(12), .number(150, decimals: 0)],
        [.text("P1"), .text("efter"), .text("okänt"), .integer(12), .text("")],
      ])
    let bytes = XLSXWriter.workbook(table, sheetName: "Deltagare")
    do {
      _ = try ParticipantCSV.load(bytes, file: "d.xlsx", model: model)
      Issue.record("accepted")
    } catch {
      #expect(
        error.errors.map(\.description) == [
          "d.xlsx: sheet 'Deltagare', row 2, cell E2: column 'omfattning': '150' is not a percentage of full time from 1 to 100 (100 = full time, 50 = half time)",
          "d.xlsx: sheet 'Deltagare', row 3, cell C3: column 'försörjning': unknown state 'okänt'; write a state code or its Swedish name under model se-2025: \(model.parameters.states.map(\.code).joined(separator: ", "))",
        ])
    }
    #expect(throws: DataErrors.self) { try ParticipantCSV.load(bytes, file: "d.xlsx", model: model, sheet: "Blad9") }
    #expect(throws: DataErrors.self) { try ParticipantCSV.load(Array("id;period\n".utf8), file: "d.csv", model: model, sheet: "Blad1") }
    #expect(throws: DataErrors.self) { try ParticipantCSV.load(Array(bytes.prefix(bytes.count / 2)), file: "d.xlsx", model: model) }
  }

  @Test(arguments: [
    ("Försörjningsstöd (ekonomiskt bistånd)", "forsorjningsstod"), ("försörjningsstöd", "forsorjningsstod"),
    ("Ekonomiskt  bistånd", "forsorjningsstod"),
    ("Arbetslöshetsersättning", "a_kassa"), ("A-kassa", "a_kassa"), ("Lönebidrag", "lonebidrag"), ("unemployment insurance", "a_kassa"),
  ])
  func stateNames(name: String, code: String) throws {
    let ps = try participants("id;period;state;months\nP1;före;\(name);6\nP1;efter;arbete;12\n")
    #expect(ps.first?.before.spells.first?.state == code)
  }
}
