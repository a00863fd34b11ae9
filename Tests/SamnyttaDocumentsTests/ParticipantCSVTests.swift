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
    #expect(errors(text) == [
      "p.csv:2: column 'månader': '13,5' is not a number of months above 0 and at most 12",
      "p.csv:3: column 'antal': '2' differs from '1' on line 2 for participant 'P1'",
      "p.csv:4: column 'period': 'mitten' is not a period; expected före or efter (before or after)",
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
    #expect(errors(text) == [
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
    #expect(found == [
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
    #expect(errors("deltagare;period;månader;färg\nP1;före;12;röd\n") == [
      "p.csv:1: unknown column 'färg'; known columns: deltagare, antal, period, försörjning, månader, omfattning, belopp, subvention, vård, vårdkontakter, kön, åldersgrupp, utbildning, hushåll (or in English: id, count, period, state, months, extent, amount, subsidy, care, care_count, sex, age_band, education, household)",
      "p.csv:1: missing column 'försörjning' (or 'state')",
    ])
    #expect(errors("id;deltagare;period;state;months\n") == ["p.csv:1: column 'deltagare' repeats column 'id'"])
    #expect(errors("") == ["p.csv:1: the file is empty; expected a header line such as deltagare;antal;period;försörjning;månader;omfattning;belopp"])
    #expect(errors("id;period;state;months\n") == ["p.csv:1: no participant rows below the header"])
    #expect(errors("id;period;state;months\nP1;före;arbete;\"12\n") == ["p.csv:2: a quoted cell starting on this line is never closed"])
  }

  @Test func cellsOutsideTheHeaderAreRefused() {
    #expect(errors("id;period;state;months\nP1;före;arbete;12;x\nP1;efter;arbete;12\n") == ["p.csv:2: cell 5 ('x') is outside the header's columns"])
  }

  @Test(arguments: [
    ("Försörjningsstöd (ekonomiskt bistånd)", "forsorjningsstod"), ("försörjningsstöd", "forsorjningsstod"), ("Ekonomiskt  bistånd", "forsorjningsstod"),
    ("Arbetslöshetsersättning", "a_kassa"), ("A-kassa", "a_kassa"), ("Lönebidrag", "lonebidrag"), ("unemployment insurance", "a_kassa"),
  ])
  func stateNames(name: String, code: String) throws {
    let ps = try participants("id;period;state;months\nP1;före;\(name);6\nP1;efter;arbete;12\n")
    #expect(ps.first?.before.spells.first?.state == code)
  }
}
