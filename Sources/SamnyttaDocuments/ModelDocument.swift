import SamnyttaEngine
import SamnyttaFormats

/// Where a model value comes from, and (from format version 2) the evidence for it.
public struct Provenance: Sendable, Hashable {
  /// The value as written in the file (JSON number text).
  public var value: String
  public var source: String
  public var year: Int
  public var estimate: Bool
  public var note: String?
  /// Basis, verification date and range; `nil` only in a format-1 file that gives none.
  public var evidence: ParameterEvidence?
}

/// A model file, loaded: the engine's parameter set plus what only people need (names, sources).
public struct ModelDocument: Sendable {
  /// The format version this program writes in its own models. Version 2 requires `basis`,
  /// `verified` and `range` on every sourced value; version 1 files (without them) are still read.
  public static let formatVersion = 2
  public static let supportedFormatVersions = [1, 2]

  public var parameters: ParameterSet
  public var title: String
  /// The format version of the file this was read from.
  public var fileFormatVersion: Int
  /// Every numeric parameter with its path, value, range, basis and provenance, in file order.
  public var numericParameters: [ModelParameter]
  /// Every sourced value by its parameter path (`taxes.municipalRate`, `states[arbete].work.monthlySalary`), in file order.
  public var provenance: [(path: String, provenance: Provenance)] { numericParameters.map { ($0.path, $0.provenance) } }
  /// Display names by state or care-type code: `[code: (sv, en)]`.
  public var names: [String: LocalizedName]
  /// How evaluations are compared (peer-group minimum, index series); defaults for a model without it.
  public var comparison: ComparisonSettings = ComparisonSettings(minimumPeers: 5)

  public func provenance(of path: String) -> Provenance? { provenance.first { $0.path == path }?.provenance }

  public func name(of code: String, _ language: Language) -> String {
    guard let name = names[code] else { return code }
    return language == .sv ? name.sv : name.en
  }

