import Foundation
import Testing
@testable import odysseyd

/// The hand-written pages must keep up with the code: every setting and every option is named.
@Suite("odysseyd documentation covers the code")
struct DocumentationTests {
    func read(_ relativePath: String) throws -> String {
        try String(contentsOfFile: TestPaths.packageRoot + "/" + relativePath, encoding: .utf8)
    }

    @Test(arguments: ["man/odysseyd.conf.5", "dist/odysseyd.env.example", "README.md"])
    func everySettingIsDocumented(file: String) throws {
        let text = try read(file)
        for name in DaemonConfiguration.defaults.keys.sorted() {
            #expect(text.contains(name), "\(file) does not mention \(name)")
        }
    }

    @Test func everyCommandLineOptionIsInTheManualPage() async throws {
        let page = try read("man/odysseyd.8")
        var help = ""
        for arguments in [["--help"], ["migrate", "--help"], ["sandbox", "--help"]] {
            help += try await Shell.run(TestPaths.executable("odysseyd"), arguments)
        }
        let options = Set(help.split(whereSeparator: { !($0.isLetter || $0 == "-") }).filter { $0.hasPrefix("--") && $0.count > 2 })
        #expect(!options.isEmpty)
        for option in options.sorted() {
            let name = option.dropFirst(2)
            #expect(page.contains("Fl -\(name)") || page.contains("Fl \\-\(name)") || page.contains("--\(name)"), "man/odysseyd.8 does not document \(option)")
        }
    }
}
