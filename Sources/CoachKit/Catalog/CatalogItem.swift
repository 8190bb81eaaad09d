import Foundation
import OKRKit
import Yams

/// One map in a catalog file (an entry or a category), read field by field with errors that name it.
struct Item {
    private let mapping: [String: Node]
    private let file: String
    private let label: String

    /// The map at `node`, the `number`th of its `kind`, which may hold only `fields`.
    init(_ node: Node, kind: String, number: Int, fields: [String], file: String) throws(CatalogError) {
        self.file = file
        guard case .mapping(let pairs) = node else {
            throw CatalogError(file: file, item: "\(kind) \(number)", problem: "must be a map of fields")
        }
        let mapping = Dictionary(pairs.map { ($0.key.string ?? "?", $0.value) }, uniquingKeysWith: { first, _ in first })
        self.mapping = mapping
        let id = mapping["id"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        label = id.map { "\(kind) \(number) (\($0))" } ?? "\(kind) \(number)"
        for name in mapping.keys.sorted() {
            guard fields.contains(name) else {
                let near = fields.filter { $0.lowercased() == name.lowercased().replacingOccurrences(of: "_", with: "") }
                let hint = near.first.map { "; did you mean '\($0)'?" } ?? "; known fields: \(fields.joined(separator: ", "))"
                throw CatalogError(file: file, item: label, field: name, problem: "is not a known field\(hint)")
            }
        }
    }

    /// The kebab-case `id`.
    func id() throws(CatalogError) -> String {
        let id = try text("id")
        let words = id.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        let allowed: ClosedRange<UInt8> = UInt8(ascii: "a")...UInt8(ascii: "z"), digits: ClosedRange<UInt8> = 0x30...0x39
        guard words.allSatisfy({ !$0.isEmpty && $0.allSatisfy { allowed.contains($0) || digits.contains($0) } }) else {
            throw error("id", "must be kebab-case (lowercase letters and digits joined by '-'), found '\(id)'")
        }
        return id
    }

    /// A text field; a missing optional one is empty.
    func text(_ field: String, required: Bool = true) throws(CatalogError) -> String {
        guard let node = mapping[field] else {
            if required { throw error(field, "is missing") }
            return ""
        }
        guard let text = node.string, node.null == nil else { throw error(field, "must be text") }
        if required, text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { throw error(field, "must not be empty") }
        return text
    }

    /// A list-of-texts field; missing is empty.
    func texts(_ field: String) throws(CatalogError) -> [String] {
        guard let node = mapping[field] else { return [] }
        if node.null != nil { return [] }
        let texts = node.sequence?.compactMap(\.string) ?? []
        guard let sequence = node.sequence, texts.count == sequence.count else {
            throw error(field, "must be a list of texts")
        }
        return texts
    }

    /// A yes/no field; missing is false.
    func flag(_ field: String) throws(CatalogError) -> Bool {
        guard let node = mapping[field] else { return false }
        switch node.scalar?.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw error(field, "must be true or false")
        }
    }

    /// A field whose text must be one of an enumeration's raw values.
    func choice<Choice: RawRepresentable & CaseIterable>(_ field: String) throws(CatalogError) -> Choice
    where Choice.RawValue == String {
        let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        guard let raw = mapping[field]?.string else {
            throw error(field, mapping[field] == nil ? "is missing (one of \(allowed))" : "must be one of \(allowed)")
        }
        guard let value = Choice(rawValue: raw) else { throw error(field, "must be one of \(allowed)") }
        return value
    }

    private func error(_ field: String, _ problem: String) -> CatalogError {
        CatalogError(file: file, item: label, field: field, problem: problem)
    }
}
