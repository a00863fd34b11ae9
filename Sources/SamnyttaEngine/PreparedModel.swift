/// A ``ParameterSet`` made ready for fast evaluation: codes resolved to indices once, and the
/// reference state (full-time work at the average salary) appended after the model's own states.
public struct PreparedModel: Sendable {
  public let parameters: ParameterSet
  /// The model's states followed by the reference state.
  @usableFromInline let states: [SupportState]
  @usableFromInline let stateIndex: [String: Int]
  @usableFromInline let careIndex: [String: Int]
  /// Index in ``states`` of full-time unsubsidised work at the average salary.
  public let referenceState: Int

  public init(_ parameters: ParameterSet) {
    self.parameters = parameters
    let reference = SupportState(
      code: "", occupiesTime: true, benefit: nil,
      work: .init(defaultMonthlySalary: parameters.labour.averageMonthlySalary, subsidy: nil), resourceUse: [])
    states = parameters.states + [reference]
    referenceState = parameters.states.count
    var stateIndex: [String: Int] = [:]
    for (i, state) in parameters.states.enumerated() { stateIndex[state.code] = i }
    self.stateIndex = stateIndex
    var careIndex: [String: Int] = [:]
    for (i, care) in parameters.careTypes.enumerated() { careIndex[care.code] = i }
    self.careIndex = careIndex
  }

  @inlinable public func state(_ code: String) -> Int? { stateIndex[code] }
  @inlinable public func careType(_ code: String) -> Int? { careIndex[code] }
  public func supportState(at index: Int) -> SupportState { states[index] }
}
