/// Recognises Swedish personal identity numbers (personnummer) and coordination numbers
/// (samordningsnummer), so that participant data stays pseudonymous.
///
/// Accepted shapes: `YYMMDDNNNN`, `YYMMDD-NNNN`, `YYMMDD+NNNN`, `YYYYMMDDNNNN`, `YYYYMMDD-NNNN`
/// (spaces ignored), with a plausible month and day (a coordination number adds 60 to the day).
/// The check digit is deliberately not required: a mistyped personnummer is still personal data.
public enum PersonalIdentityNumber {
  public static func looksLikeOne(_ text: String) -> Bool {
    var digits = 0
    var separators = 0
    // The six date digits YYMMDD, packed: only the last four (MMDD) matter.
    var date = 0
    var dateDigitsSeen = 0
    var century = false
    for byte in text.utf8 {
      switch byte {
      case 0x30...0x39:
        digits += 1
        if digits > 12 { return false }
        dateDigitsSeen += 1
        if dateDigitsSeen <= 8 { date = date * 10 + Int(byte - 0x30) }
      case 0x2D, 0x2B:  // - +
        separators += 1
        if separators > 1 || (digits != 6 && digits != 8) { return false }
        century = digits == 8
      case 0x20: continue
      default: return false
      }
    }
    guard digits == 10 || digits == 12 else { return false }
    if separators == 1 && century != (digits == 12) { return false }
    // `date` holds the first eight digits; the date part ends at digit 6 (short) or 8 (long).
    let datePart = digits == 12 ? date : date / 100
    let month = (datePart / 100) % 100
    var day = datePart % 100
    if day > 60 { day -= 60 }
    return (1...12).contains(month) && (1...31).contains(day)
  }
}
