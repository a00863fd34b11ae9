import SamnyttaEngine
import SamnyttaFormats

/// An evaluation input file, decoded strictly (Docs/input-format.md).
///
/// Two kinds share the format: a full evaluation with participant records (`kind` absent or
/// `"evaluation"`), and a summary known only by published aggregates (`"summary"`).
public enum InputDocument: Sendable {
  case evaluation(EvaluationInput, metadata: DocumentMetadata)
  case summary(SummaryInput, metadata: DocumentMetadata)

  /// The newest format version this program reads.
  public static let formatVersion = 1

  /// The participant attributes an input may carry, each a free-text label used for breakdowns.
  public static let attributeKeys = ["sex", "ageBand", "education", "household"]
  /// The optional per-participant exit reason (SUS's avslutsorsak 1–3), kept as the attribute
  /// `exitReason` ("1", "2" or "3") so that it travels with the other attributes.
  public static let exitReasonKey = "exitReason"
  static let topKeys = [
    "formatVersion", "kind", "name", "association", "period", "year", "source", "classification", "cost", "participants",
    "evaluationId", "priceYear", "comparison", "description", "targetGroup", "conclusions",
  ]
  static let summaryKeys = [
    "formatVersion", "kind", "name", "association", "period", "year", "source", "classification", "participants", "potential",
    "revenue", "cost", "revenueByPerspective", "published", "evaluationId", "priceYear", "reference",
  ]
  static let publishedKeys = ["verkningsgrad", "paybackMonths", "costPerVerkningsgrad", "returnPerKrona"]

  public var metadata: DocumentMetadata {
    switch self {
    case .evaluation(_, let metadata), .summary(_, let metadata): metadata
    }
  }

  /// Decodes an input file's bytes. Text that looks like a personnummer anywhere in the file is
  /// refused first (`PersonalDataCheck`; the first place thrown, the others listed in its message).
  /// Structural problems (syntax, types, unknown keys) stop at the first; the engine's rules are
  /// then checked by the caller against a model.
  public static func decode(_ bytes: [UInt8], file: String) throws(DataError) -> (document: InputDocument, tree: JSONValue) {
    let tree: JSONValue
    do {
      tree = try JSONParser.parse(bytes)
    } catch {
      throw DataError(file: file, path: "", line: error.line, column: error.column, reason: .invalidJSON(error.reason))
    }
    // Before any other check, so that no later message can quote a personnummer.
    if let error = PersonalDataCheck.first(of: PersonalDataCheck.errors(in: tree, file: file)) { throw error }
    let root = try ObjectReader(tree, path: "$", file: file)
    let version = try root.integer("formatVersion")
    guard version >= 1, version <= formatVersion else {
      throw root.fail(
        "formatVersion", root.optional("formatVersion"), .unsupportedFormatVersion(version, newest: formatVersion))
    }
    let kind = try root.optionalString("kind") ?? "evaluation"
    var metadata = DocumentMetadata(
      name: try root.string("name"), association: try root.string("association"), period: try root.optionalString("period"),
      year: try root.optionalInteger("year"), source: try root.optionalString("source"))
    metadata.description = try root.optionalString("description")
    metadata.targetGroup = try root.optionalString("targetGroup")
    metadata.conclusions = try root.optionalString("conclusions")
    metadata.evaluationId = try root.optionalString("evaluationId")
    if let id = metadata.evaluationId, id.allSatisfy(\.isWhitespace) {
      throw root.fail("evaluationId", root.optional("evaluationId"), .emptyEvaluationId)
    }
    metadata.priceYear = try decodePriceYear(root)
    let classification = try decodeClassification(root, allowDerived: kind == "summary")
    switch kind {
    case "evaluation":
      try root.allowOnly(topKeys)
      let input = EvaluationInput(
        name: metadata.name, association: metadata.association, period: metadata.period, classification: classification,
        cost: try decodeCost(try root.object("cost")),
        participants: try root.array("participants").map { (node, path) throws(DataError) in
          try decodeParticipant(try ObjectReader(node, path: path, file: file))
        }, comparison: try decodeComparison(root))
      return (.evaluation(input, metadata: metadata), tree)
    case "summary":
      try root.allowOnly(summaryKeys)
      var byPerspective: [Perspective: Money] = [:]
      for member in try root.members("revenueByPerspective") {
        guard let perspective = Perspective(rawValue: member.key) else {
          throw DataError(
            file: file, path: member.path, line: member.value.line, column: member.value.column,
            reason: .unknownName(member.key, what: .perspective, expected: Perspective.allCases.map(\.rawValue)))
        }
        byPerspective[perspective] = try NumberText.money(member.value, path: member.path, file: file)
      }
      if let node = root.optional("reference") {
        guard case .string(let text) = node.kind, text == "national" else {
          throw root.fail("reference", node, .referenceOnlyNational)
        }
        metadata.isNationalReference = true
      }
      let published = try decodePublished(root)
      let participants = try root.optionalInteger("participants")
      let potential = try root.optionalMoney("potential")
      let revenue = try root.optionalMoney("revenue")
      let cost = try root.optionalMoney("cost")
      if revenue == nil, published != nil {
        // Known only by a published table's figures: the amounts are derived (method.md, section 8a).
        for key in ["potential", "cost"] where root.optional(key) != nil {
          throw root.fail(key, root.optional(key), .needsRevenue(key))
        }
      } else {
        if cost == nil { throw root.fail(nil, nil, .missingKey("cost")) }
        if revenue == nil { throw root.fail(nil, nil, .missingKey("revenue")) }
      }
      // The bounds of every figure, given or derived (SummaryRules); the first broken one is reported.
      let violations = SummaryRules.violations(participants: participants, potential: potential, revenue: revenue, cost: cost, published: published)
      if let first = DataErrors(violations, file: file, document: tree).errors.first { throw first }
      let summary: SummaryInput
      if let revenue, let cost {
        // Without a participant count the amounts are per participant (a mean over many evaluations).
        summary = SummaryInput(
          name: metadata.name, association: metadata.association, participants: participants ?? 1, potential: potential, revenue: revenue,
          cost: cost, revenueByPerspective: byPerspective, published: published, participantsKnown: participants != nil)
      } else {
        guard let published,
          let derived = SummaryInput(name: metadata.name, association: metadata.association, participants: participants, published: published)
        else {
          throw root.fail(
            "published", root.optional("published"), .rule(.publishedIncomplete))
        }
        summary = derived
      }
      var withClass = metadata
      withClass.classification = classification
      return (.summary(summary, metadata: withClass), tree)
    default:
      throw root.fail("kind", root.optional("kind"), .unknownKind(kind))
    }
  }

