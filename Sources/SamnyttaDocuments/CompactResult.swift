import SamnyttaEngine

/// A stored run's result in binary form (`runs.result_compact`): the result's ``EvaluationResult/Parts``,
/// from which `db show` rebuilds the result and renders its JSON only when shown. About 400 bytes
/// instead of some 13 kB of JSON, and nothing rendered while a batch stores 10 000 runs.
///
/// Layout (little-endian, ``CompactInput``'s primitives): the magic `SNR1`; name, association,
/// optional period, model id, price year, convention; the options' drop-off, discount rate and
/// external-factors share; the classification (aim, method, optional exclusion, resources);
/// participants and records; the cost's total, its split by type (sorted keys) and its financing;
/// the financing used; then the before, after and reference accounts, each as the six actors in
/// ``Actor`` order, production, resource use and public payments (öre).
public enum CompactResult {
  static let magic: [UInt8] = Array("SNR1".utf8)

  public static func encode(_ p: EvaluationResult.Parts) -> [UInt8] {
    var w = CompactInput.Writer()
    // About 400 bytes: reserved once rather than grown by doubling.
    w.bytes.reserveCapacity(512)
    w.bytes += magic
    w.string(p.name)
    w.string(p.association)
    w.flag(p.period != nil)
    if let period = p.period { w.string(period) }
    w.string(p.modelID)
    w.fixed(UInt64(bitPattern: Int64(p.priceYear)))
    w.string(p.convention.rawValue)
    w.double(p.options.dropOff)
    w.double(p.options.discountRate)
    w.double(p.options.externalFactorsShare)
    w.string(p.classification.aim.rawValue)
    w.string(p.classification.method.rawValue)
    w.flag(p.classification.exclusion != nil)
    if let exclusion = p.classification.exclusion { w.string(exclusion.rawValue) }
    w.string(p.classification.resources.rawValue)
    w.count(p.participantCount)
    w.count(p.recordCount)
    w.money(p.cost.total)
    w.count(p.cost.byType.count)
    for (key, amount) in p.cost.byType.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
      w.string(key)
      w.money(amount)
    }
    shares(p.cost.financing, &w)
    shares(p.financing, &w)
    for account in [p.totalBefore, p.totalAfter, p.reference] {
      for actor in Actor.allCases { w.money(account.actors[actor]) }
      w.money(account.production)
      w.money(account.resourceUse)
      w.money(account.publicPayments)
    }
    return w.bytes
  }

  private static func shares(_ shares: [Actor: Double], _ w: inout CompactInput.Writer) {
    w.count(shares.count)
    for actor in Actor.allCases {
      if let share = shares[actor] {
        w.string(actor.rawValue)
        w.double(share)
      }
    }
  }

  public static func decode(_ bytes: [UInt8]) throws(CompactInput.DecodingError) -> EvaluationResult.Parts {
    func bad(_ what: String) -> CompactInput.DecodingError { CompactInput.DecodingError(description: "\(what) in a compact result") }
    guard bytes.count >= 4, Array(bytes[0..<4]) == magic else { throw bad("no magic number") }
    return try CompactInput.Reader.reading(bytes) { r throws(CompactInput.DecodingError) -> EvaluationResult.Parts in
      r.offset = 4
      let name = try r.string()
      let association = try r.string()
      let period = try r.flag() ? try r.string() : nil
      let modelID = try r.string()
      let priceYear = Int(Int64(bitPattern: try r.fixed()))
      guard let convention = SocietyConvention(rawValue: try r.string()) else { throw bad("an unknown convention") }
      let options = ForecastOptions(dropOff: try r.double(), discountRate: try r.double(), externalFactorsShare: try r.double())
      guard let aim = ClassificationInput.Aim(rawValue: try r.string()), let method = ClassificationInput.Method(rawValue: try r.string()) else {
        throw bad("an unknown classification")
      }
      var exclusion: Classification.Exclusion? = nil
      if try r.flag() {
        guard let e = Classification.Exclusion(rawValue: try r.string()) else { throw bad("an unknown exclusion") }
        exclusion = e
      }
      guard let resources = Classification.Resources(rawValue: try r.string()) else { throw bad("unknown resources") }
      let participants = try r.count()
      let records = try r.count()
      let total = try r.money()
      var byType: [String: Money] = [:]
      for _ in 0..<(try r.count()) { byType[try r.string()] = try r.money() }
      func shares() throws(CompactInput.DecodingError) -> [Actor: Double] {
        var shares: [Actor: Double] = [:]
        for _ in 0..<(try r.count()) {
          guard let actor = Actor(rawValue: try r.string()) else { throw bad("an unknown actor") }
          shares[actor] = try r.double()
        }
        return shares
      }
      let costFinancing = try shares()
      let financing = try shares()
      var accounts: [PeriodAccount] = []
      for _ in 0..<3 {
        var account = PeriodAccount()
        for actor in Actor.allCases { account.actors[actor] = try r.money() }
        account.production = try r.money()
        account.resourceUse = try r.money()
        account.publicPayments = try r.money()
        accounts.append(account)
      }
      guard r.offset == bytes.count else { throw bad("trailing bytes") }
      return EvaluationResult.Parts(
        name: name, association: association, period: period, modelID: modelID, priceYear: priceYear, convention: convention, options: options,
        classification: Classification(aim: aim, method: method, exclusion: exclusion, resources: resources), participantCount: participants,
        recordCount: records, cost: InterventionCost(total: total, byType: byType, financing: costFinancing), financing: financing,
        totalBefore: accounts[0], totalAfter: accounts[1], reference: accounts[2])
    }
  }
}
