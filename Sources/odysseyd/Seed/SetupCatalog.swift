/// The rows a working install needs, written by `odysseyctl seed`.
///
/// Later subsystems add theirs here (job names, default schedules), so `seed` and `doctor` know
/// one list.
enum SetupCatalog {
    /// `settings` keys with their JSON values.
    static let settings: [(key: String, json: String)] = [
        ("default_locale", "\"ru\""),
        ("supported_locales", "[\"ru\", \"en\"]"),
        ("default_timezone", "\"UTC\""),
    ]
}
