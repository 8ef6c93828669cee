/// The version both programs report: in `odysseyctl version`, `/healthz` and the control API.
public enum OdysseyVersion {
    public static let current = "0.1.0"
}
