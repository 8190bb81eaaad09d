import Foundation
import OKRKit

/// `/export FORMAT [FILE]` and `/import FILE`: the open session written out, or another file's objectives added to it
/// once the person says yes.
extension Coach {
    /// `/export FORMAT [FILE]`: writes the open session to FILE, or to `NAME.EXT` in the current folder.
    func export(_ argument: String) -> Outcome {
        guard let open = current else { return noSessionOpen }
        let word = String(argument.prefix { !$0.isWhitespace })
        let file = argument.dropFirst(word.count).trimmingSpaces()
        guard let format = ExportFormat(rawValue: word.lowercased()) else {
            return Outcome([.error(book.text(ExchangePrompt.unknownFormat, [
                "format": String(word.prefix(40)), "formats": ExportFormat.listed,
            ]))])
        }
        let session = open.session
        let path = file.isEmpty ? "\(session.name).\(format.fileExtension)" : file
        do {
            let data = try format.render(
                session, today: today, index: store.alignmentIndex(for: session), book: book)
            let written = try ExportFile.write(data, to: path, sessions: [store.directory.sessions], book: book)
            return Outcome([.success(book.text(ExchangePrompt.exported, [
                "session": session.name, "format": format.rawValue, "path": written,
            ]))])
        } catch let failure as ExportFile.Failure {
            return Outcome([.error(failure.message)])
        } catch {
            return Outcome([.error(book.text(ExchangePrompt.writeFailed, ["path": path, "reason": "\(error)"]))])
        }
    }

    /// `/import FILE`: reads an outline or a CSV export, shows what it read with the check's findings, and asks
    /// before adding its objectives to the open session.
    func importFile(_ argument: String) -> Outcome {
        guard let open = current else { return noSessionOpen }
        guard !open.isReadOnly else { return Outcome([.error(describe(.readOnly(name: open.session.name)))]) }
        let set: ImportedSet
        switch TextInput.read(path: argument, book: book).mapError({ ImportedSet.Failure(messages: [$0.message]) })
            .flatMap({ ImportedSet.read($0, file: argument, book: book) })
        {
        case .success(let read): set = read
        case .failure(let failure): return Outcome(failure.messages.map(Reply.error))
        }
        pending = .importConfirmation(set, file: argument)
        let run = CheckRun(set.objectives, cycle: open.session.cycle, book: book, source: set.source)
        return Outcome(set.warnings.map(Reply.warning) + [
            .report(run.text(book: book)), .warning(book.text(ExchangePrompt.confirm, counts(of: set, file: argument))),
        ])
    }

    /// The answer to `/import`'s question: "yes" adds the objectives (one change, which `/undo` takes back).
    func confirmImport(_ set: ImportedSet, file: String, answer: String) -> Outcome {
        guard ["yes", "y"].contains(answer.lowercased()) else {
            return Outcome([.say(book.text(ExchangePrompt.cancelled, ["file": file]))])
        }
        return change { turn in
            turn.session.objectives += set.objectives
            turn.say(.success(book.text(ExchangePrompt.added, counts(of: set, file: file))))
        }
    }

    private func counts(of set: ImportedSet, file: String) -> [String: String] {
        [
            "session": current?.session.name ?? "", "file": file,
            "objectives": book.count(set.objectives.count, .objective), "keyResults": book.count(set.keyResultCount, .keyResult),
        ]
    }
}