  /// A summary's `published` figures, each optional; their ranges are ``SummaryRules``'.
  static func decodePublished(_ root: ObjectReader) throws(DataError) -> PublishedKeyFigures? {
    guard let object = try root.optionalObject("published") else { return nil }
    try object.allowOnly(publishedKeys)
    return PublishedKeyFigures(
      verkningsgrad: try object.optionalNumber("verkningsgrad"), paybackMonths: try object.optionalNumber("paybackMonths"),
      costPerVerkningsgrad: try object.optionalNumber("costPerVerkningsgrad"), returnPerKrona: try object.optionalNumber("returnPerKrona"))
  }

  /// `priceYear`: a whole year, or `"unknown"` when the source does not say which year its kronor are in.
  static func decodePriceYear(_ root: ObjectReader) throws(DataError) -> PriceYear? {
    guard let node = root.optional("priceYear") else { return nil }
    if case .string(let text) = node.kind {
      guard text == "unknown" else { throw root.fail("priceYear", node, .expectedPriceYear) }
      return .unknown
    }
    let year = try root.integer("priceYear")
    guard (1900...2200).contains(year) else { throw root.fail("priceYear", node, .priceYearOutOfRange(year)) }
    return .year(year)
  }

  /// Criteria 1 and 2; a summary may also state criteria 3 and 4 (`exclusion`, `resources`),
  /// which a full evaluation's records decide.
  static func decodeClassification(_ root: ObjectReader, allowDerived: Bool) throws(DataError) -> ClassificationInput {
    guard let object = try root.optionalObject("classification") else { return ClassificationInput() }
    try object.allowOnly(allowDerived ? ["aim", "method", "exclusion", "resources"] : ["aim", "method"])
    var input = ClassificationInput(
      aim: try object.choice("aim", ClassificationInput.Aim.self, default: .primary),
      method: try object.choice("method", ClassificationInput.Method.self, default: .traditional))
    if object.optional("exclusion") != nil { input.exclusion = try object.choice("exclusion", Classification.Exclusion.self) }
    if object.optional("resources") != nil { input.resources = try object.choice("resources", Classification.Resources.self) }
    return input
  }

