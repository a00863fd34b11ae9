/// The six actors whose net positions the method follows (METHOD.md, "Actors and perspectives").
///
/// The order of the cases is the order of every table and JSON array the tool writes.
public enum Actor: String, CaseIterable, Sendable, Hashable {
  case municipality  // kommun
  case region  // region (landsting)
  case employmentService  // Arbetsförmedlingen
  case socialInsuranceAgency  // Försäkringskassan
  case otherState  // övrig stat: employer contributions, state income tax, indirect taxes
  case individual  // the participant

  /// Everyone but the individual is part of the public sector.
  @inlinable public var isPublic: Bool { self != .individual }
}

/// A point of view from which key figures are reported: one actor, or a subtotal, or society.
public enum Perspective: String, CaseIterable, Sendable, Hashable {
  case society
  case publicSector  // offentlig sektor = kommun + region + staten
  case municipality
  case region
  case state  // staten = AF + FK + övrig stat (a subtotal, not an actor; seed 004 line 567)
  case employmentService
  case socialInsuranceAgency
  case otherState
  case individual

  /// AF, FK and övrig stat: one of the actors that make up staten (shown indented under it).
  public var isPartOfState: Bool { self != .state && Perspective.state.actors!.contains { $0.rawValue == rawValue } }

  /// The actors whose positions this perspective adds up; `nil` for society, which is defined by
  /// the convention instead (see ``SocietyConvention``).
  public var actors: [Actor]? {
    switch self {
    case .society: nil
    case .publicSector: Self.publicSectorActors
    case .state: Self.stateActors
    case .municipality: Self.single[0]
    case .region: Self.single[1]
    case .employmentService: Self.single[2]
    case .socialInsuranceAgency: Self.single[3]
    case .otherState: Self.single[4]
    case .individual: Self.single[5]
    }
  }

  // Made once: `actors` is read for every key figure of every uncertainty draw, and an array
  // literal there would be allocated on every read.
  private static let publicSectorActors: [Actor] = [.municipality, .region, .employmentService, .socialInsuranceAgency, .otherState]
  private static let stateActors: [Actor] = [.employmentService, .socialInsuranceAgency, .otherState]
  private static let single: [[Actor]] = [[.municipality], [.region], [.employmentService], [.socialInsuranceAgency], [.otherState], [.individual]]
}
