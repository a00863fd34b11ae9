/// The version of the tool and engine, written into every result file and stored run.
public enum SamnyttaVersion {
  public static let current = "0.1.0"
}
