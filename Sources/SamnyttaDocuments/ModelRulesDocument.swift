import SamnyttaEngine
import SamnyttaFormats

/// Decodes the rule sections of a model file (Docs/models.md, "Rules"): `taxRules` with its
/// `skatteverket` parameters, `benefitRules`, `subsidyRules` and `resourceScaling`. A model without
/// them keeps the flat behaviour (full rates on gross income, flat amounts and shares, resource use
/// per case-month), which is how `se-2016` reproduces the seed's figures.
struct ModelRules {
  static let topKeys = ["taxRules", "skatteverket", "benefitRules", "subsidyRules", "resourceScaling"]
  static let skatteverketKeys = [
    "priceBaseAmount", "incomeRounding", "basicAllowance", "allowanceRounding", "jobTaxCreditBase", "creditRounding",
    "earnedIncomeReduction", "publicServiceFee",
  ]
  static let benefitRuleKeys = ["dailyAmount", "payableDaysPerMonth", "guaranteeLevel", "steps", "monthlyCeiling"]
  static let subsidyRuleKeys = ["share", "basis", "salaryCap", "monthlyCap"]

  var taxRules: TaxRules = .flat
  var benefitRules: [String: BenefitRule] = [:]
  var subsidyRules: [String: SubsidyRule] = [:]
  var scalingKinds: Set<String> = []

  static func decode(_ root: ObjectReader, reader: inout SourcedReader, states: [SupportState]) throws(DataError) -> ModelRules {
    var rules = ModelRules()
    let name = try root.optionalString("taxRules") ?? "flat"
    switch name {
    case "flat":
      if root.optional("skatteverket") != nil {
        throw root.fail("skatteverket", root.optional("skatteverket"), .skatteverketUnused)
      }
    case "skatteverket":
      guard let object = try root.optionalObject("skatteverket") else {
        throw root.fail("taxRules", root.optional("taxRules"), .skatteverketMissing)
      }
      rules.taxRules = .skatteverket(try skatteverket(object, reader: &reader))
    default:
      throw root.fail("taxRules", root.optional("taxRules"), .unknownTaxRules(name))
    }

    if let object = try root.optionalObject("benefitRules") {
      for member in try root.members("benefitRules") {
        guard states.contains(where: { $0.code == member.key && $0.benefit != nil }) else {
          throw object.fail(member.key, member.value, .noStateWithBenefit(member.key))
        }
        let rule = try ObjectReader(member.value, path: member.path, file: reader.file)
        rules.benefitRules[member.key] = try benefitRule(rule, "benefitRules[\(member.key)]", reader: &reader)
      }
    }
    if let object = try root.optionalObject("subsidyRules") {
      for member in try root.members("subsidyRules") {
        guard states.contains(where: { $0.code == member.key && $0.work?.subsidy != nil }) else {
          throw object.fail(member.key, member.value, .noStateWithWageSubsidy(member.key))
        }
        let rule = try ObjectReader(member.value, path: member.path, file: reader.file)
        try rule.allowOnly(subsidyRuleKeys)
        let base = "subsidyRules[\(member.key)]"
        rules.subsidyRules[member.key] = SubsidyRule(
          share: try reader.share(rule, "share", "\(base).share"), basis: try rule.choice("basis", SubsidyRule.Basis.self),
          salaryCap: rule.optional("salaryCap") == nil ? nil : try reader.positiveMoney(rule, "salaryCap", "\(base).salaryCap"),
          monthlyCap: rule.optional("monthlyCap") == nil ? nil : try reader.positiveMoney(rule, "monthlyCap", "\(base).monthlyCap"))
      }
    }
    if let scaling = try root.optionalObject("resourceScaling") {
      try scaling.allowOnly(["scalesWithExtent", "note"])
      _ = try scaling.string("note")
      for (node, path) in try scaling.array("scalesWithExtent") {
        guard case .string(let kind) = node.kind else {
          throw DataError(
            file: reader.file, path: path, line: node.line, column: node.column,
            reason: .model(.expectedResourceKind(found: .init(node))))
        }
        rules.scalingKinds.insert(kind)
      }
    }
    return rules
  }

  static func skatteverket(_ object: ObjectReader, reader: inout SourcedReader) throws(DataError) -> SkatteverketTaxRules {
    try object.allowOnly(skatteverketKeys)
    var reduction: SkatteverketTaxRules.EarnedIncomeReduction? = nil
    if let r = try object.optionalObject("earnedIncomeReduction") {
      try r.allowOnly(["threshold", "rate", "maximum"])
      reduction = .init(
        threshold: try reader.money(r, "threshold", "skatteverket.earnedIncomeReduction.threshold"),
        rate: try reader.share(r, "rate", "skatteverket.earnedIncomeReduction.rate"),
        maximum: try reader.money(r, "maximum", "skatteverket.earnedIncomeReduction.maximum"))
    }
    var fee: SkatteverketTaxRules.PublicServiceFee? = nil
    if let f = try object.optionalObject("publicServiceFee") {
      try f.allowOnly(["rate", "maximum"])
      fee = .init(
        rate: try reader.share(f, "rate", "skatteverket.publicServiceFee.rate"),
        maximum: try reader.money(f, "maximum", "skatteverket.publicServiceFee.maximum"))
    }
    return SkatteverketTaxRules(
      priceBaseAmount: try reader.positiveMoney(object, "priceBaseAmount", "skatteverket.priceBaseAmount"),
      incomeRounding: try reader.money(object, "incomeRounding", "skatteverket.incomeRounding"),
      basicAllowance: try schedule(object, "basicAllowance", reader: &reader),
      allowanceRounding: try reader.money(object, "allowanceRounding", "skatteverket.allowanceRounding"),
      jobTaxCreditBase: try schedule(object, "jobTaxCreditBase", reader: &reader),
      creditRounding: try reader.money(object, "creditRounding", "skatteverket.creditRounding"),
      earnedIncomeReduction: reduction, publicServiceFee: fee)
  }

