import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaTestSupport
import Testing

/// `Models/se-2025.json`'s skatteverket parameters against Skatteverket's 2025 monthly tax tables
/// (column 1; the method is described in SamnyttaEngineTests/SkatteverketTaxTests.swift).
@Suite("se-2025's tax parameters reproduce Skatteverket's 2025 tables")
struct ModelTaxTableTests {
  static let rows: [(table: Int, monthly: Int64, tax: Int64)] = [
    (32, 15_100, 2_185), (32, 23_200, 4_179), (32, 29_600, 5_841), (32, 40_200, 8_631), (32, 53_600, 12_921), (33, 30_200, 6_182),
  ]

  @Test("monthly table amounts within the table's rounding", arguments: rows)
  func row(_ row: (table: Int, monthly: Int64, tax: Int64)) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Models/se-2025.json")
    let model = try ModelDocument.decode([UInt8](try Data(contentsOf: url)), file: "se-2025.json").parameters
    guard case .skatteverket = model.taxRules else {
      Issue.record("se-2025 does not use the skatteverket rules")
      return
    }
    var rates = model.taxes
    let kommunal = (Double(row.table) - 1.16) / 100
    rates.municipalRate = kommunal * 0.6
    rates.regionalRate = kommunal * 0.4
    let annual = Money.kronor(row.monthly * 12)
    let tax = IncomeTax(taxable: annual, work: annual, rates: rates, rules: model.taxRules)
    // The table's rate includes 1,16 points of burial and church fee (not a tax of an actor), added here.
    let fee = (Double(tax.taxableIncome.ore / 100) * 0.0116).rounded(.down)
    let monthly = ((tax.net.kronorValue + fee) / 12).rounded(.down)
    #expect(abs(monthly - Double(row.tax)) <= 1, "table \(row.table), \(row.monthly) kr: \(monthly) against \(row.tax)")
  }
}
