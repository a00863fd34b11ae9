/// Every price, rate and unit cost the method needs, as one value the engine reads.
///
/// The engine holds no Swedish number of its own: all of them arrive here, loaded by the adapters
/// from a model file in `Models/`, where each value carries its source and year. Every value has a
/// ``ParameterPath`` so `explain` can name the parameter behind each flow.
public struct ParameterSet: Sendable {
  public var id: String
  public var priceYear: Int
  public var convention: SocietyConvention
  public var labour: LabourParameters
  public var taxes: TaxParameters
  /// The support states, in the model file's order.
  public var states: [SupportState]
  /// The care and handling contacts participants can use, in the model file's order.
  public var careTypes: [CareType]
  /// Who finances an intervention when the input does not say.
  public var defaultFinancing: [Actor: Double]
  public var classification: ClassificationThresholds
  /// Share of revenue attributed to other causes in the external-factors sensitivity analysis.
  public var externalFactorsShare: Double
  /// The largest monthly salary or benefit an input may state before it is refused as absurd.
  public var maximumMonthlyAmount: Money
  /// How income is taxed: `flat` (the full rates on gross income) unless the model says `skatteverket`.
  public var taxRules: TaxRules = .flat

  public init(
    id: String, priceYear: Int, convention: SocietyConvention, labour: LabourParameters,
    taxes: TaxParameters, states: [SupportState], careTypes: [CareType],
    defaultFinancing: [Actor: Double], classification: ClassificationThresholds,
    externalFactorsShare: Double, maximumMonthlyAmount: Money
  ) {
    self.id = id
    self.priceYear = priceYear
    self.convention = convention
    self.labour = labour
    self.taxes = taxes
    self.states = states
    self.careTypes = careTypes
    self.defaultFinancing = defaultFinancing
    self.classification = classification
    self.externalFactorsShare = externalFactorsShare
    self.maximumMonthlyAmount = maximumMonthlyAmount
  }
}

/// The wage that values full-time work and what an employer pays on top of a salary.
public struct LabourParameters: Sendable {
  /// Average gross monthly salary, full time: the yardstick of the potential.
  public var averageMonthlySalary: Money
  /// Statutory employer contributions (arbetsgivaravgifter) as a share of the gross salary; paid to övrig stat.
  public var employerContributionRate: Double
  /// Collectively agreed fees as a share of the gross salary. When counted in the production value
  /// they flow to the individual as deferred pay (pensions, insurance); otherwise they are left out.
  public var agreedFeesRate: Double
  /// Whether agreed fees are part of the production value (labour cost).
  public var agreedFeesInProductionValue: Bool

  public init(
    averageMonthlySalary: Money, employerContributionRate: Double, agreedFeesRate: Double,
    agreedFeesInProductionValue: Bool
  ) {
    self.averageMonthlySalary = averageMonthlySalary
    self.employerContributionRate = employerContributionRate
    self.agreedFeesRate = agreedFeesRate
    self.agreedFeesInProductionValue = agreedFeesInProductionValue
  }
}

/// Income and consumption taxes, applied to a period's annual income.
public struct TaxParameters: Sendable {
  /// Municipal income tax rate (kommunalskatt, the kommun's part).
  public var municipalRate: Double
  /// Regional income tax rate (the region's part of kommunalskatten).
  public var regionalRate: Double
  /// State income tax rate above the threshold.
  public var stateRate: Double
  /// Annual taxable income above which state income tax is paid (skiktgräns).
  public var stateThresholdAnnual: Money
  /// Indirect taxes (VAT, excise) as a share of the individual's disposable income; paid to övrig stat.
  public var indirectRate: Double

  public init(
    municipalRate: Double, regionalRate: Double, stateRate: Double, stateThresholdAnnual: Money,
    indirectRate: Double
  ) {
    self.municipalRate = municipalRate
    self.regionalRate = regionalRate
    self.stateRate = stateRate
    self.stateThresholdAnnual = stateThresholdAnnual
    self.indirectRate = indirectRate
  }
}