  /// A sourced table of brackets `{upToPbb, basePbb, rate, fromPbb}`, `upToPbb` increasing and absent only on the last.
  static func schedule(_ object: ObjectReader, _ key: String, reader: inout SourcedReader) throws(DataError) -> PriceBaseSchedule {
    let rows = try reader.table(object, key, "skatteverket.\(key)")
    var brackets: [PriceBaseSchedule.Bracket] = []
    for (i, (node, path)) in rows.enumerated() {
      let row = try ObjectReader(node, path: path, file: reader.file)
      try row.allowOnly(["upToPbb", "basePbb", "rate", "fromPbb"])
      let upTo = try row.optionalNumber("upToPbb")
      let last = i == rows.count - 1
      if (upTo == nil) != last { throw row.fail("upToPbb", row.optional("upToPbb"), .bracketUpToPbb) }
      if let upTo, let previous = brackets.last?.upToPbb, upTo <= previous {
        throw row.fail("upToPbb", row.optional("upToPbb"), .bracketOrder)
      }
      brackets.append(.init(upToPbb: upTo, basePbb: try row.number("basePbb"), rate: try row.number("rate"), fromPbb: try row.number("fromPbb")))
    }
    return PriceBaseSchedule(brackets: brackets)
  }

  static func benefitRule(_ rule: ObjectReader, _ base: String, reader: inout SourcedReader) throws(DataError) -> BenefitRule {
    try rule.allowOnly(benefitRuleKeys)
    let days = rule.optional("payableDaysPerMonth") == nil ? 0 : try reader.positiveNumber(rule, "payableDaysPerMonth", "\(base).payableDaysPerMonth")
    var amount: BenefitRule.DefaultAmount? = nil
    if rule.optional("dailyAmount") != nil {
      guard days > 0 else { throw rule.fail("payableDaysPerMonth", nil, .dailyAmountNeedsDays) }
      amount = .daily(amount: try reader.positiveMoney(rule, "dailyAmount", "\(base).dailyAmount"), daysPerMonth: days)
    }
    if let level = try rule.optionalObject("guaranteeLevel") {
      guard amount == nil else { throw rule.fail("guaranteeLevel", nil, .dailyAmountOrGuarantee) }
      try level.allowOnly(["priceBaseAmount", "tiers", "assumedAge"])
      var tiers: [BenefitRule.AgeTier] = []
      for (node, path) in try reader.table(level, "tiers", "\(base).guaranteeLevel.tiers") {
        let row = try ObjectReader(node, path: path, file: reader.file)
        try row.allowOnly(["fromAge", "pbbMultiple"])
        let tier = BenefitRule.AgeTier(fromAge: try row.number("fromAge"), multiple: try row.number("pbbMultiple"))
        if let previous = tiers.last, tier.fromAge <= previous.fromAge {
          throw row.fail("fromAge", row.optional("fromAge"), .tierOrder)
        }
        tiers.append(tier)
      }
      amount = .priceBaseMultiple(
        tiers: tiers, assumedAge: try reader.positiveNumber(level, "assumedAge", "\(base).guaranteeLevel.assumedAge"),
        priceBaseAmount: try reader.positiveMoney(level, "priceBaseAmount", "\(base).guaranteeLevel.priceBaseAmount"))
    }
    var steps: [BenefitRule.Step] = []
    if rule.optional("steps") != nil {
      guard days > 0 else { throw rule.fail("payableDaysPerMonth", nil, .stepsNeedDays) }
      for (node, path) in try reader.table(rule, "steps", "\(base).steps") {
        let row = try ObjectReader(node, path: path, file: reader.file)
        try row.allowOnly(["fromDay", "rate"])
        let step = BenefitRule.Step(fromDay: try row.number("fromDay"), rate: try row.number("rate"))
        if steps.isEmpty, step.fromDay != 1 { throw row.fail("fromDay", row.optional("fromDay"), .firstStepDay) }
        if let previous = steps.last, step.fromDay <= previous.fromDay {
          throw row.fail("fromDay", row.optional("fromDay"), .stepOrder)
        }
        guard step.rate > 0, step.rate <= 1 else { throw row.fail("rate", row.optional("rate"), .stepRate) }
        steps.append(step)
      }
    }
    let ceiling = rule.optional("monthlyCeiling") == nil ? nil : try reader.positiveMoney(rule, "monthlyCeiling", "\(base).monthlyCeiling")
    return BenefitRule(defaultAmount: amount, steps: steps, payableDaysPerMonth: days, monthlyCeiling: ceiling)
  }
}
