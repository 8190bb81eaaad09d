import Foundation

/// Finds what an HTML page would load or run: scripts and elements that fetch, attributes that hold an address,
/// `url(...)` in a style, and style sheet imports. Words between tags, and in attributes such as `title`, load
/// nothing.
enum HandoutScan {
    static let fetchingElements: Set<String> = [
        "script", "link", "img", "iframe", "frame", "object", "embed", "base", "audio", "video", "source", "track",
        "image", "use", "feimage", "input", "form", "portal",
    ]
    static let addressAttributes: Set<String> = [
        "src", "href", "xlink:href", "srcset", "data", "poster", "action", "formaction", "background", "ping",
    ]

    static func loads(in html: String) -> [String] {
        var problems: [String] = []
        let lowered = html.lowercased()
        for tag in lowered.components(separatedBy: "<").dropFirst().map({ String($0.prefix { $0 != ">" }) }) {
            let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" })
            if fetchingElements.contains(name) { problems.append("<\(tag)>") }
            for (attribute, value) in attributes(of: tag.dropFirst(name.count)) {
                if addressAttributes.contains(attribute) || (attribute == "style" && value.contains("url("))
                    || (attribute == "http-equiv" && value == "refresh")
                {
                    problems.append("<\(tag)>")
                }
            }
        }
        for sheet in lowered.components(separatedBy: "<style").dropFirst() {
            let css = sheet.components(separatedBy: "</style>").first ?? ""
            for pattern in ["url(", "@import", "http:", "https:", "@font-face"] where css.contains(pattern) {
                problems.append("style sheet: \(pattern)")
            }
        }
        return problems
    }

    /// A tag's attributes after its name: `name="value"`, `name='value'`, `name=value` or a bare `name`.
    private static func attributes(of text: Substring) -> [(String, String)] {
        var found: [(String, String)] = []
        var rest = text
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "/" }
            guard !rest.isEmpty else { return found }
            let name = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != "/" }
            rest = rest.dropFirst(max(name.count, 1)).drop { $0.isWhitespace }
            var value = Substring("")
            if rest.first == "=" {
                rest = rest.dropFirst().drop { $0.isWhitespace }
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    value = rest.dropFirst().prefix { $0 != quote }
                    rest = rest.dropFirst(value.count + 2)
                } else {
                    value = rest.prefix { !$0.isWhitespace }
                    rest = rest.dropFirst(value.count)
                }
            }
            found.append((String(name), String(value)))
        }
    }
}