/// One support state (försörjning): the flows one month of it causes, at full extent.
public struct SupportState: Sendable {
  /// The code used in input files, e.g. `forsorjningsstod`.
  public var code: String
  /// Whether the state takes the person's time, so it counts towards the 12 full-time months a
  /// period can hold. A top-up benefit such as försörjningsstöd does not.
  public var occupiesTime: Bool
  public var benefit: Benefit?
  public var work: Work?
  /// Real resources used per month in this state (handling, programme places), whatever the extent.
  public var resourceUse: [ResourceUse]

  public init(code: String, occupiesTime: Bool, benefit: Benefit?, work: Work?, resourceUse: [ResourceUse]) {
    self.code = code
    self.occupiesTime = occupiesTime
    self.benefit = benefit
    self.work = work
    self.resourceUse = resourceUse
  }

  /// A benefit paid to the individual by a public actor.
  public struct Benefit: Sendable {
    public var payer: Actor
    /// Paid per month at full extent, unless the input gives the amount.
    public var defaultMonthlyAmount: Money
    public var taxable: Bool
    /// The law's rule for the amount (ceiling, step-down, level), when the model states one.
    public var rule: BenefitRule?
    public init(payer: Actor, defaultMonthlyAmount: Money, taxable: Bool, rule: BenefitRule? = nil) {
      self.payer = payer
      self.defaultMonthlyAmount = defaultMonthlyAmount
      self.taxable = taxable
      self.rule = rule
    }
  }

  /// Paid work: a salary from an employer, possibly with a wage subsidy from a public actor.
  public struct Work: Sendable {
    /// Gross monthly salary at full time, unless the input gives it.
    public var defaultMonthlySalary: Money
    public var subsidy: Subsidy?
    public init(defaultMonthlySalary: Money, subsidy: Subsidy?) {
      self.defaultMonthlySalary = defaultMonthlySalary
      self.subsidy = subsidy
    }
  }

  /// A wage subsidy: a share of the labour cost paid to the employer.
  public struct Subsidy: Sendable {
    public var payer: Actor
    /// Share of the labour cost, unless the input gives it.
    public var defaultShare: Double
    /// The law's share and caps, when the model states them; they replace `defaultShare`.
    public var rule: SubsidyRule?
    public init(payer: Actor, defaultShare: Double, rule: SubsidyRule? = nil) {
      self.payer = payer
      self.defaultShare = defaultShare
      self.rule = rule
    }
  }
}

/// A real resource cost per month or per contact, and the actor that bears it.
public struct ResourceUse: Sendable {
  /// What the resource is, e.g. `handling` or `programme`: shown by `explain`.
  public var kind: String
  public var bearer: Actor
  public var unitCost: Money
  /// Whether the cost follows the spell's extent (a half-time programme place costs half) or is per
  /// case-month whatever the extent (handling). Set per kind by the model's `resourceScaling`.
  public var scalesWithExtent: Bool
  public init(kind: String, bearer: Actor, unitCost: Money, scalesWithExtent: Bool = false) {
    self.kind = kind
    self.bearer = bearer
    self.unitCost = unitCost
    self.scalesWithExtent = scalesWithExtent
  }
}

/// A kind of care or handling contact (a primary-care visit, an inpatient day): a unit cost per contact.
public struct CareType: Sendable {
  public var code: String
  public var cost: ResourceUse
  public init(code: String, cost: ResourceUse) {
    self.code = code
    self.cost = cost
  }
}

/// Where Payoff's criteria 3 and 4 draw their lines; the seed gives none, so the model does.
public struct ClassificationThresholds: Sendable {
  /// Mean full-time months on public support in the 12 months before at or above which the
  /// exclusion counts as extensive (criterion 3).
  public var extensiveExclusionMonths: Double
  /// Cost per participant at or above which resources count as medium, and as large (criterion 4).
  public var mediumResourcesPerParticipant: Money
  public var largeResourcesPerParticipant: Money
  public init(extensiveExclusionMonths: Double, mediumResourcesPerParticipant: Money, largeResourcesPerParticipant: Money) {
    self.extensiveExclusionMonths = extensiveExclusionMonths
    self.mediumResourcesPerParticipant = mediumResourcesPerParticipant
    self.largeResourcesPerParticipant = largeResourcesPerParticipant
  }
}
