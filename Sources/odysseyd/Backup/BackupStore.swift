import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The backup directory: dumps and their sidecars, listing, checking and retention. It knows
/// files only; ``BackupService`` talks to PostgreSQL.
///
/// ```swift
/// let store = BackupStore(directory: "/var/lib/odyssey/backups")
/// for entry in try store.list() { print(entry.name, entry.metadata?.sizeBytes ?? 0) }
/// let deleted = try store.prune(keep: 24)
/// ```
struct BackupStore: Sendable {
    let directory: String

    struct Entry: Sendable, Equatable {
        let name: String
        /// nil when the sidecar is missing or unreadable (an interrupted or foreign file).
        let metadata: BackupMetadata?
    }

    func path(of name: String) -> String { directory + "/" + name }

    /// Owner-only: a dump holds every row, tokens at rest included.
    func prepare() throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw BackupError.storage("cannot create the backup directory \(directory) (ODYSSEY_BACKUP_DIR): \(error.localizedDescription)")
        }
    }

    /// Oldest first.
    func list() throws -> [Entry] {
        guard FileManager.default.fileExists(atPath: directory) else { return [] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw BackupError.storage("cannot read the backup directory \(directory): \(error.localizedDescription)")
        }
        return names.filter { $0.hasPrefix("odyssey-") && $0.hasSuffix(BackupName.suffix) }.sorted().map { name in
            Entry(name: name, metadata: try? readMetadata(of: name))
        }
    }

    func readMetadata(of name: String) throws -> BackupMetadata {
        let data = try Data(contentsOf: URL(fileURLWithPath: path(of: BackupName.sidecar(of: name))))
        return try BackupMetadata.decode(from: data)
    }

    /// The dump's metadata after checking that the file is whole: present, its size and its
    /// SHA-256 as recorded when it was written.
    func verified(_ name: String) async throws -> BackupMetadata {
        guard FileManager.default.fileExists(atPath: path(of: name)) else {
            throw BackupError.notFound(name: name, directory: directory)
        }
        let metadata: BackupMetadata
        do {
            metadata = try readMetadata(of: name)
        } catch {
            throw BackupError.damaged(name: name, reason: "its sidecar \(BackupName.sidecar(of: name)) is missing or unreadable")
        }
        let (size, digest) = try await FileDigest.measure(path(of: name))
        guard size == metadata.sizeBytes, digest == metadata.sha256 else {
            throw BackupError.damaged(name: name, reason: "size or SHA-256 differs from its sidecar")
        }
        return metadata
    }

    /// Writes the sidecar, then renames the finished dump into place: a name in the directory
    /// with a sidecar is always a complete dump.
    func commit(temporary: String, as name: String, metadata: BackupMetadata) throws {
        do {
            let sidecar = URL(fileURLWithPath: path(of: BackupName.sidecar(of: name)))
            try BackupMetadata.encoder.encode(metadata).write(to: sidecar, options: .atomic)
            guard rename(temporary, path(of: name)) == 0 else {
                throw BackupError.storage("cannot rename \(temporary) to \(name): \(String(cString: strerror(errno)))")
            }
        } catch let error as BackupError {
            throw error
        } catch {
            throw BackupError.storage("cannot write the sidecar of \(name): \(error.localizedDescription)")
        }
    }

    /// Deletes the oldest dumps beyond `keep`; returns their names.
    func prune(keep: Int) throws -> [String] {
        let entries = try list()
        guard entries.count > keep else { return [] }
        let doomed = entries.prefix(entries.count - keep).map(\.name)
        for name in doomed {
            try? FileManager.default.removeItem(atPath: path(of: name))
            try? FileManager.default.removeItem(atPath: path(of: BackupName.sidecar(of: name)))
        }
        return doomed
    }
}
