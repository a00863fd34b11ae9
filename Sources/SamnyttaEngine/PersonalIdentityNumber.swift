/// Recognises Swedish personal identity numbers (personnummer) and coordination numbers
/// (samordningsnummer), so that participant data stays pseudonymous.
///
/// Accepted shapes: `YYMMDDNNNN`, `YYMMDD-NNNN`, `YYMMDD+NNNN`, `YYYYMMDDNNNN`, `YYYYMMDD-NNNN`,
/// with a plausible month and day (a coordination number adds 60 to the day). The check digit is
/// deliberately not required: a mistyped personnummer is still personal data.
public enum PersonalIdentityNumber {
  public static func looksLikeOne(_ text: String) -> Bool {
    let trimmed = text.unicodeScalars.filter { $0 != " " }
    var digits: [UInt8] = []
    var separators = 0
    for scalar in trimmed {
      if scalar.value >= 48 && scalar.value <= 57 {
        digits.append(UInt8(scalar.value - 48))
      } else if scalar == "-" || scalar == "+" {
        separators += 1
        // The separator must sit before the last four digits.
        if digits.count != 6 && digits.count != 8 { return false }
      } else {
        return false
      }
    }
    guard separators <= 1, digits.count == 10 || digits.count == 12 else { return false }
    let date = digits.count == 12 ? Array(digits[2..<8]) : Array(digits[0..<6])
    let month = Int(date[2]) * 10 + Int(date[3])
    var day = Int(date[4]) * 10 + Int(date[5])
    if day > 60 { day -= 60 }
    return (1...12).contains(month) && (1...31).contains(day)
  }
}
