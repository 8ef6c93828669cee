import Shared

/// `odysseyctl session ls` and `session revoke` as text. The id hash is cut to 12 digits, which
/// `session revoke` accepts as a prefix.
///
/// ```swift
/// print(SessionRenderer.listText(for: response))
/// // SESSION       USER       USER-ID              STATE   SCOPES    CREATED  EXPIRES
/// // 3f9a0c1d2e4b  ada (Ada)  1191168914407768064  active  identify  2h ago   in 6d
/// ```
enum SessionRenderer {
    static let shownHashLength = 12

    static func listText(for response: SessionListResponse, time: TimeText = TimeText()) -> String {
        guard !response.sessions.isEmpty else {
            return "No dashboard sessions."
        }
        var table = TextTable(columns: ["SESSION", "USER", "USER-ID", "STATE", "SCOPES", "CREATED", "EXPIRES"])
        for session in response.sessions {
            table.append([
                String(session.idHash.prefix(shownHashLength)),
                CellText.oneLine(userText(session), limit: 40),
                session.userId,
                session.state.rawValue,
                CellText.oneLine(session.scopes.joined(separator: ","), limit: 40),
                time.relative(session.createdAt),
                session.state == .revoked ? "revoked " + (session.revokedAt.map(time.relative) ?? "") : time.relative(session.expiresAt),
            ])
        }
        return table.render()
    }

    static func revokedText(for response: SessionRevokeResponse) -> String {
        switch response.revoked.count {
        case 0: "No live session matched; nothing was revoked."
        case 1: "Revoked session \(response.revoked[0].prefix(shownHashLength))."
        default: "Revoked \(response.revoked.count) sessions: "
            + response.revoked.map { String($0.prefix(shownHashLength)) }.joined(separator: ", ") + "."
        }
    }

    static func userText(_ session: SessionSummary) -> String {
        guard let global = session.globalName, global != session.username else { return session.username }
        return "\(session.username) (\(global))"
    }
}
