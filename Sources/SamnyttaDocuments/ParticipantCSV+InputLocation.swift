import SamnyttaEngine

extension ParticipantCSV {
  /// Where a rule the engine found broken came from in an import file: the row and column of the
  /// cell, and a context for the message when the rule is about more than one cell (a period's
  /// months, the whole list). Rules outside the participants cannot come from the file.
  static func locate(_ location: InputLocation, in groups: Groups) -> (line: Int?, column: Column?, context: DataMessage.ImportContext) {
    if case .comparison(let inner) = location {
      let place = locate(inner, in: groups.comparison)
      return (place.line, place.column, .comparison(place.context))
    }
    return locate(location, in: groups.participants)
  }

  /// ``locate(_:in:)`` within one group's records.
  static func locate(_ location: InputLocation, in records: [Record]) -> (line: Int?, column: Column?, context: DataMessage.ImportContext) {
    let outside: (line: Int?, column: Column?, context: DataMessage.ImportContext) = (nil, nil, .participants)
    switch location {
    case .name, .association, .cost, .participants, .summary, .comparison:
      return outside
    case .period(let i, let period):
      guard let (record, rows) = rows(of: i, period, in: records) else { return outside }
      return (rows.firstLine ?? record.firstLine, .period, context(record, rows))
    case .participantRecord(let i):
      guard records.indices.contains(i) else { return outside }
      return (records[i].firstLine, .id, .participant(records[i].id))
    case .participant(let i, let field):
      guard records.indices.contains(i) else { return outside }
      let record = records[i]
      switch field {
      case .id: return (record.firstLine, .id, .id(record.id))
      case .count: return (record.count?.line ?? record.firstLine, .count, .none)
      }
    case .spells(let i, let period):
      guard let (record, rows) = rows(of: i, period, in: records) else { return outside }
      return (rows.firstLine ?? record.firstLine, .months, context(record, rows))
    case .spell(let i, let period, let j, let field):
      guard let (record, rows) = rows(of: i, period, in: records) else { return outside }
      guard rows.spells.indices.contains(j) else { return (rows.firstLine ?? record.firstLine, nil, context(record, rows)) }
      return (rows.spells[j].line, column(field), .none)
    case .care(let i, let period, let j, let field):
      guard let (record, rows) = rows(of: i, period, in: records) else { return outside }
      guard rows.care.indices.contains(j) else { return (rows.firstLine ?? record.firstLine, nil, context(record, rows)) }
      return (rows.care[j].line, column(field), .none)
    }
  }

  /// Participant `i`'s record and the rows of one of its periods, if the file has that participant.
  static func rows(of i: Int, _ period: InputLocation.PeriodName, in records: [Record]) -> (Record, PeriodRows)? {
    guard records.indices.contains(i) else { return nil }
    let index =
      switch period {
      case .before: 0
      case .after: 1
      case .counterfactual: 2
      }
    return (records[i], records[i].periods[index])
  }

  static func context(_ record: Record, _ rows: PeriodRows) -> DataMessage.ImportContext { .period(id: record.id, label: rows.label) }

  /// The import column each spell field is read from.
  static func column(_ field: InputLocation.SpellField) -> Column {
    switch field {
    case .state: .state
    case .months: .months
    case .extent: .extent
    case .monthlyAmount: .monthlyAmount
    case .subsidyShare: .subsidy
    }
  }

  static func column(_ field: InputLocation.CareField) -> Column {
    switch field {
    case .type: .care
    case .count: .careCount
    }
  }
}