  /// Decodes a model file strictly; every number must be a sourced value. The model checks: every
  /// share (rate) lies in [0, 1], every range contains its value, amounts are not negative (and
  /// salaries, thresholds and ceilings are above 0), and the id equals the file name without `.json`.
  ///
  /// - Parameters:
  ///   - file: the file's path or name, for errors and the id check.
  ///   - idMustMatchFile: a model file's id must be its file name (so `--model se-2026` and the file
  ///     `se-2026.json` are one model); off only for bytes that come from no file (the fuzzer).
  public static func decode(_ bytes: [UInt8], file: String, idMustMatchFile: Bool = true) throws(DataError) -> ModelDocument {
    let tree: JSONValue
    do {
      tree = try JSONParser.parse(bytes)
    } catch {
      throw DataError(file: file, path: "", line: error.line, column: error.column, reason: .invalidJSON(error.reason))
    }
    let root = try ObjectReader(tree, path: "$", file: file)
    try root.allowOnly(
      [
        "formatVersion", "id", "title", "priceYear", "societyConvention", "labour", "taxes", "states", "careTypes",
        "defaultFinancing", "classification", "sensitivity", "validation", "comparison",
      ] + ModelRules.topKeys)
    let version = try root.integer("formatVersion")
    guard supportedFormatVersions.contains(version) else {
      throw root.fail(
        "formatVersion", root.optional("formatVersion"),
        .unsupportedVersion(version, supported: supportedFormatVersions.sorted()))
    }
    let id = try root.string("id")
    let expectedID = Self.id(forFile: file)
    guard id == expectedID || !idMustMatchFile else {
      throw root.fail("id", root.optional("id"), .idMismatch(id: id, expected: expectedID))
    }
    var reader = SourcedReader(file: file, requiresEvidence: version >= 2)

    let labourObject = try root.object("labour")
    try labourObject.allowOnly(["averageMonthlySalary", "employerContributionRate", "agreedFeesRate", "agreedFeesInProductionValue"])
    let labour = LabourParameters(
      averageMonthlySalary: try reader.positiveMoney(labourObject, "averageMonthlySalary", "labour.averageMonthlySalary"),
      employerContributionRate: try reader.share(labourObject, "employerContributionRate", "labour.employerContributionRate"),
      agreedFeesRate: try reader.share(labourObject, "agreedFeesRate", "labour.agreedFeesRate"),
      agreedFeesInProductionValue: try labourObject.bool("agreedFeesInProductionValue"))

    let taxObject = try root.object("taxes")
    try taxObject.allowOnly(["municipalRate", "regionalRate", "stateRate", "stateThresholdAnnual", "indirectRate"])
    let taxes = TaxParameters(
      municipalRate: try reader.share(taxObject, "municipalRate", "taxes.municipalRate"),
      regionalRate: try reader.share(taxObject, "regionalRate", "taxes.regionalRate"),
      stateRate: try reader.share(taxObject, "stateRate", "taxes.stateRate"),
      stateThresholdAnnual: try reader.money(taxObject, "stateThresholdAnnual", "taxes.stateThresholdAnnual"),
      indirectRate: try reader.share(taxObject, "indirectRate", "taxes.indirectRate"))

    var names: [String: LocalizedName] = [:]
    var states: [SupportState] = []
    for (node, path) in try root.array("states") {
      let object = try ObjectReader(node, path: path, file: file)
      try object.allowOnly(["code", "name", "occupiesTime", "benefit", "work", "resourceUse"])
      let code = try reader.code(object, existing: names)
      names[code] = try LocalizedName(object.object("name"))
      let base = "states[\(code)]"
      var benefit: SupportState.Benefit? = nil
      if let b = try object.optionalObject("benefit") {
        try b.allowOnly(["payer", "taxable", "monthlyAmount"])
        benefit = .init(
          payer: try b.choice("payer", Actor.self), defaultMonthlyAmount: try reader.money(b, "monthlyAmount", "\(base).benefit.monthlyAmount"),
          taxable: try b.bool("taxable"))
      }
      var work: SupportState.Work? = nil
      if let w = try object.optionalObject("work") {
        try w.allowOnly(["monthlySalary", "subsidy"])
        var subsidy: SupportState.Subsidy? = nil
        if let s = try w.optionalObject("subsidy") {
          try s.allowOnly(["payer", "share"])
          subsidy = .init(payer: try s.choice("payer", Actor.self), defaultShare: try reader.share(s, "share", "\(base).work.subsidy.share"))
        }
        work = .init(defaultMonthlySalary: try reader.positiveMoney(w, "monthlySalary", "\(base).work.monthlySalary"), subsidy: subsidy)
      }
      var uses: [ResourceUse] = []
      for (i, (useNode, usePath)) in try object.array("resourceUse", required: false).enumerated() {
        let use = try ObjectReader(useNode, path: usePath, file: file)
        try use.allowOnly(["kind", "bearer", "monthlyCost"])
        uses.append(
          ResourceUse(
            kind: try use.string("kind"), bearer: try use.choice("bearer", Actor.self),
            unitCost: try reader.money(use, "monthlyCost", "\(base).resourceUse[\(i)].monthlyCost")))
      }
      states.append(SupportState(code: code, occupiesTime: try object.bool("occupiesTime"), benefit: benefit, work: work, resourceUse: uses))
    }

    let rules = try ModelRules.decode(root, reader: &reader, states: states)
    for i in states.indices {
      let code = states[i].code
      states[i].benefit?.rule = rules.benefitRules[code]
      states[i].work?.subsidy?.rule = rules.subsidyRules[code]
      for k in states[i].resourceUse.indices {
        let kind = states[i].resourceUse[k].kind
        states[i].resourceUse[k].scalesWithExtent = rules.scalingKinds.contains(kind)
      }
    }

    var careTypes: [CareType] = []
    for (node, path) in try root.array("careTypes") {
      let object = try ObjectReader(node, path: path, file: file)
      try object.allowOnly(["code", "name", "kind", "bearer", "unitCost"])
      let code = try reader.code(object, existing: names)
      names[code] = try LocalizedName(object.object("name"))
      careTypes.append(
        CareType(
          code: code,
          cost: ResourceUse(
            kind: try object.string("kind"), bearer: try object.choice("bearer", Actor.self),
            unitCost: try reader.money(object, "unitCost", "careTypes[\(code)].unitCost"))))
    }

    let financingObject = try root.object("defaultFinancing")
    var financing: [Actor: Double] = [:]
    for member in try root.members("defaultFinancing") {
      guard let actor = Actor(rawValue: member.key) else {
        throw financingObject.fail(
          member.key, member.value, DataMessage.unknownName(member.key, what: .actor, expected: Actor.allCases.map(\.rawValue)))
      }
      financing[actor] = try reader.share(financingObject, member.key, "defaultFinancing.\(member.key)")
    }
    let financingSum = financing.values.reduce(0, +)
    guard abs(financingSum - 1) < 1e-9 else { throw root.fail("defaultFinancing", nil, .financingSum(financingSum)) }

    let classObject = try root.object("classification")
    try classObject.allowOnly(["extensiveExclusionMonths", "mediumResourcesPerParticipant", "largeResourcesPerParticipant"])
    let classification = ClassificationThresholds(
      extensiveExclusionMonths: try reader.positiveNumber(classObject, "extensiveExclusionMonths", "classification.extensiveExclusionMonths"),
      mediumResourcesPerParticipant: try reader.positiveMoney(
        classObject, "mediumResourcesPerParticipant", "classification.mediumResourcesPerParticipant"),
      largeResourcesPerParticipant: try reader.positiveMoney(
        classObject, "largeResourcesPerParticipant", "classification.largeResourcesPerParticipant"))
    guard classification.mediumResourcesPerParticipant <= classification.largeResourcesPerParticipant else {
      throw classObject.fail(
        "largeResourcesPerParticipant", classObject.optional("largeResourcesPerParticipant"),
        .largeBelowMedium)
    }
    let sensitivity = try root.object("sensitivity")
    try sensitivity.allowOnly(["externalFactorsShare"])
    let validation = try root.object("validation")
    try validation.allowOnly(["maximumMonthlyAmount"])

    var parameters = ParameterSet(
      id: id, priceYear: try root.integer("priceYear"),
      convention: try root.choice("societyConvention", SocietyConvention.self, default: .payoff), labour: labour, taxes: taxes,
      states: states, careTypes: careTypes, defaultFinancing: financing, classification: classification,
      externalFactorsShare: try reader.share(sensitivity, "externalFactorsShare", "sensitivity.externalFactorsShare"),
      maximumMonthlyAmount: try reader.positiveMoney(validation, "maximumMonthlyAmount", "validation.maximumMonthlyAmount"))
    parameters.taxRules = rules.taxRules
    var comparison: ComparisonSettings? = nil
    if let object = try root.optionalObject("comparison") { comparison = try decodeComparison(object, &reader) }
    var document = ModelDocument(
      parameters: parameters, title: try root.string("title"), fileFormatVersion: version, numericParameters: reader.parameters, names: names)
    if let comparison { document.comparison = comparison }
    return document
  }

