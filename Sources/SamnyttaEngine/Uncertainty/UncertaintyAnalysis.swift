/// The uncertainty analysis (Docs/method.md, "Uncertainty"): the evaluation re-run `draws` times
/// for each ``UncertaintySource``, with the participants resampled (the bootstrap), the model's
/// values drawn from their ranges (Monte Carlo), or both; then percentiles of every key figure.
///
/// Draw *d* of the sampling source resamples the participants from the sampling stream of the
/// seed, draw *d* of the parameter source draws the model from the parameter stream, and draw *d*
/// of the combined source takes both: that resample under that model. Each source's draws are
/// independent from draw to draw, as each needs; sharing them between the sources means each
/// drawn model is evaluated once, not twice.
///
/// Deterministic: each stream is ``RandomGenerator``'s for the seed, the records are put in a
/// canonical order (by id) first, and the draws run in sequence.
public enum UncertaintyAnalysis {
  /// Runs the analysis for `input` under `model`, drawing the parameters of `space`.
  ///
  /// - Throws: ``EvaluationError`` when the input breaks a rule (nothing is drawn then).
  public static func run(
    _ input: EvaluationInput, model: ParameterSet, options: ForecastOptions, space: ParameterSpace, settings: UncertaintySettings
  ) throws(EvaluationError) -> UncertaintyResult {
    try run(input, model: model, options: options, space: space, settings: settings, reweighting: true)
  }

