import SamnyttaEngine
import SamnyttaFormats

/// What is wrong with a model file (Models/*.json), as a value each ``Language`` renders. Model
/// files are the analysts' (parameters with sources, tax and benefit rules); the words of the
/// format (`basis`, `range`, `upToPbb`) are its keys and stay as written. `path` is the
/// parameter's name as the model report shows it (`labour.averageMonthlySalary`).
public enum ModelMessage: Sendable, Hashable {
  case needsSource
  case estimateNeedsNote
  /// A value without one of `basis`, `verified`, `range`; `required` when the format version asks for all three.
  case missingEvidence(path: String, key: String, required: Bool)
  /// `basis` says derived or estimated, but the value is not marked `"estimate": true`.
  case basisNeedsEstimate(path: String, basis: String)
  /// `basis` says a source states the value, but it is marked as an estimate.
  case basisContradictsEstimate(path: String, basis: String)
  case badVerifiedDate(path: String, text: String)
  case tableHasNoRange(path: String)
  case rangeInverted(path: String, low: Double, high: Double)
  case shareRangeOutside(path: String, high: Double)
  case rangeExcludesValue(path: String, low: Double, high: Double, value: Double)
  case mustBePositive
  case shareOutOfRange(path: String, value: Double)
  case emptyTable
  case badCode(String)
  case duplicateCode(String)
  case unsupportedVersion(Int, supported: [Int])
  case idMismatch(id: String, expected: String)
  case financingSum(Double)
  case largeBelowMedium
  case minimumPeersOutOfRange
  case yearKey(String)
  case indexNeedsSource
  case skatteverketUnused
  case skatteverketMissing
  case unknownTaxRules(String)
  case noStateWithBenefit(String)
  case noStateWithWageSubsidy(String)
  case expectedResourceKind(found: DataMessage.ValueType)
  case bracketUpToPbb
  case bracketOrder
  case dailyAmountNeedsDays
  case dailyAmountOrGuarantee
  case tierOrder
  case stepsNeedDays
  case firstStepDay
  case stepOrder
  case stepRate

  /// One of each message, for the test that every message exists in both languages.
  public static let examples: [ModelMessage] = [
    .needsSource, .estimateNeedsNote, .missingEvidence(path: "taxes.stateRate", key: "basis", required: true),
    .missingEvidence(path: "taxes.stateRate", key: "range", required: false), .basisNeedsEstimate(path: "a.b", basis: "derived"),
    .basisContradictsEstimate(path: "a.b", basis: "law"), .badVerifiedDate(path: "a.b", text: "2026-02-30"), .tableHasNoRange(path: "a.b"),
    .rangeInverted(path: "a.b", low: 2, high: 1), .shareRangeOutside(path: "a.b", high: 1.5),
    .rangeExcludesValue(path: "a.b", low: 1, high: 2, value: 2.5), .mustBePositive, .shareOutOfRange(path: "a.b", value: 1.3142), .emptyTable,
    .badCode("Ab"), .duplicateCode("ab"), .unsupportedVersion(3, supported: [1, 2]), .idMismatch(id: "se-2025", expected: "my-model"),
    .financingSum(0.9), .largeBelowMedium, .minimumPeersOutOfRange, .yearKey("x"), .indexNeedsSource, .skatteverketUnused,
    .skatteverketMissing, .unknownTaxRules("x"), .noStateWithBenefit("x"), .noStateWithWageSubsidy("x"), .expectedResourceKind(found: .number),
    .bracketUpToPbb, .bracketOrder, .dailyAmountNeedsDays, .dailyAmountOrGuarantee, .tierOrder, .stepsNeedDays, .firstStepDay, .stepOrder,
    .stepRate,
  ]

