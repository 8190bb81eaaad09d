@testable import CoachKit
import Foundation
import Mustache
import OKRKit
import Testing

/// The handout's compiled templates against swift-mustache: the same template and values must give the same bytes.
@Suite struct PageTemplateTests {
    /// Values for the hand-written templates: every kind, escaping, non-ASCII, nesting and names missing in a scope.
    static let scope: PageScope = [
        "name": .text("R&D <core> \"x\" 'y' — café ü"),
        "empty": .text(""),
        "yes": .flag(true),
        "no": .flag(false),
        "items": .list([
            ["name": .text("first & <1>")],
            ["other": .text("o")],
            ["name": .text("third"), "inner": .scope(["deep": .text("d'")])],
        ]),
        "none": .list([]),
        "box": .scope(["label": .text("L"), "name": .text("boxed")]),
        "one": .scope(["key": .text("v")]),
        "joined": .text("<\u{338} &\u{301} e\u{301} > 🇫🇷&"),
        "lines": .text("a\r\nb\nc"),
    ]

    /// Templates the compiled renderer reads itself.
    static let compiled = [
        "",
        "plain text, café · ü\n",
        "{{name}}|{{{name}}}|{{missing}}|{{{missing}}}|{{ name }}|{{{ name }}}",
        "{{joined}}|{{{joined}}}|{{lines}}",
        "{{yes}} {{no}} {{{yes}}} {{one}} {{none}} {{empty}}",
        "{{#yes}}Y{{/yes}}{{^yes}}N{{/yes}}{{#no}}Y{{/no}}{{^no}}N{{/no}}{{# yes }}s{{/ yes }}",
        "{{#name}}[{{name}}]{{/name}}{{^name}}none{{/name}}{{#empty}}E{{/empty}}{{^empty}}not E{{/empty}}",
        "{{#missing}}M{{/missing}}{{^missing}}no M{{/missing}}",
        "{{#items}}<{{name}}|{{other}}>{{#inner}}{{deep}} {{name}} {{label}}{{/inner}}{{/items}}",
        "{{#items}}{{#items}}.{{/items}};{{/items}}",
        "{{#none}}x{{/none}}{{^none}}empty list{{/none}}{{^items}}no{{/items}}{{^box}}no box{{/box}}",
        "{{#box}}{{label}} {{name}} {{yes}}{{#items}}{{label}}{{/items}}{{/box}}",
        "a\n{{#yes}}\nin\n{{/yes}}\nb\n  {{! comment }}  \nc\n\t{{^no}}\t\nd\n {{/no}}\ne",
        "a {{#yes}}\nin{{/yes}} b\n  {{#yes}}x{{/yes}}  \n  {{name}}\n",
        "{{! a comment\n    over lines, with {{ and } }}\nafter\n  {{! again }} kept\n",
        "a\r\n{{#yes}}\r\n  in\r\n{{/yes}}\r\nb\r\n",
        "{{#yes}}\nX\n{{/yes}}{{! c }}\nZ\n",
        "{{#yes}}X\n{{/yes}}\n  {{#yes}}\ny\n{{/yes}}\n",
        "{{#items}}\n  {{#name}}\n  - {{name}}\n  {{/name}}\n{{/items}}\n",
        "a\n   ",
        "{{#yes}}a{{/yes}}   ",
        "{{#yes}}a\n{{/yes}}",
        "a { b {c} } }} { x",
        "ends with a tag {{",
        "x\u{301}{{name}}e\u{301}\n",
    ]

    /// Templates outside the subset, which swift-mustache renders.
    static let outside = [
        "{{> partial}}",
        "{{=<% %>=}}<% name %>",
        "{{box.label}}",
        "{{&name}}",
        "{{ name\n}}",
        "{\u{301}{name}}",
        "a\r{{#yes}}\rb{{/yes}}",
        "a\u{2028}{{#yes}}\u{2028}b{{/yes}}",
    ]

    @Test func handWrittenTemplatesRenderAsMustacheDoes() throws {
        for source in Self.compiled {
            let template = try PageTemplate(source: source)
            #expect(template.isCompiled, "\(source.debugDescription)")
            #expect(Array(template.render(Self.scope).utf8) == (try mustache(source, Self.scope)), "\(source.debugDescription)")
        }
    }

    @Test func templatesOutsideTheSubsetRenderThroughMustache() throws {
        for source in Self.outside {
            let template = try PageTemplate(source: source)
            #expect(!template.isCompiled, "\(source.debugDescription)")
            #expect(Array(template.render(Self.scope).utf8) == (try mustache(source, Self.scope)), "\(source.debugDescription)")
        }
    }

    @Test func aTemplateMustacheRejectsIsAnError() {
        for source in ["{{#a}}never closed", "{{/a}}", "{{#a}}{{/b}}", "abc{", "{{! unfinished", "{{name"] {
            #expect(throws: (any Error).self, "\(source.debugDescription)") { try PageTemplate(source: source) }
            #expect(throws: (any Error).self, "\(source.debugDescription)") { try MustacheTemplate(string: source) }
        }
    }

    @Test func theShippedTeamPageRendersAsMustacheDoes() throws {
        let book = try #require(HandoutFixtures.book)
        let source = try #require(book.page("handout-team.html")).source
        let template = try PageTemplate(source: source)
        #expect(template.isCompiled)
        var empty = HandoutFixtures.company
        empty.objectives = []
        var bare = HandoutFixtures.company
        bare.team = nil
        bare.cycle = nil
        bare.objectives[0].keyResults = []
        let sessions = [HandoutFixtures.team, HandoutFixtures.hostileTeam, HandoutFixtures.company, empty, bare]
        let index = AlignmentIndex(sessions)
        var renderer = PromptRenderer(book: book)
        for session in sessions {
            let values = HandoutTeamPage(session, index: index, today: HandoutFixtures.today, renderer: &renderer).values
            #expect(Array(template.render(values).utf8) == (try mustache(source, values)), "\(session.name)")
        }
    }

    @Test func theShippedOverviewAndDocumentRenderAsMustacheDoes() throws {
        let book = try #require(HandoutFixtures.book)
        let hostile = HandoutFixtures.hostile
        let overview: PageScope = [
            "lines": .list([
                ["title": .text("Workshop " + hostile)],
                ["section": .text("Weakest")],
                ["group": .text("Team <a>")],
                ["line": .scope(["text": .text(hostile), "depth": .text("2"), "tone": .text("bad")])],
            ]),
        ]
        let document: PageScope = [
            "title": .text("Handout " + hostile),
            "footer": .text("Printed 2027-03-01 & ü"),
            "style": .text(try #require(book.page("handout.css")).source),
            "teams": .list([["html": .text("<section>one</section>")], ["html": .text("<section>two & 'x'</section>")]]),
        ]
        for (file, values) in [("handout-overview.html", overview), ("handout.html", document)] {
            let source = try #require(book.page(file)).source
            let template = try PageTemplate(source: source)
            #expect(template.isCompiled, "\(file)")
            #expect(Array(template.render(values).utf8) == (try mustache(source, values)), "\(file)")
        }
    }

    /// swift-mustache's rendering, as bytes (strings compare equal when only their normalization differs).
    private func mustache(_ source: String, _ scope: PageScope) throws -> [UInt8] {
        Array(try MustacheTemplate(string: source).render(scope.mustacheValue).utf8)
    }
}