  /// ``run(_:model:options:space:settings:)``; `reweighting: false` evaluates every draw from its
  /// input through ``evaluateTotals(_:_:_:)``, the reference the tests hold the fast path to.
  static func run(
    _ input: EvaluationInput, model: ParameterSet, options: ForecastOptions, space: ParameterSpace, settings: UncertaintySettings,
    reweighting: Bool
  ) throws(EvaluationError) -> UncertaintyResult {
    var canonical = input
    canonical.participants.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    canonical.comparison?.participants.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    let prepared = PreparedModel(model)
    let society = Perspective.allCases.firstIndex(of: .society) ?? 0
    let base = try evaluateTotals(prepared, canonical, options)[society].profitability5

    var draws = Draws(canonical, prepared: prepared, options: options, reweighting: reweighting)
    var collectors = UncertaintySource.allCases.map { _ in DrawCollector(draws: settings.draws) }
    var sampling = RandomGenerator(seed: settings.seed, stream: UncertaintySource.samplingStream)
    var parameters = RandomGenerator(seed: settings.seed, stream: UncertaintySource.parameterStream)
    let varies = space.groups.contains { group in group.members.contains { $0.distribution.varies } }
    let resamplers = Resamplers(canonical)
    for _ in 0..<settings.draws {
      let sample = resamplers.resample(using: &sampling)
      let quantiles = space.groups.map { _ in parameters.nextUnit() }
      let drawn = varies ? PreparedModel(space.applying(quantiles: quantiles, to: model), sharingCodesWith: prepared) : prepared
      let figures = try draws.figures(sample: sample, model: drawn)
      for (k, source) in UncertaintySource.allCases.enumerated() {
        switch source {
        case .sampling: collectors[k].add(figures.sampling)
        case .parameters: collectors[k].add(figures.parameters)
        case .combined: collectors[k].add(figures.combined)
        }
      }
    }
    var summaries: [UncertaintySource: UncertaintySummary] = [:]
    for (k, source) in UncertaintySource.allCases.enumerated() { summaries[source] = collectors[k].summary(settings) }

    var bars: [TornadoBar] = []
    for group in space.groups where group.members.contains(where: { $0.distribution.varies }) {
      func at(_ high: Bool) throws(EvaluationError) -> Money {
        try evaluateTotals(PreparedModel(space.applying(group: group, high: high, to: model), sharingCodesWith: prepared), canonical, options)[
          society
        ].profitability5
      }
      bars.append(TornadoBar(name: group.name, members: group.members.map(\.path), atLow: try at(false), atHigh: try at(true)))
    }
    bars.sort { $0.spread != $1.spread ? $0.spread > $1.spread : $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    return UncertaintyResult(
      settings: settings, summaries: summaries, drawnGroups: space.groups.filter { $0.members.contains { $0.distribution.varies } }.count,
      baseProfitability5: base, tornado: Array(bars.prefix(UncertaintyResult.tornadoBars)))
  }

  /// One bootstrap resample of the canonical records: each record's drawn count, and the
  /// comparison group's when there is one (resampled within itself: its size stays its own, as a
  /// difference in differences needs).
  struct Sample {
    var counts: [Int]
    var comparisonCounts: [Int]?
  }

  /// The two samples' resamplers, prepared once for every draw.
  struct Resamplers {
    var participants: Bootstrap.Resampler
    var comparison: Bootstrap.Resampler?
    init(_ input: EvaluationInput) {
      participants = Bootstrap.Resampler(counts: input.participants.map(\.count))
      comparison = input.comparison.map { Bootstrap.Resampler(counts: $0.participants.map(\.count)) }
    }

    func resample(using generator: inout RandomGenerator) -> Sample {
      let counts = participants.resample(using: &generator)
      return Sample(counts: counts, comparisonCounts: comparison?.resample(using: &generator))
    }
  }

  /// The records with the sample's counts; records drawn no time are left out.
  static func applying(_ sample: Sample, to input: EvaluationInput) -> EvaluationInput {
    var drawn = input
    drawn.participants = reweighted(input.participants, sample.counts)
    if let group = input.comparison, let counts = sample.comparisonCounts {
      drawn.comparison = ComparisonGroup(participants: reweighted(group.participants, counts))
    }
    return drawn
  }

  static func reweighted(_ records: [Participant], _ counts: [Int]) -> [Participant] {
    zip(records, counts).compactMap { record, count in
      guard count > 0 else { return nil }
      var copy = record
      copy.count = count
      return copy
    }
  }

  /// One draw's totals for the three sources. Inputs measured against the before-period are
  /// re-weighted from ``RecordAccounts`` (computed once per model, so a drawn model costs one pass
  /// over the records and a resample costs none); inputs with a comparison group or
  /// counterfactual periods, and any draw whose amounts could reach the limit, are evaluated from
  /// their input through ``evaluateTotals(_:_:_:)``.
  struct Draws {
    let input: EvaluationInput
    let prepared: PreparedModel
    let options: ForecastOptions
    /// The records' distinct periods and their accounts under the model itself, when re-weighting applies.
    let profiles: PeriodProfiles?
    let baseAccounts: RecordAccounts?
    let counts: [Int]
    /// Each perspective's cost under the model's financing, computed once.
    let baseFinancing: [Actor: Double]
    let baseCosts: [Money]

    init(_ input: EvaluationInput, prepared: PreparedModel, options: ForecastOptions, reweighting: Bool) {
      self.input = input
      self.prepared = prepared
      self.options = options
      baseFinancing = input.cost.financing.isEmpty ? prepared.parameters.defaultFinancing : input.cost.financing
      baseCosts = PreparedModel.perspectiveCosts(input.cost.total, financing: baseFinancing)
      counts = input.participants.map(\.count)
      let alternative = input.comparison != nil || input.participants.contains { $0.counterfactual != nil }
      if reweighting, !alternative, let resolved = try? prepared.validated(input) {
        let profiles = PeriodProfiles(resolved, records: input.participants.count)
        self.profiles = profiles
        baseAccounts = RecordAccounts(profiles, model: prepared)
      } else {
        profiles = nil
        baseAccounts = nil
      }
    }

    mutating func figures(sample: Sample, model: PreparedModel) throws(EvaluationError) -> (
      sampling: [KeyFigures], parameters: [KeyFigures], combined: [KeyFigures]
    ) {
      guard let profiles, let baseAccounts else {
        let resampled = UncertaintyAnalysis.applying(sample, to: input)
        return (
          try evaluateTotals(prepared, resampled, options), try evaluateTotals(model, input, options), try evaluateTotals(model, resampled, options)
        )
      }
      let drawn = RecordAccounts(profiles, model: model)
      return (
        try figures(baseAccounts, prepared, sample),
        try figures(drawn, model, Sample(counts: counts, comparisonCounts: nil)),
        try figures(drawn, model, sample)
      )
    }

    /// Every perspective's key figures from re-weighted accounts, as ``PreparedModel/totals(_:options:)`` makes them.
    private func figures(_ accounts: RecordAccounts, _ model: PreparedModel, _ sample: Sample) throws(EvaluationError) -> [KeyFigures] {
      guard let t = accounts.totals(counts: sample.counts) else {
        return try evaluateTotals(model, UncertaintyAnalysis.applying(sample, to: input), options)
      }
      // The financing split is not drawn, so the costs are the model's own unless a drawn model changed it.
      let financing = input.cost.financing.isEmpty ? model.parameters.defaultFinancing : input.cost.financing
      let costs = financing == baseFinancing ? baseCosts : PreparedModel.perspectiveCosts(input.cost.total, financing: financing)
      return PreparedModel.totalFigures(
        model.parameters.convention, before: t.before, after: t.after, baseline: t.before, reference: accounts.reference, participants: t.people,
        costs: costs, options: options)
    }
  }

  /// Every perspective's total key figures, in ``Perspective/allCases`` order: the analysis's one
  /// call into the engine, so a faster totals-only path can replace it here alone.
  public static func evaluateTotals(_ model: PreparedModel, _ input: EvaluationInput, _ options: ForecastOptions) throws(EvaluationError)
    -> [KeyFigures]
  {
    try model.totals(input, options: options).perspectives.map(\.total)
  }
}

extension KeyFigures {
  /// The figure's value as a number (kronor for amounts), or `nil` when undefined.
  public func number(_ figure: KeyFigure) -> Double? {
    switch figure {
    case .potentialBefore: potentialBefore.kronorValue
    case .potentialAfter: potentialAfter.kronorValue
    case .revenue: revenue.kronorValue
    case .cost: cost.kronorValue
    case .profitabilityYear1: profitabilityYear1.kronorValue
    case .forecastRevenue5: forecastRevenue5.kronorValue
    case .profitability5: profitability5.kronorValue
    case .profitabilityWriteOff3: profitabilityWriteOff3.kronorValue
    case .profitabilityExternalFactors: profitabilityExternalFactors.kronorValue
    case .paybackMonths: paybackMonths
    case .verkningsgrad: verkningsgrad
    case .costPerVerkningsgrad: costPerVerkningsgrad
    case .returnPerKrona: returnPerKrona
    case .revenuePerParticipant: participants > 0 ? revenue.kronorValue / Double(participants) : nil
    case .costPerParticipant: participants > 0 ? cost.kronorValue / Double(participants) : nil
    }
  }
}

/// The draws of one source, per perspective and figure, until they are summarised.
struct DrawCollector {
  var values: [[[Double]]]
  var undefined: [[Int]]
  var profitableYear1: [Int]
  var profitable5: [Int]
  var count = 0

