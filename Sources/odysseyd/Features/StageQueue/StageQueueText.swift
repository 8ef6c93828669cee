/// Wording shared by the queue message, replies and announcements.
enum StageQueueText {
    /// "Nobody is waiting", "1 waiting", "3 waiting".
    static func waiting(_ count: Int) -> String {
        count == 0 ? "Nobody is waiting" : "\(count) waiting"
    }

    static func position(_ position: Int, of count: Int) -> String {
        "#\(position) of \(count)"
    }
}
