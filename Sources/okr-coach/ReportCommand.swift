import ArgumentParser
import CoachKit
import Foundation
import LineEditing
import OKRKit

/// `okr-coach report [SESSION...]`: the combined report of a workshop's sessions, for the facilitator.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report on many sessions at once: alignment, a summary per team, the weakest key results, risks.",
        discussion: """
            Reports on the sessions named (names or session files), the files of --dir, and with --all or when \
            nothing is named every session in the data directory. A file that cannot be read is listed with the \
            reason and the report goes on. Reads only. Exits 0, or 2 when no session could be read.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, html, csv, json
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Saved sessions' names or session files.", valueName: "session"),
        completion: .sessionNames)
    var sessions: [String] = []

    @Flag(help: "Every session in the data directory (the default when no session or --dir is given).")
    var all = false

    @Option(help: ArgumentHelp("Every *.json file in a folder, such as a shared git checkout.", valueName: "dir"),
        completion: .directory)
    var dir: String?

    @Option(help: ArgumentHelp("Only the sessions of this cycle.", valueName: "cycle"))
    var cycle: String?

    @Option(help: ArgumentHelp("The day to compute for (default: today, local time).", valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(help: "text, markdown, html (the printable handout), csv or json.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to a file (atomically) instead of the screen.",
        valueName: "file"), completion: .file())
    var output: String?

    func run() throws {
        let book = try global.promptBook()
        let day = try SessionArgument.day(today, option: "--today", book: book)
        let directory = SessionArgument.dataDirectory()
        let inputs = try self.inputs(in: directory, book: book)
        let read = ChunkedMap.map(inputs.count) { range in
            range.map { (inputs[$0].shown, SessionArgument.read(inputs[$0].argument, in: directory, book: book)) }
        }.flatMap { $0 }
        var found: [Session] = [], unreadable: [WorkshopReport.Unreadable] = []
        for (shown, result) in read {
            switch result {
            case .success(let session): found.append(session)
            case .failure(let failure): unreadable.append(WorkshopReport.Unreadable(file: shown, reason: failure.message))
            }
        }
        guard !found.isEmpty else {
            for file in unreadable { Terminal.printError("okr-coach: " + file.reason) }
            throw SessionArgument.fail(book.text(ReportPrompt.noSessions, ["place": place]))
        }
        let target = try output.map { try Self.target($0, inputs: inputs, directory: directory, book: book) }
        let report = WorkshopReport(sessions: found, unreadable: unreadable, today: day, cycle: cycle, book: book)
        if format == .csv {
            // A spreadsheet has no room for the files that could not be read: they are said on standard error.
            for file in unreadable { Terminal.printError("okr-coach: " + file.reason) }
        }
        let bytes = try render(report, book: book, toFile: target != nil)
        guard let target else {
            for piece in bytes { StandardOutput.write(piece) }
            return
        }
        do {
            try AtomicFile().write(Data(bytes.joined()), to: target, permissions: 0o644)
        } catch let error as AtomicFile.WriteError {
            throw SessionArgument.fail(book.describe(.io(path: error.path, reason: error.reason)))
        }
        Terminal.printError(book.text(ReportPrompt.written, ["path": target.path]))
    }

    /// The report in the format asked for, as UTF-8 pieces; text is coloured and wrapped only for a terminal.
    private func render(_ report: WorkshopReport, book: PromptBook, toFile: Bool) throws -> [[UInt8]] {
        switch format {
        case .html:
            do { return [Array(try WorkshopReportHTML.document(report, book: book).utf8)] } catch {
                throw SessionArgument.fail(String(describing: error))
            }
        case .json:
            return WorkshopReportJSON.document(report) + [Array("\n".utf8)]
        case .markdown:
            return [Array(WorkshopReportMarkdown.document(report, book: book).utf8)]
        case .csv:
            return [Array(WorkshopReportCSV.document(report).utf8)]
        case .text:
            let colored = !toFile && global.colorEnabled
            Terminal.applyColor(colored)
            let printer = StatusPrinter(colored: colored, width: toFile ? nil : Terminal.wrapWidth)
            let lines = WorkshopReportText.lines(for: report, book: book)
            // A big workshop's thousands of lines are laid out on all cores, in order.
            return ChunkedMap.map(lines.count) { range in printer.bytes(Array(lines[range])) }
        }
    }

    /// Where the report's sessions come from: the arguments, then the files of `--dir`, then with `--all` (or
    /// when neither was given) the data directory's; each with how the report names it.
    private func inputs(in directory: DataDirectory, book: PromptBook) throws -> [(argument: String, shown: String)] {
        var inputs = sessions.map { (argument: $0, shown: $0) }
        if let dir { inputs += try Self.files(in: URL(fileURLWithPath: dir), book: book) }
        if all || (sessions.isEmpty && dir == nil) {
            inputs += try Self.files(in: directory.sessions, book: book)
        }
        // A session named twice (by name and in --all, say) is reported once. Resolving 500 paths takes a while:
        // they are resolved on all cores.
        let found = inputs
        let files = ChunkedMap.map(found.count) { range in range.map { Self.file(of: found[$0].argument, in: directory, book: book) } }
            .flatMap { $0 }
        var seen: Set<String> = []
        return inputs.indices.filter { seen.insert(files[$0] ?? inputs[$0].argument).inserted }.map { inputs[$0] }
    }

    /// The file a session argument names, links resolved; `nil` when it names none.
    private static func file(of argument: String, in directory: DataDirectory, book: PromptBook) -> String? {
        (try? SessionArgument.location(of: argument, in: directory, book: book).get())
            .map { $0.store.url(for: $0.name).resolvingSymlinksInPath().path }
    }

    /// What the report was asked to read, for the message when nothing could be.
    private var place: String {
        let named = sessions + (dir.map { [$0] } ?? [])
        guard named.isEmpty || all else { return named.joined(separator: ", ") }
        return named.joined(separator: ", ") + (named.isEmpty ? "" : ", ")
            + SessionArgument.dataDirectory().sessions.path
    }

    /// The `.json` files of a folder (hidden ones aside), sorted as a person sorts names; a folder that does not
    /// exist has none, one that cannot be listed exits 2.
    private static func files(in folder: URL, book: PromptBook) throws -> [(argument: String, shown: String)] {
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path) } catch {
            throw SessionArgument.fail(book.describe(.readFailed(path: folder.path, reason: FileErrorReason.of(error))))
        }
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted { $0.localizedStandardCompare($1) == .orderedAscending }
            .map { (argument: folder.appendingPathComponent($0).path, shown: $0) }
    }

    /// The file to write the report to, or exit 2 when it is a directory or a session file (one of those read, or
    /// any file holding a session).
    private static func target(
        _ path: String, inputs: [(argument: String, shown: String)], directory: DataDirectory, book: PromptBook
    ) throws -> URL {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard !isDirectory.boolValue else {
                throw SessionArgument.fail(book.text(ReportPrompt.overwriteDirectory, ["path": path]))
            }
            if holdsSession(url) {
                throw SessionArgument.fail(book.text(ReportPrompt.overwriteSession, ["path": path]))
            }
        }
        let read = Set(inputs.compactMap { file(of: $0.argument, in: directory, book: book) })
        if read.contains(url.resolvingSymlinksInPath().path) {
            throw SessionArgument.fail(book.text(ReportPrompt.overwriteSession, ["path": path]))
        }
        return url
    }

    /// Whether a file holds a session: a JSON object with a `schemaVersion`, readable by this version or not.
    private static func holdsSession(_ url: URL) -> Bool {
        guard let data = try? Data(contentsOf: url), let object = try? JSONSerialization.jsonObject(with: data) else {
            return false
        }
        return (object as? [String: Any])?["schemaVersion"] != nil
    }
}