  static func decodeCost(_ object: ObjectReader) throws(DataError) -> InterventionCost {
    try object.allowOnly(["total", "byType", "financing"])
    var byType: [String: Money] = [:]
    for member in try object.members("byType") {
      byType[member.key] = try NumberText.money(member.value, path: member.path, file: object.file)
    }
    var financing: [Actor: Double] = [:]
    for member in try object.members("financing") {
      guard let actor = Actor(rawValue: member.key) else {
        throw DataError(
          file: object.file, path: member.path, line: member.value.line, column: member.value.column,
          reason: .unknownName(member.key, what: .actor, expected: Actor.allCases.map(\.rawValue)))
      }
      financing[actor] = try NumberText.double(member.value, path: member.path, file: object.file)
    }
    return InterventionCost(total: try object.money("total"), byType: byType, financing: financing)
  }

  /// `comparison`: a group that did not take part, `{"participants": [...]}` in the participants' format.
  static func decodeComparison(_ root: ObjectReader) throws(DataError) -> ComparisonGroup? {
    guard let object = try root.optionalObject("comparison") else { return nil }
    try object.allowOnly(["participants"])
    return ComparisonGroup(
      participants: try object.array("participants").map { (node, path) throws(DataError) in
        try decodeParticipant(try ObjectReader(node, path: path, file: object.file))
      })
  }

  static func decodeParticipant(_ object: ObjectReader) throws(DataError) -> Participant {
    try object.allowOnly(["id", "count", "before", "after", "counterfactual", exitReasonKey] + attributeKeys)
    var attributes: [String: String] = [:]
    for key in attributeKeys {
      if let value = try object.optionalString(key) { attributes[key] = value }
    }
    if let node = object.optional(exitReasonKey) {
      let reason = try object.integer(exitReasonKey)
      guard (1...3).contains(reason) else {
        throw object.fail(exitReasonKey, node, .exitReasonOutOfRange(reason))
      }
      attributes[exitReasonKey] = String(reason)
    }
    return Participant(
      id: try object.string("id"), count: try object.optionalInteger("count") ?? 1, attributes: attributes,
      before: try decodePeriod(try object.object("before")), after: try decodePeriod(try object.object("after")),
      counterfactual: try object.optionalObject("counterfactual").map { (period) throws(DataError) in try decodePeriod(period) })
  }

  static func decodePeriod(_ object: ObjectReader) throws(DataError) -> Period {
    try object.allowOnly(["spells", "care"])
    let spells = try object.array("spells", required: false).map { (node, path) throws(DataError) -> Spell in
      let spell = try ObjectReader(node, path: path, file: object.file)
      try spell.allowOnly(["state", "months", "extent", "monthlyAmount", "subsidyShare"])
      return Spell(
        state: try spell.string("state"), months: try spell.number("months"), extent: try spell.optionalNumber("extent") ?? 1,
        monthlyAmount: try spell.optionalMoney("monthlyAmount"), subsidyShare: try spell.optionalNumber("subsidyShare"))
    }
    let care = try object.array("care", required: false).map { (node, path) throws(DataError) -> CareUse in
      let use = try ObjectReader(node, path: path, file: object.file)
      try use.allowOnly(["type", "count"])
      return CareUse(type: try use.string("type"), count: try use.number("count"))
    }
    return Period(spells: spells, care: care)
  }
}

/// What describes a stored or listed document besides its figures.
public struct DocumentMetadata: Sendable, Hashable {
  public var name: String
  public var association: String
  public var period: String?
  public var year: Int?
  /// For summary documents: where the published figures come from (e.g. a seed line).
  public var source: String?
  public var classification: ClassificationInput?
  /// Names the evaluation across versions; without it, name + association + period do.
  public var evaluationId: String?
  /// The evaluator's own words for the board report: what the intervention did, whom it was
  /// for, and what they conclude. Free text (a blank line starts a new paragraph), checked for
  /// personnummer like every text in the file.
  public var description: String?
  public var targetGroup: String?
  public var conclusions: String?
  /// Which year's kronor the document's own amounts are in; `nil` when not stated.
  public var priceYear: PriceYear?
  /// A summary marked `"reference": "national"`.
  public var isNationalReference = false
}

/// The price year a document states.
public enum PriceYear: Sendable, Hashable {
  case year(Int)
  /// The source does not say (e.g. published tables of evaluations made over several years).
  case unknown

  public var year: Int? { if case .year(let y) = self { y } else { nil } }
}
