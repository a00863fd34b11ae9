extension String {
  /// The most Unicode scalars of a user's text an error message quotes.
  public static let messageQuoteLimit = 40

  /// This text as an error message quotes it: whole when it has at most ``messageQuoteLimit``
  /// Unicode scalars, else that many followed by "…". A message names the value so its author can
  /// find it, and a prefix does that; quoting a 50 MB cell whole would make a 50 MB message.
  /// Scalars, not characters, are counted so that no text (not even one character with a million
  /// combining marks) quotes longer. Every message that echoes input goes through this.
  public var quotedForMessage: String {
    let scalars = unicodeScalars
    guard let end = scalars.index(scalars.startIndex, offsetBy: Self.messageQuoteLimit, limitedBy: scalars.endIndex), end != scalars.endIndex
    else { return self }
    return String(scalars[..<end]) + "…"
  }
}
