import Foundation
import OKRKit

/// Loads the KPI catalog: the built-in one, then the company's `kpis.yaml` in the data directory, then each
/// `--catalog` file, each laid over the one before by id.
///
/// A file that cannot be read, parsed or validated is left out and reported in `CatalogLoad.problems`; loading
/// never throws, so the REPL can show the problem and carry on with the rest.
public enum CatalogLoader {
    /// The built-in catalog's file name, in `prompts/` and in `EmbeddedPrompts`.
    public static let builtInFile = "kpis.yaml"

    /// The catalog compiled into the binary.
    public static func builtIn() throws(CatalogError) -> KPICatalog {
        let catalog = try decode(EmbeddedPrompts.files[builtInFile] ?? "", file: builtInFile)
        if let problem = problems(in: catalog, introducedBy: catalog, file: builtInFile).first { throw problem }
        return catalog
    }

    /// The built-in catalog overlaid with `dataDirectory`'s `kpis.yaml` (if it exists) and then `files`, in order.
    public static func load(dataDirectory: DataDirectory?, files: [URL] = []) -> CatalogLoad {
        var result = CatalogLoad(catalog: KPICatalog())
        do {
            result.catalog = try builtIn()
            result.sources.append(builtInFile)
        } catch {
            result.problems.append(error)
        }
        var overlays = files
        if let company = dataDirectory?.companyCatalog, FileManager.default.fileExists(atPath: company.path) {
            overlays.insert(company, at: 0)
        }
        for url in overlays {
            do {
                result.catalog = try overlay(result.catalog, with: url)
                result.sources.append(url.path)
            } catch {
                result.problems.append(error)
            }
        }
        return result
    }

    /// `base` overlaid with the catalog in `url`; fails, leaving nothing changed, when the file is unreadable or
    /// invalid, or refers to counter-metrics or categories that neither holds.
    public static func overlay(_ base: KPICatalog, with url: URL) throws(CatalogError) -> KPICatalog {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw CatalogError(file: url.path, problem: "cannot be read as UTF-8 text (\(Self.reason(error)))")
        }
        let overlay = try decode(text, file: url.path)
        let merged = base.overlaid(with: overlay)
        if let problem = problems(in: merged, introducedBy: overlay, file: url.path).first { throw problem }
        return merged
    }

    /// The catalog one file's YAML text describes, without checking references to other files.
    public static func decode(_ yaml: String, file: String) throws(CatalogError) -> KPICatalog {
        try CatalogDecoder(file: file).decode(yaml)
    }

    /// The problems of `merged` that come from `file`'s entries, as errors naming entry and field.
    private static func problems(in merged: KPICatalog, introducedBy overlay: KPICatalog, file: String) -> [CatalogError] {
        let numbers = Dictionary(overlay.kpis.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        return merged.problems().compactMap { problem in
            guard let number = numbers[problem.kpi] else { return nil }
            let item = "entry \(number) (\(problem.kpi))"
            switch problem {
            case .unknownCounterMetric(let kpi, let counter):
                let issue = counter == kpi ? "names the entry itself" : "names '\(counter)', which is not in the catalog"
                return CatalogError(file: file, item: item, field: "counterMetrics", problem: issue)
            case .unknownCategory(_, let category):
                let known = merged.categories.map(\.id).joined(separator: ", ")
                return CatalogError(
                    file: file, item: item, field: "category", problem: "names '\(category)', which is not a category (\(known))")
            }
        }
    }

    private static func reason(_ error: any Error) -> String {
        let cocoa = error as NSError
        if cocoa.domain == NSCocoaErrorDomain, cocoa.code == NSFileReadNoSuchFileError { return "no such file" }
        return FileErrorReason.of(error)
    }
}

/// The catalog that loaded, what it was built from, and the files that were left out and why.
public struct CatalogLoad: Sendable {
    /// The merged catalog.
    public var catalog: KPICatalog
    /// The files merged, in order ("kpis.yaml" is the built-in one).
    public var sources: [String] = []
    /// Files left out, with the reason.
    public var problems: [CatalogError] = []
}