  public func text(_ l: Language) -> String {
    let sv = l == .sv
    func n(_ x: Double) -> String {
      let text = x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : "\(x)"
      return sv ? String(text.map { $0 == "." ? "," : $0 }) : text
    }
    switch self {
    case .needsSource: return sv ? "varje värde behöver en källa" : "every value needs a source"
    case .estimateNeedsNote:
      return sv ? "en uppskattning behöver en anteckning (note) om hur den togs fram" : "an estimate needs a note saying how it was derived"
    case .missingEvidence(let path, let key, let required):
      let why =
        required
        ? (sv
          ? "modellformatets version 2 kräver basis, verified och range för varje värde"
          : "model format version 2 requires basis, verified and range for every value")
        : (sv ? "basis, verified och range anges tillsammans" : "basis, verified and range go together")
      return sv ? "\(path): nyckeln '\(key)' saknas; \(why)" : "\(path): missing required key '\(key)'; \(why)"
    case .basisNeedsEstimate(let path, let basis):
      return sv
        ? "\(path): basis '\(basis)' betyder att ingen källa anger värdet; ange \"estimate\": true och beskriv i note hur det togs fram"
        : "\(path): basis '\(basis)' marks a value no source states; set \"estimate\": true and say in note how it was derived"
    case .basisContradictsEstimate(let path, let basis):
      return sv
        ? "\(path): basis '\(basis)' betyder att en källa anger värdet; en uppskattning har basis 'derived' eller 'estimate'"
        : "\(path): basis '\(basis)' means a source states the value; an estimate has basis 'derived' or 'estimate'"
    case .badVerifiedDate(let path, let text):
      return sv
        ? "\(path): förväntade datumet då värdet kontrollerades som ÅÅÅÅ-MM-DD, men det är '\(text.quotedForMessage)'"
        : "\(path): expected the date the value was verified as YYYY-MM-DD, got '\(text.quotedForMessage)'"
    case .tableHasNoRange(let path): return sv ? "\(path): en tabell har inget intervall (range)" : "\(path): a table has no range"
    case .rangeInverted(let path, let low, let high):
      return sv
        ? "\(path): intervallets undre gräns \(n(low)) är större än dess övre \(n(high))"
        : "\(path): the range's low \(n(low)) is above its high \(n(high))"
    case .shareRangeOutside(let path, let high):
      return sv
        ? "\(path): en andels intervall måste ligga mellan 0 och 1, men den övre gränsen är \(n(high))"
        : "\(path): a share's range must lie between 0 and 1, got high \(n(high))"
    case .rangeExcludesValue(let path, let low, let high, let value):
      return sv
        ? "\(path): intervallet \(n(low))–\(n(high)) innehåller inte värdet \(n(value))"
        : "\(path): the range \(n(low))–\(n(high)) does not contain the value \(n(value))"
    case .mustBePositive: return sv ? "måste vara större än 0" : "must be greater than 0"
    case .shareOutOfRange(let path, let value):
      let shown = sv ? String("\(value)".map { $0 == "." ? "," : $0 }) : "\(value)"
      return sv ? "\(path): måste vara en andel mellan 0 och 1, men är \(shown)" : "\(path): must be a share between 0 and 1, got \(shown)"
    case .emptyTable: return sv ? "måste vara en lista med minst en rad" : "must be a non-empty array of rows"
    case .badCode(let code):
      return sv
        ? "en kod består av små ASCII-bokstäver, siffror och '_', men är '\(code.quotedForMessage)'"
        : "a code is lower-case ASCII letters, digits and '_', got '\(code.quotedForMessage)'"
    case .duplicateCode(let code):
      return sv ? "koden '\(code.quotedForMessage)' förekommer mer än en gång" : "duplicate code '\(code.quotedForMessage)'"
    case .unsupportedVersion(let version, let supported):
      let list = supported.map(String.init).joined(separator: sv ? " och " : " and ")
      return sv
        ? "modellformatets version \(version) stöds inte; programmet läser version \(list)"
        : "model format version \(version) is not supported; this program reads versions \(list)"
    case .idMismatch(let id, let expected):
      return sv
        ? "modellens id '\(id)' måste vara filens namn utan .json ('\(expected)')"
        : "the model id '\(id)' must equal the file name without .json ('\(expected)')"
    case .financingSum(let sum):
      let shown = sv ? String("\(sum)".map { $0 == "." ? "," : $0 }) : "\(sum)"
      return sv ? "andelarna måste tillsammans vara 1, men summan är \(shown)" : "shares must sum to 1, got \(shown)"
    case .largeBelowMedium:
      return sv
        ? "den undre gränsen för stora resurser får inte ligga under den för medelstora resurser"
        : "the lower bound of large resources must not be below that of medium resources"
    case .minimumPeersOutOfRange: return sv ? "måste vara ett heltal från 1 till 1000" : "must be a whole number from 1 to 1000"
    case .yearKey(let key):
      return sv ? "förväntade ett år som nyckel, men den är '\(key.quotedForMessage)'" : "expected a year as the key, got '\(key.quotedForMessage)'"
    case .indexNeedsSource: return sv ? "varje indexserie behöver en källa" : "every index series needs a source"
    case .skatteverketUnused:
      return sv
        ? "parametrarna under skatteverket läses bara när taxRules är \"skatteverket\""
        : "skatteverket parameters are only read when taxRules is \"skatteverket\""
    case .skatteverketMissing:
      return sv ? "taxRules \"skatteverket\" behöver parametrarna under skatteverket" : "taxRules \"skatteverket\" needs the skatteverket parameters"
    case .unknownTaxRules(let name):
      return sv
        ? "okända skatteregler '\(name.quotedForMessage)'; möjliga värden: flat, skatteverket"
        : "unknown tax rules '\(name.quotedForMessage)'; expected one of: flat, skatteverket"
    case .noStateWithBenefit(let key):
      return sv ? "ingen försörjning '\(key.quotedForMessage)' med ersättning" : "no state '\(key.quotedForMessage)' with a benefit"
    case .noStateWithWageSubsidy(let key):
      return sv ? "ingen försörjning '\(key.quotedForMessage)' med lönebidrag" : "no state '\(key.quotedForMessage)' with a wage subsidy"
    case .expectedResourceKind(let found):
      return sv
        ? "förväntade ett resursslag (en textsträng), men värdet är \(DataMessage.text(found, l))"
        : "expected a resource kind (a string), found \(DataMessage.text(found, l))"
    case .bracketUpToPbb:
      return sv ? "varje skiktgräns utom den sista har upToPbb, den sista har ingen" : "every bracket but the last has upToPbb, the last has none"
    case .bracketOrder: return sv ? "skikten måste komma i stigande ordning efter upToPbb" : "brackets must be in increasing order of upToPbb"
    case .dailyAmountNeedsDays: return sv ? "ett dailyAmount behöver payableDaysPerMonth" : "a dailyAmount needs payableDaysPerMonth"
    case .dailyAmountOrGuarantee:
      return sv ? "en regel har antingen ett dailyAmount eller en guaranteeLevel" : "a rule has either a dailyAmount or a guaranteeLevel"
    case .tierOrder: return sv ? "åldersnivåerna måste komma i stigande ordning efter fromAge" : "tiers must be in increasing order of fromAge"
    case .stepsNeedDays: return sv ? "steps behöver payableDaysPerMonth" : "steps need payableDaysPerMonth"
    case .firstStepDay: return sv ? "det första steget börjar på dag 1" : "the first step starts on day 1"
    case .stepOrder: return sv ? "stegen måste komma i stigande ordning efter fromDay" : "steps must be in increasing order of fromDay"
    case .stepRate: return sv ? "en andel (rate) är större än 0 och högst 1" : "a rate is a share above 0 and at most 1"
    }
  }
}