  /// The optional `comparison` object: `minimumPeers` (a sourced whole number of at least 1) and
  /// `indexSeries` with `prices` and `wages`, each `{name, source, usedFor, values: {year: index}, estimatedYears}`.
  static func decodeComparison(_ object: ObjectReader, _ reader: inout SourcedReader) throws(DataError) -> ComparisonSettings {
    try object.allowOnly(["minimumPeers", "indexSeries"])
    let minimum = try reader.positiveNumber(object, "minimumPeers", "comparison.minimumPeers")
    guard minimum == minimum.rounded(), minimum <= 1000 else {
      throw DataError(file: reader.file, path: "\(object.path).minimumPeers.value", reason: .model(.minimumPeersOutOfRange))
    }
    var settings = ComparisonSettings(minimumPeers: Int(minimum))
    guard let series = try object.optionalObject("indexSeries") else { return settings }
    try series.allowOnly(["prices", "wages"])
    func decode(_ key: String) throws(DataError) -> IndexSeries? {
      guard let s = try series.optionalObject(key) else { return nil }
      try s.allowOnly(["name", "source", "usedFor", "values", "estimatedYears", "note"])
      var values: [Int: Double] = [:]
      for member in try s.members("values") {
        guard let year = Int(member.key), (1900...2200).contains(year) else {
          throw DataError(
            file: s.file, path: member.path, line: member.value.line, column: member.value.column,
            reason: .model(.yearKey(member.key)))
        }
        let value = try NumberText.double(member.value, path: member.path, file: s.file)
        guard value > 0 else {
          throw DataError(file: s.file, path: member.path, line: member.value.line, column: member.value.column, reason: .model(.mustBePositive))
        }
        values[year] = value
      }
      let estimated = try s.array("estimatedYears", required: false).map { (node, path) throws(DataError) in
        try NumberText.integer(node, path: path, file: s.file)
      }
      let source = try s.string("source")
      if source.allSatisfy(\.isWhitespace) { throw s.fail("source", nil, .indexNeedsSource) }
      return IndexSeries(name: try s.string("name"), source: source, usedFor: try s.string("usedFor"), values: values, estimatedYears: Set(estimated))
    }
    settings.prices = try decode("prices")
    settings.wages = try decode("wages")
    return settings
  }

  /// The id a model file must declare: its file name without the directory and the `.json` ending.
  static func id(forFile file: String) -> String {
    let name = file.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? file
    return name.hasSuffix(".json") ? String(name.dropLast(5)) : name
  }
}

/// A display name in both languages.
public struct LocalizedName: Sendable, Hashable {
  public var sv: String
  public var en: String
  init(_ object: ObjectReader) throws(DataError) {
    try object.allowOnly(["sv", "en"])
    sv = try object.string("sv")
    en = try object.string("en")
  }
}
