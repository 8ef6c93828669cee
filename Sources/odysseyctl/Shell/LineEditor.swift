// libedit's readline API is C globals; this file is their only user, from one thread (see below).
@preconcurrency import CLibEdit
import Glibc

/// Reads lines at a prompt with libedit (through its readline-compatible API): editing keys,
/// in-memory history (↑/↓, Ctrl-R) and Tab completion from a Swift closure.
///
/// libedit keeps one global editor per process, so there is one `LineEditor` per process
/// and it is used from one thread: the one blocked in ``readLine(prompt:)``.
///
/// ```swift
/// let editor = LineEditor(name: "odysseyctl", history: ["status"], historyLimit: 1000)
/// editor.complete = { line in ["version"] }
/// while let line = editor.readLine(prompt: "odyssey › ") {
///     editor.remember(line)
/// }
/// ```
final class LineEditor {
    /// Answers Tab: given the line up to the cursor, the words that may replace the last one.
    var complete: (String) -> [String] {
        get { LineEditorCompletion.complete }
        set { LineEditorCompletion.complete = newValue }
    }

    init(name: String, history: [String], historyLimit: Int) {
        // readline keeps the pointer; the name lives as long as the process, as the editor does.
        rl_readline_name = UnsafePointer(strdup(name))
        rl_attempted_completion_function = lineEditorAttemptCompletion
        using_history()
        stifle_history(Int32(historyLimit))
        for line in history {
            _ = add_history(line)
        }
    }

    /// The next line without its newline; nil at end of input (Ctrl-D on an empty line).
    func readLine(prompt: String) -> String? {
        guard let line = readline(prompt) else { return nil }
        // readline hands over a malloc'd buffer; copy it into Swift and give it back.
        defer { free(line) }
        return String(cString: line)
    }

    /// Adds a line to the in-memory history, so ↑ finds it in this session.
    func remember(_ line: String) {
        _ = add_history(line)
    }
}

/// Where libedit's completion callback finds the Swift completer.
///
/// The readline API takes a plain C function pointer with no context argument, so the state
/// has to be global. `nonisolated(unsafe)` is sound here because libedit calls back only from
/// inside `readline()`, on the thread that ``LineEditor`` is used from, which is also the only
/// thread that sets these.
enum LineEditorCompletion {
    nonisolated(unsafe) static var complete: (String) -> [String] = { _ in [] }
    /// The candidates of the completion in progress, handed to libedit one by one.
    nonisolated(unsafe) static var candidates: [String] = []
}

/// `rl_attempted_completion_function`: completes from the whole line up to the cursor rather
/// than libedit's idea of the current word, and never falls back to file names.
private func lineEditorAttemptCompletion(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1
    guard let buffer = rl_line_buffer else { return nil }
    // rl_point is a byte offset into the UTF-8 line buffer.
    let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: Int(rl_point))
    let line = String(decoding: bytes, as: UTF8.self)
    LineEditorCompletion.candidates = LineEditorCompletion.complete(line)
    guard !LineEditorCompletion.candidates.isEmpty else { return nil }
    guard let text else { return nil }
    return rl_completion_matches(text, lineEditorNextCandidate)
}

/// `rl_compentry_func_t`: the `state`-th candidate, malloc'd because libedit frees it.
private func lineEditorNextCandidate(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    let candidates = LineEditorCompletion.candidates
    guard state >= 0, Int(state) < candidates.count else { return nil }
    return strdup(candidates[Int(state)])
}
