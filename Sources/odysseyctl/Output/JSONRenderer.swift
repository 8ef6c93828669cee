import Foundation
import Shared

/// `--json` output: the control API's own JSON dialect, indented.
///
/// ```swift
/// print(JSONRenderer.text(for: status))
/// ```
enum JSONRenderer {
    static func text(for value: some Encodable) -> String {
        do {
            return String(decoding: try ControlJSON.prettyEncoder.encode(value), as: UTF8.self)
        } catch {
            // Only a non-finite Double can fail to encode, and none comes out of decoded JSON;
            // if one ever does, stdout still gets a JSON document a script can read.
            let body = ControlErrorBody(message: "odysseyctl cannot encode its output: \(error)")
            let data = (try? ControlJSON.prettyEncoder.encode(body)) ?? Data("{}".utf8)
            return String(decoding: data, as: UTF8.self)
        }
    }
}
