import AttacheCore
import AttacheText
import Foundation
import Testing

@Suite struct HTMLReaderTests {
    func page(_ fixture: String) throws -> String {
        try String(contentsOfFile: Fixtures.path(fixture), encoding: .utf8)
    }

    @Test func keepsOnlyTheArticleBody() throws {
        let page = HTMLReader.extract(try page("article.html"))
        #expect(page.text.contains("Lithuania and Poland signed an agreement on Tuesday"))
        #expect(page.text.contains("ahead of the NATO summit & discussed the deployment of 1,000 additional troops."))
        #expect(page.text.contains("“We stand together,” the Polish minister told reporters."))
        for furniture in [
            "Skip to content", "Politics", "cookies", "Facebook", "Related stories", "newsletter",
            "All rights reserved", "Privacy Policy", "dataLayer", "font-family", "not text",
        ] {
            #expect(!page.text.contains(furniture), "\(furniture) survived")
        }
    }

    @Test func readsMetadataFromMetaTags() throws {
        let page = HTMLReader.extract(try page("article.html"))
        #expect(page.title == "Lithuania and Poland agree on joint air patrols")
        #expect(page.published == "2023-07-11T09:30:00Z")
        #expect(page.publishedOrigin == "meta article:published_time")
        #expect(page.source == "Example Wire")
        #expect(page.url == "https://example.org/news/air-patrols")
    }

    @Test func readsJSONLDWhenMetaTagsAreMissing() throws {
        let (documents, failures) = Fixtures.read([Fixtures.path("jsonld.html")])
        #expect(failures.isEmpty)
        let document = try #require(documents.first)
        #expect(document.title == "Rome hosts Balkan summit")
        #expect(document.published == PartialDate(year: 2022, month: 11, day: 3))
        #expect(document.text == "Italy hosted leaders of the Western Balkans in Rome on Thursday.")
    }

    @Test func timeElementGivesTheDateWhenNothingElseDoes() {
        let page = HTMLReader.extract(
            "<html><body><p>Posted <time datetime=\"2021-06-01\">1 June</time></p><p>Text.</p></body></html>")
        #expect(page.published == "2021-06-01")
    }

    @Test func toleratesMalformedMarkup() throws {
        let page = HTMLReader.extract(try page("malformed.html"))
        #expect(page.text.contains("Croatia joined the euro area on January 1, 2023."))
        #expect(page.text.contains("unclosed bold and italic"))
        #expect(page.text.contains("Text after a stray < sign and a broken &amp entity."))
        #expect(page.problems.contains { $0.contains("unclosed comment") })
    }

    @Test func decodesEntities() {
        let page = HTMLReader.extract(
            "<html><body><p>Caf&eacute; &#8220;talks&#x201D; &lt;b&gt; &unknown; &amp;</p></body></html>")
        #expect(page.text == "Café “talks” <b> &unknown; &")
    }
}