  init(draws: Int) {
    let perspectives = Perspective.allCases.count
    let figures = KeyFigure.perspectiveFigures.count
    values = Array(repeating: Array(repeating: [], count: figures), count: perspectives)
    for p in 0..<perspectives { for f in 0..<figures { values[p][f].reserveCapacity(draws) } }
    undefined = Array(repeating: Array(repeating: 0, count: figures), count: perspectives)
    profitableYear1 = Array(repeating: 0, count: perspectives)
    profitable5 = Array(repeating: 0, count: perspectives)
  }

  mutating func add(_ totals: [KeyFigures]) {
    count += 1
    for (p, k) in totals.enumerated() {
      if k.profitabilityYear1 > .zero { profitableYear1[p] += 1 }
      if k.profitability5 > .zero { profitable5[p] += 1 }
      for (f, figure) in KeyFigure.perspectiveFigures.enumerated() {
        if let value = k.number(figure) {
          values[p][f].append(value)
        } else {
          undefined[p][f] += 1
          // A cost never paid back ranks after every number of months.
          if figure == .paybackMonths, let reason = k.undefined[figure], reason != .costIsZero { values[p][f].append(.infinity) }
        }
      }
    }
  }

  func summary(_ settings: UncertaintySettings) -> UncertaintySummary {
    let q = settings.quantiles
    var intervals: [Perspective: [KeyFigure: FigureInterval]] = [:]
    var year1: [Perspective: Double] = [:]
    var five: [Perspective: Double] = [:]
    for (p, perspective) in Perspective.allCases.enumerated() {
      var figures: [KeyFigure: FigureInterval] = [:]
      for (f, figure) in KeyFigure.perspectiveFigures.enumerated() {
        let sorted = values[p][f].sorted()
        func at(_ quantile: Double) -> Double? {
          guard !sorted.isEmpty else { return nil }
          let value = Percentile.of(sorted: sorted, quantile)
          return value.isFinite ? value : nil
        }
        figures[figure] = FigureInterval(low: at(q.low), median: at(q.median), high: at(q.high), undefinedDraws: undefined[p][f])
      }
      intervals[perspective] = figures
      year1[perspective] = count > 0 ? Double(profitableYear1[p]) / Double(count) : 0
      five[perspective] = count > 0 ? Double(profitable5[p]) / Double(count) : 0
    }
    return UncertaintySummary(intervals: intervals, probabilityProfitableYear1: year1, probabilityProfitable5: five)
  }
}
