import Foundation
import SamnyttaDocuments
import SamnyttaTestSupport
import Testing

@testable import SamnyttaEngine

/// The fast path (``ResolvedInput`` and its evaluations) against the general path under every
/// shipped model and under models drawn from their parameter spaces: the same accounts, record by
/// record, on seeded random inputs that use every state and care type.
@Suite struct ShippedModelResolvedInputTests {
  static let models = ["se-2016", "se-2025", "se-2026"]

  static func model(_ id: String) throws -> ModelDocument {
    try ModelDocument.decode([UInt8](try Data(contentsOf: PackageRoot.url("Models/\(id).json"))), file: "\(id).json")
  }

  /// A random valid period under `parameters`: time-taking spells within 12 full-time months, maybe
  /// states that take no time, amounts and shares only where the state has a salary, benefit or subsidy.
  static func period(_ parameters: ParameterSet, _ rng: inout SplitMix64) -> Period {
    var spells: [Spell] = []
    var left = 12.0
    for _ in 0..<Int.random(in: 1...4, using: &rng) {
      let state = parameters.states.randomElement(using: &rng)!
      let months = Double(Int.random(in: 1...24, using: &rng)) / 2
      let extent = [0.25, 0.5, 0.75, 1.0].randomElement(using: &rng)!
      if state.occupiesTime {
        guard months * extent <= left else { continue }
        left -= months * extent
      }
      let amount: Money? =
        (state.work != nil || state.benefit != nil) && Bool.random(using: &rng) ? .kronor(Int64.random(in: 0...60_000, using: &rng)) : nil
      let share: Double? = state.work?.subsidy != nil && Bool.random(using: &rng) ? Double.random(in: 0...1, using: &rng) : nil
      spells.append(Spell(state: state.code, months: months, extent: extent, monthlyAmount: amount, subsidyShare: share))
    }
    if spells.isEmpty, let none = parameters.states.first(where: { $0.occupiesTime && $0.work == nil && $0.benefit == nil }) {
      spells.append(Spell(state: none.code, months: 12))
    }
    let care = parameters.careTypes.compactMap { type in
      Bool.random(using: &rng) ? CareUse(type: type.code, count: Double(Int.random(in: 0...30, using: &rng))) : nil
    }
    return Period(spells: spells, care: care)
  }

  static func input(_ parameters: ParameterSet, seed: UInt64, records: Int = 80) -> EvaluationInput {
    var rng = SplitMix64(state: seed)
    let participants = (0..<records).map { i in
      Participant(id: "r\(i)", count: Int.random(in: 1...4, using: &rng), before: period(parameters, &rng), after: period(parameters, &rng))
    }
    return EvaluationInput(name: "Random", association: "Test", cost: InterventionCost(total: .kronor(4_000_000)), participants: participants)
  }

  /// Each record's accounts as the general path computes them: rules checked, then `emitFlows` per period.
  static func general(_ input: EvaluationInput, _ model: PreparedModel) throws -> [(before: PeriodAccount, after: PeriodAccount)] {
    let resolved = try model.validated(input)
    return input.participants.indices.map { i in
      let periods = resolved.periods(i)
      return (model.account(periods.before.0, periods.before.1), model.account(periods.after.0, periods.after.1))
    }
  }

  @Test(arguments: models)
  func sameAccountsAsTheGeneralPath(id: String) throws {
    let document = try Self.model(id)
    let model = PreparedModel(document.parameters)
    let space = document.parameterSpace
    for seed in [1, 2, 3, 2025] as [UInt64] {
      let input = Self.input(document.parameters, seed: seed)
      let resolved = try #require(EvaluationKernel.resolve(input.participants, model: model))
      let expected = try Self.general(input, model)
      let accounts = try #require(model.accounts(resolved))
      #expect(accounts.map(\.before) == expected.map(\.before), "\(id) seed \(seed)")
      #expect(accounts.map(\.after) == expected.map(\.after), "\(id) seed \(seed)")
      let result = try model.evaluate(input)
      #expect(result.participants.map(\.before) == expected.map(\.before))

      // Drawn models keep the structure: the same resolved input, evaluated under each.
      var rng = SplitMix64(state: seed &* 7919)
      for k in 0..<6 {
        let quantiles = space.groups.map { _ in Double.random(in: 0.01...0.99, using: &rng) }
        let parameters = space.applying(quantiles: quantiles, to: document.parameters)
        let drawn = k % 2 == 0 ? PreparedModel(parameters) : PreparedModel(parameters, sharingCodesWith: model)
        let drawnAccounts = try #require(drawn.accounts(resolved), "\(id): a drawn model keeps the structure")
        let drawnExpected = try Self.general(input, drawn)
        #expect(drawnAccounts.map(\.before) == drawnExpected.map(\.before), "\(id) seed \(seed) drawn")
        #expect(drawnAccounts.map(\.after) == drawnExpected.map(\.after), "\(id) seed \(seed) drawn")
      }
    }
  }

  /// The tax on the hot path (``CompiledTax``) against the rules' own computation, on random incomes,
  /// on every bracket edge and its neighbours, and under drawn models.
  @Test(arguments: models)
  func compiledTaxIsTheRulesTax(id: String) throws {
    let document = try Self.model(id)
    var rng = SplitMix64(state: 11)
    var parameterSets = [document.parameters]
    for _ in 0..<5 {
      parameterSets.append(
        document.parameterSpace.applying(
          quantiles: document.parameterSpace.groups.map { _ in Double.random(in: 0...1, using: &rng) }, to: document.parameters))
    }
    var checked = 0
    var different = 0
    for parameters in parameterSets {
      let model = PreparedModel(parameters)
      var incomes = (0..<4_000).map { _ in Money(ore: Int64.random(in: -100_000...300_000_000, using: &rng)) }
      for bracket in model.taxBrackets where bracket.upTo.isFinite {
        let edge = Int64((bracket.upTo * 100).rounded())
        incomes += (-300...300).map { Money(ore: edge + $0) }
      }
      for taxable in incomes {
        for work in [taxable, .zero, Money(ore: Int64.random(in: 0...max(0, taxable.ore), using: &rng))] {
          let general = IncomeTax(taxable: taxable, work: work, rates: parameters.taxes, rules: parameters.taxRules)
          let compiled = model.taxBrackets.withUnsafeBufferPointer {
            IncomeTax(taxable: taxable, work: work, compiled: model.compiledTax, brackets: $0)
          }
          checked += 1
          if compiled != general { different += 1 }
        }
      }
    }
    #expect(checked > 60_000)
    #expect(different == 0, "\(id): \(different) of \(checked) taxes differ")
  }
}
