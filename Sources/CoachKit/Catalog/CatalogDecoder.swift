import OKRKit
import Yams

/// Reads one catalog file's YAML into a `KPICatalog`, with errors that name the entry and field.
///
/// The file is a map of `categories` (id, name, description), `kpis` (the `KPI` fields; `aliases`, `keywords`,
/// `counterMetrics` and `formula` may be left out, `bounded` defaults to false) and `synonyms` (lists of words
/// or phrases that mean the same).
struct CatalogDecoder {
    let file: String

    private static let sections: Set<String> = ["categories", "kpis", "synonyms"]
    private static let kpiFields = [
        "id", "name", "aliases", "category", "definition", "formula", "unit", "direction", "cadence", "bounded",
        "keywords", "counterMetrics",
    ]
    private static let categoryFields = ["id", "name", "description"]

    /// The catalog the YAML text describes; a repeated id within the file is an error.
    func decode(_ yaml: String) throws(CatalogError) -> KPICatalog {
        let root: Node?
        do {
            // The basic resolver leaves every scalar text (no regular expressions run), which halves the time;
            // fields read their own types.
            root = try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            throw CatalogError(file: file, line: Self.line(of: error), problem: "is not valid YAML: \(Self.summary(of: error))")
        } catch {
            throw CatalogError(file: file, problem: "is not valid YAML: \(error)")
        }
        guard let root else { return KPICatalog() }
        guard case .mapping(let mapping) = root else {
            throw CatalogError(file: file, problem: "must be a map with 'kpis' (and optionally 'categories', 'synonyms')")
        }
        for key in mapping.keys where !Self.sections.contains(key.string ?? "") {
            throw CatalogError(
                file: file, line: key.mark?.line,
                problem: "unknown section '\(key.string ?? "?")'; expected categories, kpis, synonyms")
        }
        let categories = try list(mapping["categories"], section: "categories").enumerated().map { offset, node throws(CatalogError) in
            try category(node, number: offset + 1)
        }
        let kpis = try list(mapping["kpis"], section: "kpis").enumerated().map { offset, node throws(CatalogError) in
            try kpi(node, number: offset + 1)
        }
        try rejectRepeats(categories.map(\.id), kind: "category")
        try rejectRepeats(kpis.map(\.id), kind: "entry")
        let synonyms = try list(mapping["synonyms"], section: "synonyms").enumerated().map { offset, node throws(CatalogError) in
            try synonymGroup(node, number: offset + 1)
        }
        return KPICatalog(categories: categories, kpis: kpis, synonyms: synonyms)
    }

    // MARK: Items

    private func kpi(_ node: Node, number: Int) throws(CatalogError) -> KPI {
        let item = try Item(node, kind: "entry", number: number, fields: Self.kpiFields, file: file)
        return KPI(
            id: try item.id(), name: try item.text("name"), aliases: try item.texts("aliases"),
            category: try item.text("category"), definition: try item.text("definition"),
            formula: try item.text("formula", required: false), unit: try item.text("unit"),
            direction: try item.choice("direction"), cadence: try item.choice("cadence"),
            bounded: try item.flag("bounded"), keywords: try item.texts("keywords"),
            counterMetrics: try item.texts("counterMetrics"))
    }

    private func category(_ node: Node, number: Int) throws(CatalogError) -> KPICategory {
        let item = try Item(node, kind: "category", number: number, fields: Self.categoryFields, file: file)
        return KPICategory(
            id: try item.id(), name: try item.text("name"), description: try item.text("description", required: false))
    }

    private func synonymGroup(_ node: Node, number: Int) throws(CatalogError) -> [String] {
        let words = node.sequence?.compactMap(\.string) ?? []
        guard let sequence = node.sequence, words.count == sequence.count, words.count >= 2 else {
            throw CatalogError(file: file, item: "synonym group \(number)", problem: "must be a list of two or more texts")
        }
        return words
    }

    private func list(_ node: Node?, section: String) throws(CatalogError) -> [Node] {
        guard let node else { return [] }
        if node.null != nil { return [] }
        guard let sequence = node.sequence else {
            throw CatalogError(file: file, line: node.mark?.line, problem: "section '\(section)' must be a list")
        }
        return Array(sequence)
    }

    private func rejectRepeats(_ ids: [String], kind: String) throws(CatalogError) {
        var first: [String: Int] = [:]
        for (offset, id) in ids.enumerated() {
            if let earlier = first[id] {
                throw CatalogError(
                    file: file, item: "\(kind) \(offset + 1) (\(id))", field: "id", problem: "repeats \(kind) \(earlier)")
            }
            first[id] = offset + 1
        }
    }

    /// The problem in one line: "did not find expected ',' or ']' (while parsing a flow sequence, line 1)".
    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            context.map { "\(problem) (\($0.text), line \($0.mark.line))" } ?? problem
        default: "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }
}
